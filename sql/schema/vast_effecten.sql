-- grain: one row per vaststelling × effect row it froze (intern.fct_effect of its period),
-- read from platform/vastgesteld/<map>/effecten.parquet by the build
create table intern.vast_effecten (
    map varchar not null,
    soort varchar not null,
    opdracht_id varchar,
    gemeente varchar not null,
    datum date not null,
    herkomst_datum date not null,
    gebracht_uren double not null,
    gehaald_uren double not null,
    geldinbreng_uren double not null,
    geldinbreng_eur decimal(18, 2) not null,
    is_correctie boolean not null
);
