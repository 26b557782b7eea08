-- grain: one row per non-cancelled opdracht, with its evaluation scores (null when none)
create or replace view kwaliteit_per_opdracht as
with

opdracht as (
    select * from intern.dim_opdracht where not is_geannuleerd
),

score as (
    select * from intern.evaluatie_score_op(null) where opdracht_id is not null
),

final as (
    select
        o.opdracht_id,
        o.titel,
        o.status,
        o.akkoord_opdrachtgever,
        o.winstpunten,
        coalesce(s.aantal_evaluaties, 0) as aantal_evaluaties,
        s.gemiddelde_score_product,
        s.gemiddelde_score_proces
    from opdracht as o
    left join score as s on s.opdracht_id = o.opdracht_id
)

select * from final
order by opdracht_id
