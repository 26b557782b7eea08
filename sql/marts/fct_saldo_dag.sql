-- grain: one row per gemeente × datum with hours or money: the day's saldo mutation
-- A table (built once per run) so that views and as-of macros only read small facts.
create or replace table intern.fct_saldo_dag as
with

effect as (
    select gemeente, datum, gebracht_uren, gehaald_uren,
        0::double as geldinbreng_uren, 0::decimal(18, 2) as geldinbreng_eur
    from intern.fct_uren_effect
),

inbreng as (
    select gemeente, datum, 0::double, 0::double, coalesce(uren, 0), bedrag_eur
    from intern.fct_geldinbreng
),

final as (
    select
        gemeente,
        datum,
        sum(gebracht_uren) as gebracht_uren,
        sum(gehaald_uren) as gehaald_uren,
        sum(geldinbreng_uren) as geldinbreng_uren,
        sum(geldinbreng_eur)::decimal(18, 2) as geldinbreng_eur,
        sum(gebracht_uren) - sum(gehaald_uren) + sum(geldinbreng_uren) as saldo_uren
    from (select * from effect union all select * from inbreng)
    group by gemeente, datum
)

select * from final
order by datum, gemeente
