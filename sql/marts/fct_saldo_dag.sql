-- grain: one row per gemeente × datum with hours or money: the day's saldo mutation as it
-- counts (a vastgesteld period as vastgesteld, corrections on their booking day)
-- A table (built once per run) so that views and as-of macros only read small facts.
create or replace table intern.fct_saldo_dag as
select
    gemeente,
    datum,
    sum(gebracht_uren) as gebracht_uren,
    sum(gehaald_uren) as gehaald_uren,
    sum(geldinbreng_uren) as geldinbreng_uren,
    sum(geldinbreng_eur)::decimal(18, 2) as geldinbreng_eur,
    sum(gebracht_uren) - sum(gehaald_uren) + sum(geldinbreng_uren) as saldo_uren
from intern.fct_effect
group by gemeente, datum
order by datum, gemeente
