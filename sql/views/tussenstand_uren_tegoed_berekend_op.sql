-- grain: one row per opdracht with hours registered by peildatum × gemeente (all gemeenten)
create or replace macro tussenstand_uren_tegoed_berekend_op(peildatum) as table
with

effect as (
    select opdracht_id, gemeente, sum(saldo_uren) as saldo_uren
    from intern.fct_uren_effect
    where datum between intern.boekjaar_van(peildatum) and peildatum
    group by opdracht_id, gemeente
),

realisatie as (
    select opdracht_id, sum(uren) as gerealiseerde_uren
    from intern.fct_uren_dag
    where datum between intern.boekjaar_van(peildatum) and peildatum
    group by opdracht_id
),

opdracht as (
    select opdracht_id, titel, soort_opdracht from intern.stg_opdrachten
),

final as (
    select
        r.opdracht_id,
        o.titel,
        o.soort_opdracht,
        intern.afgerond_uren(r.gerealiseerde_uren) as gerealiseerde_uren,
        g.code as gemeente,
        intern.afgerond_uren(coalesce(e.saldo_uren, 0)) as saldo_uren
    from realisatie as r
    inner join opdracht as o on o.opdracht_id = r.opdracht_id
    cross join intern.stg_gemeenten as g
    left join effect as e on e.opdracht_id = r.opdracht_id and e.gemeente = g.code
)

select * from final
order by opdracht_id, gemeente
