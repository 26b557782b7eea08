-- grain: one row per vaststelling × source row it knew (uren and geldinbreng dated in its
-- period) or correctie it booked (wijziging not null), from platform/vastgesteld/<map>/rijen.parquet
create table intern.vast_rijen (
    map varchar not null,
    soort varchar not null,
    sleutel varchar not null,
    volgnummer bigint not null,
    wijziging varchar,
    geboekt_op date,
    registratie_id varchar,
    bestand varchar,
    regel integer,
    datum date not null,
    gemeente varchar,
    opdracht_id varchar,
    medewerker_id varchar,
    uren double,
    bedrag_eur decimal(18, 2)
);
