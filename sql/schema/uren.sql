-- grain: one row per loaded hour registration
create table uren (
    registratie_id varchar,
    medewerker_id varchar not null,
    opdracht_id varchar not null,
    datum date not null,
    uren double not null,
    omschrijving varchar,
    bestand varchar not null,
    regel integer not null
);
