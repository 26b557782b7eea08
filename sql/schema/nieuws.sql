-- grain: one row per loaded nieuws row (platform/nieuws.csv): a publication or its withdrawal
create table nieuws (
    nieuws_id varchar not null,
    tijdstip timestamp not null,
    actie varchar not null,
    door varchar not null,
    titel varchar,
    datum date,
    tekst varchar,
    opdracht_id varchar,
    bestand varchar not null,
    regel integer not null
);
