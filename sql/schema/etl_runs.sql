-- grain: one row per successful ETL run that built this warehouse or one of its predecessors
create table etl_runs (
    run_id integer not null,
    gestart_op timestamp not null,
    duur_s double not null,
    bron varchar not null,
    strikt boolean not null,
    bestanden integer not null,
    rijen_gelezen bigint not null,
    rijen_geladen bigint not null,
    rijen_afgekeurd bigint not null
);
