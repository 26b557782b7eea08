-- grain: one row per opdracht × gemeente × datum with an effect of the registrations as they are now
-- (before vaststellingen: intern.fct_effect keeps a vastgesteld period as it was). A table (built
-- once per run) so that the effective facts only read small facts.
create or replace table intern.fct_uren_effect_bron as
with

dag as (
    select * from intern.fct_uren_dag
),

aandeel as (
    select opdracht_id, gemeente, aandeel from intern.stg_aandelen
),

gebracht as (
    select opdracht_id, gemeente, datum, uren as gebracht_uren, 0::double as gehaald_uren
    from dag
),

per_opdracht_dag as (
    select opdracht_id, datum, sum(uren) as uren
    from dag
    group by opdracht_id, datum
),

gehaald as (
    select p.opdracht_id, a.gemeente, p.datum, 0::double as gebracht_uren,
        p.uren * a.aandeel as gehaald_uren
    from per_opdracht_dag as p
    inner join aandeel as a on a.opdracht_id = p.opdracht_id
),

final as (
    select
        opdracht_id,
        gemeente,
        datum,
        sum(gebracht_uren) as gebracht_uren,
        sum(gehaald_uren) as gehaald_uren,
        sum(gebracht_uren) - sum(gehaald_uren) as saldo_uren
    from (select * from gebracht union all select * from gehaald)
    group by opdracht_id, gemeente, datum
)

select * from final
order by datum, opdracht_id, gemeente
