-- Whether a year still holds the list shipped in catalog/ or one an administrator loaded through the API.
-- R__Refresh_shipped_catalog brings the shipped ones up to date whenever the files change and leaves the
-- others alone. V3 loaded the shipped years (2022 and 2026) at version 1 and every later load bumped the
-- version, so version 1 tells which of them are still as shipped.
alter table scheme_year add column shipped boolean not null default false;
update scheme_year set shipped = true where fiscal_year in (2022, 2026) and version = 1;
