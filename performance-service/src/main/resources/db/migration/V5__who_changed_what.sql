-- Who made each change and what it changed, for GET .../performance/{year}/history: the writer is the subject of the
-- bearer token (TokenScope.subject), the summary a sentence written with the change ("project 410304220000000006846
-- target written: 6 indicators"). Changes made before writers were recorded keep a null actor; their summary is
-- written here from what the feed knows of them (the indicators they had are no longer known).
alter table target_event add column actor text;
alter table target_event add column summary text;

update target_event e
set summary = (select case when t.scope = 'OVERALL' then 'overall target' else 'project ' || t.project_code || ' target' end
                      || case when e.event = 'ACTUALS' then ' actuals recorded: ' || a.period || ' as of ' || a.as_of
                              else ' written' end
               from performance_target t left join actual_report a on a.id = e.actual_report_id
               where t.id = e.target_id);

alter table target_event alter column summary set not null;
