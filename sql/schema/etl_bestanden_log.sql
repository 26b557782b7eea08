-- grain: one row per source file seen by the last run (recognised or not)
create table etl_bestanden_log (
    bestand varchar not null,
    soort varchar,
    rijen_gelezen bigint not null,
    rijen_geladen bigint not null,
    rijen_afgekeurd bigint not null,
    opmerking varchar
);
