-- grain: one row per loaded hour registration
-- registratie_id is unique per row, so DuckDB's default string compression (a dictionary,
-- then FSST) finds nothing to share yet costs a third of writing the table; zstd writes it
-- about 0,2 s faster at a million rows for ~10% more bytes (docs/etl.md, "Speed").
create table uren (
    registratie_id varchar using compression zstd,
    medewerker_id varchar not null,
    opdracht_id varchar not null,
    datum date not null,
    uren double not null,
    omschrijving varchar,
    bestand varchar not null,
    regel integer not null
);
