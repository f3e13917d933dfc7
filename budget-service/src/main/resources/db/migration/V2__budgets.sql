-- Budgets, their versions and the lines every table is a grouping of. Amounts are numeric(18,2) yuan.
create table budget (
    id            bigint generated always as identity primary key,
    department_id bigint not null references department (id),
    fiscal_year   int    not null check (fiscal_year between 2000 and 2100),
    unique (department_id, fiscal_year)
);

create table budget_version (
    id                    bigint generated always as identity primary key,
    budget_id             bigint      not null references budget (id),
    number                int         not null check (number > 0),
    status                text        not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED')),
    -- bumped by every change of the version; the ETag of its representations
    revision              int         not null default 1,
    -- sha-256 of the package as loaded, so that loading the same package again changes nothing
    content_hash          text        not null,
    based_on              int,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    submitted_at          timestamptz,
    approval_date         date,
    approved_by           text,
    approved_at           timestamptz,
    published_at          timestamptz,
    department_name       text        not null,
    department_short_name text        not null,
    region_name           text        not null,
    assets                jsonb,
    prior_year            jsonb,
    explanations          jsonb       not null default '{}',
    transfer_payments     jsonb       not null default '[]',
    unique (budget_id, number)
);

-- At most one version of a budget is open (not yet published) at a time.
create unique index budget_version_one_open on budget_version (budget_id) where status <> 'PUBLISHED';

create table budget_unit (
    version_id bigint not null references budget_version (id) on delete cascade,
    code       text   not null,
    name       text   not null,
    type       text   not null check (type in ('ADMINISTRATIVE', 'CIVIL_SERVICE_MANAGED', 'PUBLIC_INSTITUTION', 'OTHER')),
    primary key (version_id, code)
);

create table project (
    version_id bigint not null references budget_version (id) on delete cascade,
    code       text   not null check (code ~ '^[0-9]{6}[0-9A-Z]{15}$'),
    name       text   not null,
    unit_code  text   not null,
    category   text   not null check (category in ('OTHER_OPERATING', 'SPECIFIC_PURPOSE')),
    primary key (version_id, code),
    foreign key (version_id, unit_code) references budget_unit (version_id, code)
);

create table revenue_line (
    version_id bigint        not null references budget_version (id) on delete cascade,
    line_no    int           not null,
    unit_code  text          not null,
    source     text          not null,
    fund       text,
    amount     numeric(18, 2) not null check (amount >= 0),
    primary key (version_id, line_no),
    foreign key (version_id, unit_code) references budget_unit (version_id, code)
);

create table expenditure_line (
    version_id               bigint         not null references budget_version (id) on delete cascade,
    line_no                  int            not null,
    unit_code                text           not null,
    function_code            char(7)        not null,
    kind                     text           not null check (kind in ('BASIC', 'PROJECT')),
    category                 text check (category in ('PERSONNEL', 'PUBLIC')),
    project_code             text,
    economic_code            char(5),
    government_economic_code char(5),
    fund                     text           not null,
    carryover                boolean        not null,
    amount                   numeric(18, 2) not null check (amount >= 0),
    primary key (version_id, line_no),
    foreign key (version_id, unit_code) references budget_unit (version_id, code),
    foreign key (version_id, project_code) references project (version_id, code),
    check ((kind = 'BASIC') = (category is not null)),
    check ((kind = 'PROJECT') = (project_code is not null))
);

create index expenditure_line_function on expenditure_line (version_id, function_code);
create index expenditure_line_economic on expenditure_line (version_id, economic_code);

create table procurement_line (
    version_id bigint         not null references budget_version (id) on delete cascade,
    line_no    int            not null,
    unit_code  text           not null,
    type       text           not null check (type in ('GOODS', 'WORKS', 'SERVICES')),
    item       text           not null,
    amount     numeric(18, 2) not null check (amount >= 0),
    primary key (version_id, line_no),
    foreign key (version_id, unit_code) references budget_unit (version_id, code)
);

create table finding (
    version_id bigint not null references budget_version (id) on delete cascade,
    seq        int    not null,
    severity   text   not null check (severity in ('ERROR', 'WARNING', 'INFO')),
    code       text   not null,
    pointer    text,
    message    text   not null,
    primary key (version_id, seq)
);

-- Names and attributes of the codes budgets use, as catalog-service gave them for the year, so that
-- stored budgets keep serving their tables while catalog-service is down.
create table classification_name (
    fiscal_year       int    not null,
    scheme            text   not null,
    code              text   not null,
    name              text   not null,
    level             smallint not null,
    three_public_part text,
    primary key (fiscal_year, scheme, code)
);
