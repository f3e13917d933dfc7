-- Performance targets (绩效目标) and their indicators, actuals by period.
create table performance_target (
    id               bigint generated always as identity primary key,
    region_code      char(6) not null check (region_code ~ '^[0-9]{6}$'),
    department_code  text    not null,
    fiscal_year      int     not null check (fiscal_year between 2000 and 2100),
    -- OVERALL: 部门（单位）整体绩效目标; PROJECT: 项目绩效目标
    scope            text    not null check (scope in ('OVERALL', 'PROJECT')),
    -- the project's code for a PROJECT target, '' for the overall one
    project_code     text    not null default '',
    project_name     text,
    unit_name        text,
    department_name  text    not null,
    annual_goal      text    not null,
    -- 年度主要任务 [{name, content}], overall only
    tasks            jsonb   not null default '[]',
    -- 预算情况 as budget-service's published version gave it when the target was written (yuan)
    budget_version   int     not null,
    funding          jsonb   not null,
    -- a total the budget office typed, checked against budget-service's
    declared_total   numeric(18, 2),
    -- the indicators: 一级/二级/三级, the target as written and as parsed, 指标值说明, weight
    indicators       jsonb   not null default '[]',
    -- consistency findings of the target, as of its last write
    findings         jsonb   not null default '[]',
    revision         int     not null default 1,
    updated_at       timestamptz not null default now(),
    unique (region_code, department_code, fiscal_year, scope, project_code)
);

-- Actual values of a target's indicators for a period: 绩效监控 (as of a date) or 绩效自评 (year end).
create table actual_report (
    id           bigint generated always as identity primary key,
    target_id    bigint  not null references performance_target (id) on delete cascade,
    period       text    not null check (period in ('MONITORING', 'SELF_EVALUATION')),
    as_of        date    not null,
    -- 预算执行数 (yuan), self-evaluation
    executed     numeric(18, 2) check (executed is null or executed >= 0),
    -- per indicator: actual value or qualitative grade, applicability, deviation reason; tier weights
    body         jsonb   not null,
    created_at   timestamptz not null default now()
);
