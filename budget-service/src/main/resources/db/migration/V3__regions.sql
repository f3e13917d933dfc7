-- The administrative divisions budgets are loaded for, as catalog-service names them, with the chain
-- from the province down (41/4103/410304) that roll-ups over a region and the regions under it follow.
create table region (
    code       char(6) primary key check (code ~ '^[0-9]{6}$'),
    name       text not null,
    path_codes text not null
);

create index region_path on region (path_codes text_pattern_ops);
