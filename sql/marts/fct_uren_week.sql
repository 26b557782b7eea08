-- grain: one row per medewerker × ISO week (week_start = its Monday) with registered hours
-- A table (built once per run): signalen and kandidaten read weeks per person, never the
-- registrations themselves, so both stay fast on millions of rows. It reads the loaded
-- table directly: a person's week needs no gemeente, so no join with medewerkers.
create or replace table intern.fct_uren_week as
with

registratie as (
    select medewerker_id, datum, uren from main.uren
),

final as (
    select
        medewerker_id,
        date_trunc('week', datum)::date as week_start,
        sum(uren) as uren
    from registratie
    group by all
)

select * from final
order by medewerker_id, week_start
