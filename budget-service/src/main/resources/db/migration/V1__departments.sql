-- Departments (一级预算单位) by fiscal division (财政区划).
create table department (
    id          bigint generated always as identity primary key,
    -- 6-digit administrative division code, e.g. 410304 洛阳市瀍河回族区
    region_code char(6) not null check (region_code ~ '^[0-9]{6}$'),
    region_name text    not null,
    -- the department's local code, e.g. 141
    code        text    not null check (code ~ '^[0-9A-Za-z]{1,12}$'),
    name        text    not null,
    unique (region_code, code)
);

create index department_name_search on department (region_code, name);
