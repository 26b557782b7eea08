-- grain: one row per medewerker × opdracht × month with registered hours (person-level data)
-- A table (built once per run), stored in the view's order: medewerker_uren_per_maand reads
-- it and adds the titel. Summing a million registrations into half a million person-months
-- and sorting them on every read took about 0,2 s; here it costs the build about 0,25 s of
-- one core at a million registrations, and sorting rows that are already in order costs the
-- view a quarter of what sorting them afresh did. Grouping without the titel (joined by the
-- view to the 36 opdrachten instead of to a million registrations) took the build from 0,55
-- to 0,37 CPU s; grouping and sorting by integers (the rank of the medewerker_id and of the
-- opdracht_id, and the month as one number) instead of by the two ids took it from 0,35 to
-- 0,25 (docs/benchmarks.md, "The build after loading"). The ranks follow the ids' own
-- order, so the rows and their order are those of grouping by the ids; the inner join with
-- the medewerkers' ranks is the semi join it was (medewerker_id is unique there), the
-- opdrachten's ranks come from the registrations themselves, so no row is dropped.
create or replace table intern.fct_uren_maand as
with

medewerker as (
    select medewerker_id, (row_number() over (order by medewerker_id))::integer as nr
    from main.medewerkers
),

opdracht as (
    select opdracht_id, (row_number() over (order by opdracht_id))::integer as nr
    from (select distinct opdracht_id from main.uren)
),

-- the month as one number (year × 12 + month), which sorts as (year, month)
per_maand as (
    select
        m.nr as medewerker_nr,
        o.nr as opdracht_nr,
        (year(r.datum) * 12 + month(r.datum))::integer as maand_nr,
        sum(r.uren) as uren
    from main.uren as r
    inner join medewerker as m on m.medewerker_id = r.medewerker_id
    inner join opdracht as o on o.opdracht_id = r.opdracht_id
    group by all
),

final as (
    select
        m.medewerker_id,
        o.opdracht_id,
        ((p.maand_nr - 1) // 12)::bigint as jaar,
        ((p.maand_nr - 1) % 12 + 1)::bigint as maand,
        intern.afgerond_uren(p.uren) as uren,
        p.medewerker_nr,
        p.maand_nr,
        p.opdracht_nr
    from per_maand as p
    inner join medewerker as m on m.nr = p.medewerker_nr
    inner join opdracht as o on o.nr = p.opdracht_nr
)

select medewerker_id, opdracht_id, jaar, maand, uren
from final
order by medewerker_nr, maand_nr, opdracht_nr
