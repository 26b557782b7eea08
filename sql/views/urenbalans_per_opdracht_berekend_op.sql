-- grain: one row per opdracht × gemeente with a non-zero effect from hours dated <= peildatum
create or replace macro urenbalans_per_opdracht_berekend_op(peildatum) as table
with

effect as (
    select
        opdracht_id,
        gemeente,
        intern.afgerond_uren(sum(gebracht_uren)) as gebracht_uren,
        intern.afgerond_uren(sum(gehaald_uren)) as gehaald_uren,
        intern.afgerond_uren(sum(gebracht_uren) - sum(gehaald_uren)) as saldo_uren
    from intern.fct_uren_effect
    where datum between intern.boekjaar_van(peildatum) and peildatum
    group by opdracht_id, gemeente
),

opdracht as (
    select opdracht_id, titel, soort_opdracht from intern.stg_opdrachten
),

-- an effect that rounds to zero at 6 decimals is no effect
final as (
    select
        e.opdracht_id,
        o.titel,
        o.soort_opdracht,
        e.gemeente,
        e.gebracht_uren,
        e.gehaald_uren,
        e.saldo_uren
    from effect as e
    inner join opdracht as o on o.opdracht_id = e.opdracht_id
    where e.gebracht_uren <> 0 or e.gehaald_uren <> 0
)

select * from final
order by opdracht_id, gemeente
