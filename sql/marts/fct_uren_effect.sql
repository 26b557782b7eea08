-- grain: one row per opdracht × gemeente × datum with an effect (gebracht and/or gehaald) as
-- it counts: a vastgesteld period as vastgesteld, corrections on their booking day
-- A table (built once per run) so that views and as-of macros only read small facts.
create or replace table intern.fct_uren_effect as
select
    opdracht_id,
    gemeente,
    datum,
    sum(gebracht_uren) as gebracht_uren,
    sum(gehaald_uren) as gehaald_uren,
    sum(gebracht_uren) - sum(gehaald_uren) as saldo_uren
from intern.fct_effect
where soort = 'uren'
group by opdracht_id, gemeente, datum
order by datum, opdracht_id, gemeente
