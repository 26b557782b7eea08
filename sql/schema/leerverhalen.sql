-- grain: one row per loaded leerverhaal of the proeftuin-MT
create table leerverhalen (
    datum date not null,
    titel varchar not null,
    verhaal varchar not null,
    opdracht_id varchar,
    bestand varchar not null,
    regel integer not null
);
