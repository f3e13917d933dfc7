-- The change feed (GET /api/v1/changes): an event for every write of a target and every report of actuals, appended
-- in the transaction of the write. Writers take one advisory lock before appending, so events commit in sequence order
-- and a reader polling "after sequence n" never skips an event that commits late.
create table target_event (
    sequence         bigint generated always as identity primary key,
    -- PUBLISHED: the target's first write; ADJUSTED: a later write; ACTUALS: actuals recorded against it
    event            text   not null check (event in ('PUBLISHED', 'ADJUSTED', 'ACTUALS')),
    target_id        bigint not null references performance_target (id) on delete cascade,
    -- the target's revision the event leaves it at
    revision         int    not null,
    actual_report_id bigint references actual_report (id) on delete cascade,
    occurred_at      timestamptz not null default now(),
    check ((event = 'ACTUALS') = (actual_report_id is not null))
);
create index target_event_target on target_event (target_id);

-- What was written before the feed, so that replaying it from the start names every target's current revision: each
-- target once, as published at its current revision, in the order last written; then each report of actuals.
insert into target_event (event, target_id, revision, actual_report_id, occurred_at)
select event, target_id, revision, actual_report_id, occurred_at
from (select 'PUBLISHED' as event, t.id as target_id, t.revision, null::bigint as actual_report_id,
             t.updated_at as occurred_at, 0 as part, t.id as tiebreak
      from performance_target t
      union all
      select 'ACTUALS', a.target_id, t.revision, a.id, a.created_at, 1, a.id
      from actual_report a join performance_target t on t.id = a.target_id) history
order by part, occurred_at, tiebreak;
