-- grain: one row per medewerker × opdracht × month with registered hours (person-level data)
-- Summed once per run (intern.fct_uren_maand): the sum does not change until the next run.
create or replace view medewerker_uren_per_maand as
select * from intern.fct_uren_maand
order by medewerker_id, jaar, maand, opdracht_id
