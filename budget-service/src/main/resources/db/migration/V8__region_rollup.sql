-- Region roll-ups (GET /api/v1/regions/{region}/budgets/{year}/tables/{number} and .../departments): what every
-- department budget of a region counts for, kept up to date in the transaction that publishes a version, so that a
-- roll-up over thousands of departments reads a few summary rows per region instead of every line of every version.
-- Each budget counts with the version its latest publication event names: publishing a version adds its lines and
-- subtracts those of the version it replaces (预算调整), so nothing is counted twice. Publications already hold an
-- exclusive lock on publication_event until commit, so they update these tables one after the other.

-- Each published budget with its latest published version and the figures the department ranking sorts by, in yuan.
create table region_budget (
    budget_id                         bigint         primary key references budget (id) on delete cascade,
    fiscal_year                       int            not null,
    region_code                       char(6)        not null,
    department_code                   text           not null,
    department_name                   text           not null,
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

-- The expenditure lines of the counted versions, summed by region and by every attribute a section of tables
-- 01 and 03-08 groups or filters on; lines counts the lines summed, so that a group no counted version has any more
-- is removed, and a group of lines of 0.00 stays, as it shows in a department's table.
create table region_expenditure (
    fiscal_year              int            not null,
    region_code              char(6)        not null,
    function_code            char(7)        not null,
    kind                     text           not null,
    category                 text,
    project_category         text,
    economic_code            char(5),
    government_economic_code char(5),
    fund                     text           not null,
    carryover                boolean        not null,
    amount                   numeric(20, 2) not null,
    lines                    int            not null,
    unique nulls not distinct (fiscal_year, region_code, function_code, kind, category, project_category, economic_code,
        government_economic_code, fund, carryover)
);

create table region_revenue (
    fiscal_year int            not null,
    region_code char(6)        not null,
    source      text           not null,
    fund        text,
    amount      numeric(20, 2) not null,
    lines       int            not null,
    unique nulls not distinct (fiscal_year, region_code, source, fund)
);

-- Adds the lines of a version to its region's sums (sign 1), or takes them away (sign -1).
create function region_rollup_add(p_version bigint, p_sign int) returns void language sql as $$
    insert into region_expenditure as s (fiscal_year, region_code, function_code, kind, category, project_category,
        economic_code, government_economic_code, fund, carryover, amount, lines)
    select b.fiscal_year, d.region_code, l.function_code, l.kind, l.category, p.category, l.economic_code,
        l.government_economic_code, l.fund, l.carryover, p_sign * sum(l.amount), p_sign * count(*)
    from expenditure_line l
    join budget_version v on v.id = l.version_id
    join budget b on b.id = v.budget_id
    join department d on d.id = b.department_id
    left join project p on p.version_id = l.version_id and p.code = l.project_code
    where l.version_id = p_version
    group by b.fiscal_year, d.region_code, l.function_code, l.kind, l.category, p.category, l.economic_code,
        l.government_economic_code, l.fund, l.carryover
    on conflict (fiscal_year, region_code, function_code, kind, category, project_category, economic_code,
        government_economic_code, fund, carryover)
    do update set amount = s.amount + excluded.amount, lines = s.lines + excluded.lines;

    insert into region_revenue as s (fiscal_year, region_code, source, fund, amount, lines)
    select b.fiscal_year, d.region_code, l.source, l.fund, p_sign * sum(l.amount), p_sign * count(*)
    from revenue_line l
    join budget_version v on v.id = l.version_id
    join budget b on b.id = v.budget_id
    join department d on d.id = b.department_id
    where l.version_id = p_version
    group by b.fiscal_year, d.region_code, l.source, l.fund
    on conflict (fiscal_year, region_code, source, fund)
    do update set amount = s.amount + excluded.amount, lines = s.lines + excluded.lines;

    delete from region_expenditure s using budget_version v, budget b, department d
    where v.id = p_version and b.id = v.budget_id and d.id = b.department_id
        and s.fiscal_year = b.fiscal_year and s.region_code = d.region_code and s.lines = 0;
    delete from region_revenue s using budget_version v, budget b, department d
    where v.id = p_version and b.id = v.budget_id and d.id = b.department_id
        and s.fiscal_year = b.fiscal_year and s.region_code = d.region_code and s.lines = 0;
$$;

-- Counts the version a publication event just named instead of the one its budget counted before. The figures follow
-- the rules of io.yusuan.budget.rules.LineRules: basic and project by kind, 一般公共预算 and 政府性基金 by fund, 三公
-- as 一般公共预算 lines whose department economic code the year's catalogue marks as a part of it.
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
        perform region_rollup_add(replaced, -1);
    end if;
    perform region_rollup_add(p_version, 1);

    insert into region_budget as r (budget_id, fiscal_year, region_code, department_code, department_name, version_id,
        version, sequence, published_at, approval_date, total_revenue, total_expenditure, basic_expenditure,
        project_expenditure, general_public_budget_expenditure, government_fund_expenditure, three_public,
        three_public_prior_year)
    select b.id, b.fiscal_year, d.region_code, d.code, v.department_name, v.id, v.number, e.sequence, e.published_at,
        v.approval_date,
        (select coalesce(sum(amount), 0) from revenue_line where version_id = v.id),
        x.total, x.basic, x.project, x.general_public, x.government_fund, x.three_public,
        (v.prior_year -> 'threePublicCosts' ->> 'total')::numeric
    from budget_version v
    join publication_event e on e.version_id = v.id
    join budget b on b.id = v.budget_id
    join department d on d.id = b.department_id
    cross join lateral (
        select coalesce(sum(l.amount), 0) as total,
            coalesce(sum(l.amount) filter (where l.kind = 'BASIC'), 0) as basic,
            coalesce(sum(l.amount) filter (where l.kind = 'PROJECT'), 0) as project,
            coalesce(sum(l.amount) filter (where l.fund = 'GENERAL_PUBLIC_BUDGET'), 0) as general_public,
            coalesce(sum(l.amount) filter (where l.fund = 'GOVERNMENT_FUND'), 0) as government_fund,
            coalesce(sum(l.amount) filter (where l.fund = 'GENERAL_PUBLIC_BUDGET' and n.three_public_part is not null), 0)
                as three_public
        from expenditure_line l
        left join classification_name n on n.fiscal_year = b.fiscal_year and n.scheme = 'economic-department'
            and n.code = l.economic_code
        where l.version_id = v.id
    ) x
    where v.id = p_version
    on conflict (budget_id) do update set department_name = excluded.department_name, version_id = excluded.version_id,
        version = excluded.version, sequence = excluded.sequence, published_at = excluded.published_at,
        approval_date = excluded.approval_date, total_revenue = excluded.total_revenue,
        total_expenditure = excluded.total_expenditure, basic_expenditure = excluded.basic_expenditure,
        project_expenditure = excluded.project_expenditure,
        general_public_budget_expenditure = excluded.general_public_budget_expenditure,
        government_fund_expenditure = excluded.government_fund_expenditure, three_public = excluded.three_public,
        three_public_prior_year = excluded.three_public_prior_year;
end;
$$;

-- Budgets published before this migration: their publications replayed in the order they committed.
do $$
declare
    e record;
begin
    for e in select version_id from publication_event order by sequence loop
        perform region_rollup_publish(e.version_id);
    end loop;
end;
$$;
