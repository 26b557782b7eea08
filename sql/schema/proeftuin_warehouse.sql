-- grain: one row: this DuckDB file is a warehouse written by `proeftuin etl` (the ETL replaces no other file)
create table proeftuin_warehouse (
    geschreven_door varchar not null,
    formaat integer not null
);
