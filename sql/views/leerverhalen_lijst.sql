-- grain: one row per loaded leerverhaal of the proeftuin-MT
create or replace view leerverhalen_lijst as
with

verhaal as (
    select * from main.leerverhalen
),

opdracht as (
    select opdracht_id, titel as opdracht_titel from intern.stg_opdrachten
),

final as (
    select
        v.datum,
        year(v.datum) as jaar,
        v.titel,
        v.verhaal,
        v.opdracht_id,
        o.opdracht_titel,
        v.bestand || ' regel ' || v.regel as bron
    from verhaal as v
    left join opdracht as o on o.opdracht_id = v.opdracht_id
)

select * from final
order by datum, bron
