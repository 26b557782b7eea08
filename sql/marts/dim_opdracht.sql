-- grain: one row per loaded opdracht, with realised hours and the gemeenten that take a share
-- A table (built once per run) so that views and as-of macros only read small facts.
create or replace table intern.dim_opdracht as
with

opdracht as (
    select * from intern.stg_opdrachten
),

realisatie as (
    select
        opdracht_id,
        sum(uren) as gerealiseerde_uren,
        sum(aantal_registraties) as aantal_registraties,
        min(datum) as eerste_urendatum,
        max(datum) as laatste_urendatum
    from intern.fct_uren_dag
    group by opdracht_id
),

deelnemer as (
    select opdracht_id, list_sort(list(gemeente)) as deelnemers
    from intern.stg_aandelen
    where aandeel > 0
    group by opdracht_id
),

final as (
    select
        o.*,
        coalesce(r.gerealiseerde_uren, 0) as gerealiseerde_uren,
        greatest(o.begrote_uren - coalesce(r.gerealiseerde_uren, 0), 0) as resterende_uren,
        coalesce(r.aantal_registraties, 0) as aantal_registraties,
        r.eerste_urendatum,
        r.laatste_urendatum,
        coalesce(d.deelnemers, []) as deelnemers
    from opdracht as o
    left join realisatie as r on r.opdracht_id = o.opdracht_id
    left join deelnemer as d on d.opdracht_id = o.opdracht_id
)

select * from final
