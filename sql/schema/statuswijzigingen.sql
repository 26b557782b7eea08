-- grain: one row per loaded statuswijziging (platform/statuswijzigingen.csv)
create table statuswijzigingen (
    opdracht_id varchar not null,
    tijdstip timestamp not null,
    status varchar not null,
    opdrachtnemer varchar,
    door varchar not null,
    toelichting varchar,
    actie varchar,
    stap varchar,
    startdatum date,
    einddatum date,
    begrote_uren double,
    leidinggevende varchar,
    akkoord_opdrachtgever boolean,
    akkoord_op date,
    samengevoegd_uit varchar,
    bestand varchar not null,
    regel integer not null
);
