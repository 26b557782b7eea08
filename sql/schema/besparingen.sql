-- grain: one row per loaded besparing (an activity that saves hours or money)
create table besparingen (
    besparing_id varchar not null,
    soort varchar not null,
    opdracht_id varchar not null,
    datum date not null,
    status varchar not null,
    uren double,
    bedrag_eur double,
    gemeente varchar,
    grondslag varchar,
    omschrijving varchar,
    bestand varchar not null,
    regel integer not null
);
