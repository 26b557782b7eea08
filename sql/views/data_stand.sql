-- grain: one row in all, describing the data in this warehouse and the run that built it
create or replace view data_stand as
with

periode as (
    select min(datum) as eerste_datum, max(datum) as laatste_datum from intern.fct_saldo_dag
),

run as (
    select max_by(gestart_op, run_id) as laatste_run, max(run_id) as run_id from etl_runs
),

registratie as (
    select
        coalesce(sum(aantal_registraties), 0) as aantal_registraties,
        coalesce(sum(uren), 0) as totaal_uren
    from intern.fct_uren_dag
),

final as (
    select
        p.eerste_datum,
        p.laatste_datum,
        r.laatste_run,
        r.run_id,
        (select count(*) from intern.stg_opdrachten) as aantal_opdrachten,
        g.aantal_registraties,
        g.totaal_uren,
        (select count(*) from medewerkers) as aantal_medewerkers,
        (select count(*) from intern.stg_gemeenten) as aantal_gemeenten,
        (
            select uurtarief_eur from intern.stg_tarief_gemiddeld_op(p.laatste_datum)
        ) as uurtarief_eur,
        (select count(*) from etl_afgekeurd_log) as aantal_afgekeurd
    from periode as p
    cross join run as r
    cross join registratie as g
)

select * from final
