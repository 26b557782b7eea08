-- grain: one row per loaded tarief (schaal '1'…'18' or 'gemiddeld') per geldig_vanaf
create table tarieven (
    schaal varchar not null,
    geldig_vanaf date not null,
    uurtarief_eur double not null,
    bestand varchar not null,
    regel integer not null
);
