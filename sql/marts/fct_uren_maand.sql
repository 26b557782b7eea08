-- grain: one row per medewerker × opdracht × month with registered hours (person-level data)
-- A table (built once per run), stored in the view's order: medewerker_uren_per_maand reads
-- it and adds the titel. Summing a million registrations into half a million person-months
-- and sorting them on every read took about 0,2 s; here it costs the build about 0,37 s of
-- one core at a million registrations, and sorting rows that are already in order costs the
-- view a quarter of what sorting them afresh did. Grouping without the titel (joined by the
-- view to the 36 opdrachten instead of to a million registrations) and reading the loaded
-- hours with only a semi join to medewerkers (the gemeente is not needed; medewerker_id is
-- unique there) took the build from 0,55 to 0,37 CPU s (docs/benchmarks.md). Without that
-- join, as intern.fct_uren_week reads them: the ETL loads an hour registration only when
-- its medewerker is loaded (etl.validate), so the join kept every row and cost ~0,03 s.
create or replace table intern.fct_uren_maand as
with

registratie as (
    select r.medewerker_id, r.opdracht_id, r.datum, r.uren
    from main.uren as r
),

final as (
    select
        medewerker_id,
        opdracht_id,
        year(datum) as jaar,
        month(datum) as maand,
        intern.afgerond_uren(sum(uren)) as uren
    from registratie
    group by medewerker_id, opdracht_id, year(datum), month(datum)
)

select * from final
order by medewerker_id, jaar, maand, opdracht_id
