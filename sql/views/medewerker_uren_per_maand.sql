-- grain: one row per medewerker × opdracht × month with registered hours (person-level data)
-- Summed once per run (intern.fct_uren_maand): the sum does not change until the next run.
-- The titel is joined here, to the summed rows (an opdracht without a loaded row in
-- opdrachten drops out, as the registrations' join did before the sum).
create or replace view medewerker_uren_per_maand as
select
    f.medewerker_id,
    f.opdracht_id,
    o.titel,
    f.jaar,
    f.maand,
    f.uren
from intern.fct_uren_maand as f
inner join main.opdrachten as o on o.opdracht_id = f.opdracht_id
order by f.medewerker_id, f.jaar, f.maand, f.opdracht_id
