-- grain: one row per opdracht × bringing gemeente × datum (registrations summed)
-- A table, not a view: the warehouse is rebuilt by every run, and summing registrations
-- once at build time (exact: shares are linear) keeps every view fast on millions of rows.
create or replace table intern.fct_uren_dag as
with

registratie as (
    select * from intern.stg_uren
),

final as (
    select
        opdracht_id,
        gemeente,
        datum,
        sum(uren) as uren,
        count(*) as aantal_registraties
    from registratie
    group by opdracht_id, gemeente, datum
)

select * from final
order by datum, opdracht_id, gemeente
