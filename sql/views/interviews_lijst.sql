-- grain: one row per loaded interview: its outcome, and whether the platform drew its opdracht
create or replace view interviews_lijst as
with

interview as (
    select * from main.interviews
),

opdracht as (
    select opdracht_id, titel, aanvrager, soort_opdracht from intern.stg_opdrachten
),

steekproef as (
    select opdracht_id, jaar, kwartaal from interviewsteekproef
),

final as (
    select
        i.datum,
        year(i.datum) as jaar,
        quarter(i.datum) as kwartaal,
        i.opdracht_id,
        o.titel,
        o.aanvrager,
        o.soort_opdracht,
        i.rol,
        i.oordeel,
        i.uitkomst,
        s.opdracht_id is not null as in_steekproef,
        i.bestand || ' regel ' || i.regel as bron
    from interview as i
    inner join opdracht as o on o.opdracht_id = i.opdracht_id
    left join steekproef as s on s.opdracht_id = i.opdracht_id
)

select * from final
order by datum, opdracht_id, rol
