-- grain: one row per loaded money contribution of a gemeente
create table geldinbreng (
    gemeente varchar not null,
    datum date not null,
    bedrag_eur double not null,
    omschrijving varchar,
    bestand varchar not null,
    regel integer not null
);
