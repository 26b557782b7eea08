-- grain: one row per loaded leerervaring
create table leerervaringen (
    datum date not null,
    soort varchar not null,
    omschrijving varchar not null,
    opdracht_id varchar,
    bestand varchar not null,
    regel integer not null
);
