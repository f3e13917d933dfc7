-- Table 11 lists a unit's projects in the package's order, not by code: keep each project's place in the
-- package. Versions stored before keep code order.
alter table project add column position int;
update project p set position = ordered.position
from (select version_id, code, row_number() over (partition by version_id order by code) as position from project) ordered
where p.version_id = ordered.version_id and p.code = ordered.code;
alter table project alter column position set not null;
