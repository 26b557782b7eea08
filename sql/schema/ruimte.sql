-- grain: one row per loaded ruimte row (platform/ruimte.csv): an offer of hours or its withdrawal
create table ruimte (
    ruimte_id varchar not null,
    medewerker_id varchar not null,
    tijdstip timestamp not null,
    actie varchar not null,
    door varchar not null,
    van date,
    tot date,
    uren_per_week double,
    soort_werk varchar,
    bestand varchar not null,
    regel integer not null
);
