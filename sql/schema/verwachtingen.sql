-- grain: one row per loaded expectation of a portefeuillehouder
create table verwachtingen (
    gemeente varchar not null,
    datum date not null,
    verwachting varchar not null,
    maatstaf varchar,
    streefwaarde double,
    bestand varchar not null,
    regel integer not null
);
