-- Region roll-ups (GET /api/v1/regions/{region}/budgets/{year}/tables/{number} and .../departments): what every
-- department budget of a region counts for, kept up to date in the transaction that publishes a version, so that a
-- roll-up over thousands of departments reads a few summary rows per region instead of every line of every version.
-- Each budget counts with the version its latest publication event names: publishing a version adds its lines and
-- subtracts those of the version it replaces (预算调整), so nothing is counted twice. Publications already hold an
-- exclusive lock on publication_event until commit, so they update these tables one after the other.
-- The sums are kept per scope: a region's own departments (subtree false), and each region with every region under it
-- (subtree true, for includeSubregions), so that a roll-up reads the rows of one scope instead of summing every
-- region under it. A budget counts in its region's own scope and in the subtree scope of every region of its chain
-- (region.path_codes, 41/4103/410304: 410000, 410300 and 410304). Each family of sections has its own, narrower sums.

-- Each published budget with its latest published version and the figures the department ranking sorts by, in yuan.
create table region_budget (
    budget_id                         bigint         primary key references budget (id) on delete cascade,
    fiscal_year                       int            not null,
    region_code                       char(6)        not null,
    department_code                   text           not null,
    department_name                   text           not null,
    -- the region's chain when the budget was summed (null if the region was unknown): the scopes its sums are in,
    -- and so the scopes they are taken away from when a later version replaces it
    region_path                       text,
    version_id                        bigint         not null references budget_version (id) on delete cascade,
    version                           int            not null,
    -- the publication event that named the version: the highest of a year is the roll-ups' publication stamp
    sequence                          bigint         not null,
    published_at                      timestamptz    not null,
    approval_date                     date,
    total_revenue                     numeric(18, 2) not null,
    total_expenditure                 numeric(18, 2) not null,
    basic_expenditure                 numeric(18, 2) not null,
    project_expenditure               numeric(18, 2) not null,
    general_public_budget_expenditure numeric(18, 2) not null,
    government_fund_expenditure       numeric(18, 2) not null,
    three_public                      numeric(18, 2) not null,
    -- the package's own prior-year 三公 total (priorYear.threePublicCosts.total), null where it gives none
    three_public_prior_year           numeric(18, 2)
);

create index region_budget_region on region_budget (fiscal_year, region_code);
create index region_budget_stamp on region_budget (fiscal_year, sequence);
create unique index region_budget_version on region_budget (version_id);

-- The scopes a budget of region p_region counts in: its region's own, and the subtree of every region of its chain
-- (its 6-digit code, a chain code padded with 0s). parent is the region whose printed tables (03, 05) show the scope
-- as a block: the region itself for its own departments, the region above it in the chain for a subtree. A region the
-- chain leaves out still has its own subtree.
create function region_rollup_scopes(p_region char(6), p_path text)
returns table (subtree boolean, region_code char(6), parent char(6)) language sql immutable as $$
    select false, p_region, p_region
    union all
    select true, rpad(c, 6, '0')::char(6), rpad(lag(c) over (order by i), 6, '0')::char(6)
    from unnest(string_to_array(p_path, '/')) with ordinality as chain (c, i)
    union all
    select true, p_region, null::char(6)
    where p_region not in (select rpad(c, 6, '0') from unnest(string_to_array(p_path, '/')) c where c is not null)
$$;

-- The expenditure lines of the counted versions summed by function code and what the columns of 01 and 03-05 tell
-- apart, per scope; lines counts the lines summed, so that a group no counted version has any more is removed, and a
-- group of lines of 0.00 stays, as it shows in a department's table. economic_code holds the 类 (3 digits) of a basic
-- line's economic code only: the columns split basic expenditure by 类 (303, 309/310), and project expenditure by
-- project category, never by economic code.
create table region_function (
    fiscal_year      int            not null,
    subtree          boolean        not null,
    region_code      char(6)        not null,
    parent           char(6),
    function_code    char(7)        not null,
    kind             text           not null,
    category         text,
    project_category text,
    economic_code    text,
    fund             text           not null,
    amount           numeric(20, 2) not null,
    lines            int            not null,
    unique nulls not distinct (fiscal_year, subtree, region_code, function_code, kind, category, project_category,
        economic_code, fund)
);

-- The printed tables' blocks of a region with subregions (its own departments, and the subtree of each region right
-- under it), read in the order they are grouped in.
create index region_function_block on region_function (fiscal_year, parent, region_code, function_code);

-- The same lines by economic code pair, for 06-08.
create table region_economic (
    fiscal_year              int            not null,
    subtree                  boolean        not null,
    region_code              char(6)        not null,
    economic_code            char(5),
    government_economic_code char(5),
    kind                     text           not null,
    category                 text,
    fund                     text           not null,
    amount                   numeric(20, 2) not null,
    lines                    int            not null,
    unique nulls not distinct (fiscal_year, subtree, region_code, economic_code, government_economic_code, kind,
        category, fund)
);

create table region_revenue (
    fiscal_year int            not null,
    subtree     boolean        not null,
    region_code char(6)        not null,
    source      text           not null,
    fund        text,
    amount      numeric(20, 2) not null,
    lines       int            not null,
    unique nulls not distinct (fiscal_year, subtree, region_code, source, fund)
);

-- Adds the lines of counted versions (each in region_budget) to the sums of every scope of its budget's region
-- (sign 1), or takes them away (sign -1). The lines are summed per version first, then per scope.
create function region_rollup_add(p_versions bigint[], p_sign int) returns void language sql as $$
    insert into region_function as s (fiscal_year, subtree, region_code, parent, function_code, kind, category,
        project_category, economic_code, fund, amount, lines)
    select r.fiscal_year, scope.subtree, scope.region_code, scope.parent, g.function_code, g.kind, g.category,
        g.project_category, g.economic_code, g.fund, p_sign * sum(g.amount), p_sign * sum(g.lines)
    from (select l.version_id, l.function_code, l.kind, l.category, p.category as project_category,
            case when l.kind = 'BASIC' then substr(l.economic_code, 1, 3) end as economic_code, l.fund,
            sum(l.amount) as amount, count(*) as lines
        from expenditure_line l
        left join project p on p.version_id = l.version_id and p.code = l.project_code
        where l.version_id = any (p_versions)
        group by 1, 2, 3, 4, 5, 6, 7) g
    join region_budget r on r.version_id = g.version_id
    cross join region_rollup_scopes(r.region_code, r.region_path) scope
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    on conflict (fiscal_year, subtree, region_code, function_code, kind, category, project_category, economic_code, fund)
    do update set amount = s.amount + excluded.amount, lines = s.lines + excluded.lines, parent = excluded.parent;

    insert into region_economic as s (fiscal_year, subtree, region_code, economic_code, government_economic_code, kind,
        category, fund, amount, lines)
    select r.fiscal_year, scope.subtree, scope.region_code, g.economic_code, g.government_economic_code, g.kind,
        g.category, g.fund, p_sign * sum(g.amount), p_sign * sum(g.lines)
    from (select l.version_id, l.economic_code, l.government_economic_code, l.kind, l.category, l.fund,
            sum(l.amount) as amount, count(*) as lines
        from expenditure_line l
        where l.version_id = any (p_versions)
        group by 1, 2, 3, 4, 5, 6) g
    join region_budget r on r.version_id = g.version_id
    cross join region_rollup_scopes(r.region_code, r.region_path) scope
    group by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (fiscal_year, subtree, region_code, economic_code, government_economic_code, kind, category, fund)
    do update set amount = s.amount + excluded.amount, lines = s.lines + excluded.lines;

    insert into region_revenue as s (fiscal_year, subtree, region_code, source, fund, amount, lines)
    select r.fiscal_year, scope.subtree, scope.region_code, g.source, g.fund, p_sign * sum(g.amount),
        p_sign * sum(g.lines)
    from (select l.version_id, l.source, l.fund, sum(l.amount) as amount, count(*) as lines
        from revenue_line l
        where l.version_id = any (p_versions)
        group by 1, 2, 3) g
    join region_budget r on r.version_id = g.version_id
    cross join region_rollup_scopes(r.region_code, r.region_path) scope
    group by 1, 2, 3, 4, 5
    on conflict (fiscal_year, subtree, region_code, source, fund)
    do update set amount = s.amount + excluded.amount, lines = s.lines + excluded.lines;

    -- only taking lines away empties a group
    delete from region_function s using region_budget r, region_rollup_scopes(r.region_code, r.region_path) scope
    where p_sign < 0 and r.version_id = any (p_versions) and s.fiscal_year = r.fiscal_year
        and s.subtree = scope.subtree and s.region_code = scope.region_code and s.lines = 0;
    delete from region_economic s using region_budget r, region_rollup_scopes(r.region_code, r.region_path) scope
    where p_sign < 0 and r.version_id = any (p_versions) and s.fiscal_year = r.fiscal_year
        and s.subtree = scope.subtree and s.region_code = scope.region_code and s.lines = 0;
    delete from region_revenue s using region_budget r, region_rollup_scopes(r.region_code, r.region_path) scope
    where p_sign < 0 and r.version_id = any (p_versions) and s.fiscal_year = r.fiscal_year
        and s.subtree = scope.subtree and s.region_code = scope.region_code and s.lines = 0;
$$;

-- Makes a version the one its budget counts with, with the figures the ranking sorts by. The figures follow the rules
-- of io.yusuan.budget.rules.LineRules: basic and project by kind, 一般公共预算 and 政府性基金 by fund, 三公 as 一般公共预算
-- lines whose department economic code the year's catalogue marks as a part of it.
create function region_rollup_count(p_version bigint) returns void language sql as $$
    insert into region_budget as r (budget_id, fiscal_year, region_code, department_code, department_name, region_path,
        version_id, version, sequence, published_at, approval_date, total_revenue, total_expenditure, basic_expenditure,
        project_expenditure, general_public_budget_expenditure, government_fund_expenditure, three_public,
        three_public_prior_year)
    select b.id, b.fiscal_year, d.region_code, d.code, v.department_name, g.path_codes, v.id, v.number, e.sequence,
        e.published_at, v.approval_date,
        (select coalesce(sum(amount), 0) from revenue_line where version_id = v.id),
        x.total, x.basic, x.project, x.general_public, x.government_fund, x.three_public,
        (v.prior_year -> 'threePublicCosts' ->> 'total')::numeric
    from budget_version v
    join publication_event e on e.version_id = v.id
    join budget b on b.id = v.budget_id
    join department d on d.id = b.department_id
    left join region g on g.code = d.region_code
    cross join (
        select coalesce(sum(l.amount), 0) as total,
            coalesce(sum(l.amount) filter (where l.kind = 'BASIC'), 0) as basic,
            coalesce(sum(l.amount) filter (where l.kind = 'PROJECT'), 0) as project,
            coalesce(sum(l.amount) filter (where l.fund = 'GENERAL_PUBLIC_BUDGET'), 0) as general_public,
            coalesce(sum(l.amount) filter (where l.fund = 'GOVERNMENT_FUND'), 0) as government_fund,
            coalesce(sum(l.amount) filter (where l.fund = 'GENERAL_PUBLIC_BUDGET' and n.three_public_part is not null), 0)
                as three_public
        from expenditure_line l
        join budget_version lv on lv.id = l.version_id
        join budget lb on lb.id = lv.budget_id
        left join classification_name n on n.fiscal_year = lb.fiscal_year and n.scheme = 'economic-department'
            and n.code = l.economic_code
        where l.version_id = p_version
    ) x
    where v.id = p_version
    on conflict (budget_id) do update set department_name = excluded.department_name,
        region_path = excluded.region_path, version_id = excluded.version_id, version = excluded.version,
        sequence = excluded.sequence, published_at = excluded.published_at, approval_date = excluded.approval_date,
        total_revenue = excluded.total_revenue, total_expenditure = excluded.total_expenditure,
        basic_expenditure = excluded.basic_expenditure, project_expenditure = excluded.project_expenditure,
        general_public_budget_expenditure = excluded.general_public_budget_expenditure,
        government_fund_expenditure = excluded.government_fund_expenditure, three_public = excluded.three_public,
        three_public_prior_year = excluded.three_public_prior_year;
$$;

-- Counts the version a publication event just named instead of the one its budget counted before.
create function region_rollup_publish(p_version bigint) returns void language plpgsql as $$
declare
    replaced bigint;
begin
    select r.version_id into replaced
    from region_budget r join budget_version v on v.budget_id = r.budget_id
    where v.id = p_version;
    if replaced = p_version then
        return;
    end if;
    if replaced is not null then
        perform region_rollup_add(array[replaced], -1);
    end if;
    perform region_rollup_count(p_version);
    perform region_rollup_add(array[p_version], 1);
end;
$$;

-- Budgets published before this migration, each with the version its latest publication event names, summed at once
-- (one publication at a time would update the province's rows once per budget in this one transaction).
select region_rollup_count(version_id)
from (select distinct on (budget_id) version_id from publication_event order by budget_id, sequence desc) latest;
select region_rollup_add(array_agg(version_id), 1) from region_budget;
