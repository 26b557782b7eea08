-- grain: one row per loaded deelnemer of an opdracht (aandeel null = share equally)
create table deelnemers (
    opdracht_id varchar not null,
    gemeente varchar not null,
    aandeel double,
    bestand varchar not null,
    regel integer not null
);
