-- One database per service (no shared database). The postgres image runs this once, on the
-- first start with an empty data volume, as POSTGRES_USER, who therefore owns all three.
-- Each service creates its own tables with its Flyway migrations.
CREATE DATABASE catalog;
CREATE DATABASE budget;
CREATE DATABASE performance;
