-- grain: one row per loaded evaluatie of an opdracht that has an opdrachtnemer (person-level data)
-- The evaluations of a person's work: the dashboard shows a medewerker only their own.
create or replace view evaluaties_per_opdrachtnemer as
select
    w.opdrachtnemer as medewerker_id,
    e.opdracht_id,
    w.titel,
    e.rol,
    e.score_product,
    e.score_proces,
    e.datum,
    e.toelichting
from main.evaluaties as e
inner join werkvoorraad as w on w.opdracht_id = e.opdracht_id
where w.opdrachtnemer is not null
order by e.opdracht_id, e.datum, e.rol
