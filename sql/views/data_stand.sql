-- grain: one row in all, describing the data in this warehouse and the run that built it
-- boekjaar and verrekendatum are the current boekjaar's; boekjaren lists every year with data.
create or replace view data_stand as
with

-- the current boekjaar (the one the views without a date show), and every boekjaar
periode as (
    select
        min(eerste_datum) as eerste_datum,
        max(laatste_datum) as laatste_datum,
        max(jaar) filter (where is_huidig) as jaar,
        max(verrekendatum) filter (where is_huidig) as verrekendatum,
        list(jaar order by jaar) as boekjaren
    from intern.dim_boekjaar
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
        p.jaar as boekjaar,
        p.verrekendatum,
        p.boekjaren,
        r.laatste_run,
        r.run_id,
        (select count(*) from intern.stg_opdrachten) as aantal_opdrachten,
        g.aantal_registraties,
        intern.afgerond_uren(g.totaal_uren) as totaal_uren,
        (select count(*) from medewerkers) as aantal_medewerkers,
        (select count(*) from intern.stg_gemeenten) as aantal_gemeenten,
        -- the tarief the settlement uses: valid on 31-12 of the boekjaar
        (select uurtarief_eur from intern.stg_tarief_gemiddeld_op(p.verrekendatum)) as uurtarief_eur,
        (select geldig_vanaf from intern.stg_tarief_gemiddeld_op(p.verrekendatum)) as tarief_geldig_vanaf,
        (select count(*) from etl_afgekeurd_log) as aantal_afgekeurd
    from periode as p
    cross join run as r
    cross join registratie as g
)

select * from final
