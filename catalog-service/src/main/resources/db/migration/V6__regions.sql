-- China's administrative divisions (行政区划: 省 › 市 › 县) by year, as shipped under catalog/regions/ and loaded by
-- R__Refresh_shipped_regions. Each year is one official list; a year without its own list is answered from the
-- nearest list (see io.yusuan.catalog.region.RegionYears), never stored twice.
create table region_list (
    list_year int  primary key check (list_year between 1949 and 2100),
    -- the official publication the list follows, e.g. 民政部《2022年中华人民共和国县以上行政区划代码》
    source    text not null check (source <> ''),
    url       text not null check (url <> '')
);

create table region (
    list_year   int  not null references region_list (list_year) on delete cascade,
    -- canonical short code: 2 digits a province, 4 a prefecture, 6 a county
    code        text not null check (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$'),
    level       text not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY')),
    -- the region one level up; a county directly under its province has the province here
    parent_code text,
    name        text not null check (name <> ''),
    -- the publication the row follows, and any note on it
    provenance  text not null check (provenance <> ''),
    primary key (list_year, code),
    foreign key (list_year, parent_code) references region (list_year, code) deferrable initially deferred,
    check ((level = 'PROVINCE') = (length(code) = 2)),
    check ((level = 'PREFECTURE') = (length(code) = 4)),
    check ((level = 'PROVINCE') = (parent_code is null)),
    check (parent_code is null or starts_with(code, parent_code))
);

create index region_children on region (list_year, parent_code, code);
