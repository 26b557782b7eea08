-- grain: one row per medewerker × opdracht × month with registered hours (person-level data)
-- A table (built once per run), stored in the view's order: medewerker_uren_per_maand reads
-- it. Summing a million registrations into half a million person-months and sorting them
-- on every read took about 0,2 s; here it costs the build about half a second of one core
-- at a million registrations (the sum and the sort about equally), and sorting rows that
-- are already in order costs the view a quarter of what sorting them afresh did.
create or replace table intern.fct_uren_maand as
with

registratie as (
    select * from intern.stg_uren
),

final as (
    select
        r.medewerker_id,
        r.opdracht_id,
        o.titel,
        year(r.datum) as jaar,
        month(r.datum) as maand,
        intern.afgerond_uren(sum(r.uren)) as uren
    from registratie as r
    inner join main.opdrachten as o on o.opdracht_id = r.opdracht_id
    group by r.medewerker_id, r.opdracht_id, o.titel, year(r.datum), month(r.datum)
)

select * from final
order by medewerker_id, jaar, maand, opdracht_id
