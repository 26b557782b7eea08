-- grain: one row per rejected row (regel = line a person sees, header = 1) or rejected file
-- (regel null) of the last run
create table etl_afgekeurd_log (
    bestand varchar not null,
    regel integer,
    reden varchar not null
);
