-- grain: one row per loaded leerervaring (dilemma, vraagpunt, conflict, doorzettingsmacht)
create or replace view leerervaringen_lijst as
with

ervaring as (
    select * from leerervaringen
),

opdracht as (
    select opdracht_id, titel from intern.stg_opdrachten
),

final as (
    select
        e.datum,
        year(e.datum) as jaar,
        quarter(e.datum) as kwartaal,
        e.soort,
        e.omschrijving,
        e.opdracht_id,
        o.titel,
        e.bestand,
        e.regel
    from ervaring as e
    left join opdracht as o using (opdracht_id)
)

select * from final
order by datum, bestand, regel
