-- grain: one row per loaded statuswijziging (platform/statuswijzigingen.csv)
create table statuswijzigingen (
    opdracht_id varchar not null,
    tijdstip timestamp not null,
    status varchar not null,
    opdrachtnemer varchar,
    door varchar not null,
    toelichting varchar,
    actie varchar,
    bestand varchar not null,
    regel integer not null
);
