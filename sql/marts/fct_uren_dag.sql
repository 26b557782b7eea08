-- grain: one row per opdracht × bringing gemeente × datum (registrations summed)
-- Summing before shares are applied is exact (shares are linear) and keeps every view fast.
create or replace view fct_uren_dag as
with

registratie as (
    select * from stg_uren
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
