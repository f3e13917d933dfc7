-- The 单位编码 of a project's unit (141001), as budget-service's published budget gives it: table 13 prints a
-- subtotal row per unit (单位编码, 项目单位) before that unit's projects. Null for targets written before it was kept.
alter table performance_target add column unit_code text;
