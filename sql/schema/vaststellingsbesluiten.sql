-- grain: one row per loaded vaststellingsbesluit (platform/vaststellingsbesluiten.csv): a
-- period vastgesteld, or a vaststelling withdrawn (actie intrekken, with its reden)
create table vaststellingsbesluiten (
    periode varchar not null,
    actie varchar not null,
    tijdstip timestamp not null,
    door varchar not null,
    map varchar,
    grondslag varchar,
    reden varchar,
    bestand varchar not null,
    regel integer not null
);
