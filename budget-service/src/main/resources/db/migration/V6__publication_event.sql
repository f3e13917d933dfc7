-- 发布事件: every publication of a budget version, in the order the publications committed. The change feed
-- (GET /api/v1/changes) pages through it by sequence; the bulk export (GET /api/v1/export/{year}/lines) serves,
-- for each budget, the version its latest event names, so that replaying the feed rebuilds what the export serves.
-- Publishing takes an exclusive lock on this table until commit, so a sequence a reader sees is never followed by
-- a smaller one committing later.
create table publication_event (
    sequence     bigint      generated always as identity primary key,
    budget_id    bigint      not null references budget (id),
    version_id   bigint      not null unique references budget_version (id),
    version      int         not null,
    -- PUBLISHED: a budget's first published version; ADJUSTED: a later one (预算调整)
    event        text        not null check (event in ('PUBLISHED', 'ADJUSTED')),
    published_at timestamptz not null
);

-- The export's "latest event of each budget at or before an instant".
create index publication_event_budget on publication_event (budget_id, sequence);
-- The export's budgets of one fiscal year.
create index budget_fiscal_year on budget (fiscal_year);

-- Versions published before this migration, in the order they were published. A version opened from another
-- (based_on) is an adjustment; a budget's first version is based on nothing.
insert into publication_event (budget_id, version_id, version, event, published_at)
select budget_id, id, number, case when based_on is null then 'PUBLISHED' else 'ADJUSTED' end, published_at
from budget_version
where status = 'PUBLISHED'
order by published_at, id;
