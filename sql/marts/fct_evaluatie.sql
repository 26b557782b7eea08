-- grain: one row per loaded evaluatie of an opdracht that is not geannuleerd
create or replace view intern.fct_evaluatie as
with

evaluatie as (
    select * from main.evaluaties
),

opdracht as (
    select opdracht_id, einddatum, is_geannuleerd from intern.stg_opdrachten
),

final as (
    select
        e.opdracht_id,
        e.rol,
        e.score_product,
        e.score_proces,
        e.datum,
        coalesce(e.datum, o.einddatum) as peil_datum,
        e.toelichting
    from evaluatie as e
    inner join opdracht as o on o.opdracht_id = e.opdracht_id
    where not o.is_geannuleerd
)

select * from final
