-- grain: one row per loaded evaluatie of an opdracht by one rol
create table evaluaties (
    opdracht_id varchar not null,
    rol varchar not null,
    score_product integer not null,
    score_proces integer,
    datum date,
    toelichting varchar,
    bestand varchar not null,
    regel integer not null
);
