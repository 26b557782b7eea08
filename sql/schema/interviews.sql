-- grain: one row per loaded interview (its outcome, of an opdracht the platform sampled or not)
create table interviews (
    opdracht_id varchar not null,
    datum date not null,
    rol varchar not null,
    uitkomst varchar not null,
    oordeel integer,
    bestand varchar not null,
    regel integer not null
);
