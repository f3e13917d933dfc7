-- The region chain each counted version's lines were summed under: region_budget keeps only the chain of the version a
-- budget counts now, and a roll-up an instance kept is brought up to date by taking the version counted before away
-- from the scopes its lines are in (io.yusuan.budget.region.RollupQuery.CHANGED), which may be another chain's if the
-- catalog's chain of the region changed in between (region.path_codes is rewritten by every draft load).
create table region_counted (
    version_id  bigint primary key references budget_version (id) on delete cascade,
    -- region_budget.region_path as the version was counted: null if the region was unknown then
    region_path text
);

insert into region_counted (version_id, region_path) select version_id, region_path from region_budget;

-- V8's, recording the chain the version is counted under.
create or replace function region_rollup_publish(p_version bigint) returns void language plpgsql as $$
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
    insert into region_counted (version_id, region_path)
    select version_id, region_path from region_budget where version_id = p_version;
    perform region_rollup_add(array[p_version], 1);
end;
$$;
