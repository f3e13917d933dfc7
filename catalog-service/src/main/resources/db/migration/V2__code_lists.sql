-- The code lists themselves: one row per code, per scheme and fiscal year.
alter table scheme_year
    -- bumped by every load of the year; part of every read's ETag
    add column version bigint not null default 1,
    -- how many of the year's codes were not checked against an official edition
    add column provisional_codes int not null default 0;

create table classification_code (
    scheme_id         text     not null,
    fiscal_year       int      not null,
    code              text     not null check (code ~ '^[0-9]{3,7}$'),
    -- 1 类, 2 款, 3 项
    level             smallint not null check (level between 1 and 3),
    parent_code       text,
    name              text     not null check (name <> ''),
    name_en           text,
    -- the official edition the row was checked against, or 'provisional'
    provenance        text     not null,
    -- department economic codes: 人员经费 or 公用经费 within basic expenditure
    basic_category    text check (basic_category in ('PERSONNEL', 'PUBLIC')),
    -- department economic codes that make up 三公经费
    three_public_part text check (three_public_part in ('OUTBOUND', 'RECEPTION', 'VEHICLE_OPERATION', 'VEHICLE_PURCHASE')),
    primary key (scheme_id, fiscal_year, code),
    foreign key (scheme_id, fiscal_year) references scheme_year (scheme_id, fiscal_year) on delete cascade,
    foreign key (scheme_id, fiscal_year, parent_code)
        references classification_code (scheme_id, fiscal_year, code) deferrable initially deferred,
    check ((level = 1) = (parent_code is null))
);

create index classification_code_children on classification_code (scheme_id, fiscal_year, parent_code, code);

-- 部门预算支出经济分类 → 政府预算支出经济分类 对照表, by unit type.
create table economic_correspondence (
    fiscal_year                    int  not null,
    department_code                text not null,
    -- for 行政单位 and 参照公务员法管理的事业单位
    government_code_administrative text,
    -- for 事业单位
    government_code_institution    text,
    provenance                     text not null,
    primary key (fiscal_year, department_code)
);

-- Changes between two years that the lists themselves cannot show (splits, merges, replacements).
create table crosswalk_change (
    scheme_id text not null references scheme (id),
    from_year int  not null,
    to_year   int  not null,
    from_code text not null,
    to_code   text not null,
    change    text not null check (change in ('SPLIT', 'MERGED', 'REPLACED')),
    note      text,
    primary key (scheme_id, from_year, to_year, from_code, to_code)
);

-- Functional classification → COFOG division or group, year-independent.
create table cofog_mapping (
    functional_code text primary key,
    cofog_code      text not null,
    cofog_name      text not null,
    confidence      text not null check (confidence in ('high', 'medium', 'low'))
);

-- One counter for the whole catalogue: any load bumps it, so ETags of cross-year reads change too.
create table catalog_state (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into catalog_state (version) values (1);
