-- The 对照表 is a relation: a department code may correspond to several government codes for one type of
-- unit (capital items among them). One row per (year, department code, unit column, government code).
-- The shipped rows come back with R__Refresh_shipped_catalog, whose checksum changes with this format.
drop table economic_correspondence;
create table economic_correspondence (
    fiscal_year     int  not null,
    department_code text not null,
    -- ADMINISTRATIVE: 行政单位 and 参照公务员法管理的事业单位; INSTITUTION: 事业单位 and other units
    unit_column     text not null check (unit_column in ('ADMINISTRATIVE', 'INSTITUTION')),
    government_code text not null,
    provenance      text not null,
    primary key (fiscal_year, department_code, unit_column, government_code)
);

-- Which years have a 对照表, and whether it is the shipped file's or an administrator's load (which a
-- refresh of the shipped files leaves alone).
create table correspondence_year (
    fiscal_year int primary key check (fiscal_year between 2000 and 2100),
    shipped     boolean not null,
    loaded_at   timestamptz not null default now()
);

-- How much of the year's edition a list holds: PROVISIONAL (the edition was not seen; every row is
-- unchecked), PARTIAL (checked rows, but not every code of the edition), COMPLETE (every code). Only a
-- COMPLETE list may call a well-formed code under a known parent unknown.
alter table scheme_year add column coverage text not null default 'PARTIAL'
    check (coverage in ('PROVISIONAL', 'PARTIAL', 'COMPLETE'));
