-- 21305 was renamed 巩固脱贫衔接乡村振兴 → 巩固脱贫攻坚成果衔接乡村振兴 by the 2024 edition (财预〔2023〕83号).
-- A new database has the new name from catalog/2026/functional.csv already (V3); this brings a database
-- loaded before that file changed up to date. A 2026 list an administrator loaded since (another name,
-- or a checked provenance) is theirs and stays as it is.
with renamed as (
    update classification_code
       set name = '巩固脱贫攻坚成果衔接乡村振兴',
           name_en = 'Consolidating the gains of poverty eradication and rural revitalisation'
     where scheme_id = 'functional' and fiscal_year = 2026 and code = '21305'
       and name = '巩固脱贫衔接乡村振兴' and provenance = 'provisional'
    returning scheme_id, fiscal_year
), year_bumped as (
    update scheme_year y
       set version = y.version + 1
      from renamed r
     where y.scheme_id = r.scheme_id and y.fiscal_year = r.fiscal_year
    returning 1
)
update catalog_state set version = version + 1 where exists (select 1 from year_bumped);
