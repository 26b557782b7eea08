-- grain: one row per opdracht × winstpunt it serves (opdrachten of every status)
create or replace view intern.brg_opdracht_winstpunt as
with

opdracht as (
    select opdracht_id, winstpunten from intern.stg_opdrachten
),

final as (
    select opdracht_id, unnest(winstpunten) as winstpunt
    from opdracht
)

select * from final
