-- 变更记录: every write of a budget, who made it (the token's subject) and when, oldest first by id. Written in the
-- transaction of the write itself, so an entry exists exactly when its change is committed. The public reads the
-- entries of published versions; the department's editors and the region's finance bureau read them all.
create table budget_history (
    id         bigint      generated always as identity primary key,
    budget_id  bigint      not null references budget (id) on delete cascade,
    version_id bigint      not null references budget_version (id) on delete cascade,
    version    int         not null,
    action     text        not null check (action in ('DRAFT_WRITTEN', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED',
                                                      'ADJUSTMENT_OPENED')),
    actor      text        not null,
    at         timestamptz not null,
    summary    text        not null
);

create index budget_history_budget on budget_history (budget_id, id);
