-- grain: one row per loaded satisfaction measure (one year, one role of the mechanism)
create table tevredenheid (
    jaar integer not null,
    rol varchar not null,
    respondenten integer not null,
    gemiddelde double not null,
    toelichting varchar,
    bestand varchar not null,
    regel integer not null
);
