-- The classification schemes catalog-service keeps, and the fiscal years loaded for each.
create table scheme (
    id          text primary key,
    name_zh     text not null,
    name_en     text not null,
    -- level names from the top, e.g. 类,款,项
    level_names text not null,
    -- code length at each level, e.g. 3,5,7
    code_lengths text not null,
    sort_order  int  not null unique
);

create table scheme_year (
    scheme_id   text not null references scheme (id),
    fiscal_year int  not null check (fiscal_year between 2000 and 2100),
    -- the official edition the list was checked against, or 'provisional'
    provenance  text not null,
    loaded_at   timestamptz not null default now(),
    primary key (scheme_id, fiscal_year)
);

insert into scheme (id, name_zh, name_en, level_names, code_lengths, sort_order) values
    ('functional', '支出功能分类科目', 'Expenditure functional classification', '类,款,项', '3,5,7', 1),
    ('economic-department', '部门预算支出经济分类科目', 'Department budget expenditure economic classification', '类,款', '3,5', 2),
    ('economic-government', '政府预算支出经济分类科目', 'Government budget expenditure economic classification', '类,款', '3,5', 3),
    ('revenue', '收入分类科目', 'Revenue classification', '类,款,项', '3,5,7', 4);
