-- grain: one row per loaded interesse row (platform/interesse.csv): interest shown or withdrawn
create table interesse (
    medewerker_id varchar not null,
    opdracht_id varchar not null,
    tijdstip timestamp not null,
    actie varchar not null,
    door varchar not null,
    motivatie varchar,
    bestand varchar not null,
    regel integer not null
);
