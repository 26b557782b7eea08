-- grain: one row per gemeente (the six built in, plus any a gemeenten file adds or renames)
create table gemeenten (
    code varchar primary key,
    naam varchar not null
);
