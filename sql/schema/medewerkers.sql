-- grain: one row per loaded medewerker
create table medewerkers (
    medewerker_id varchar primary key,
    gemeente varchar not null,
    schaal integer not null,
    expertise varchar[],
    beschikbaar_uren_per_week double,
    naam varchar,
    email varchar,
    bestand varchar not null,
    regel integer not null
);
