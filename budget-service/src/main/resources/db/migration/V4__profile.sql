-- 部门概况 (第一部分 of the disclosure document): the package's optional profile block (主要职责, 机构设置, 单位构成),
-- kept as JSON text with the version like its assets and explanations; null where the package has none.
alter table budget_version add column profile jsonb;
