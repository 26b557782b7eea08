-- grain: one row per opdracht × medewerker who booked hours on it (all registrations)
-- The MT's toets shows who booked how much on an opdracht (person-level: MT only).
create or replace view uren_per_medewerker as
with

registratie as (
    select opdracht_id, medewerker_id, datum, uren from main.uren
),

medewerker as (
    select medewerker_id, naam, gemeente from main.medewerkers
),

per_medewerker as (
    select
        opdracht_id,
        medewerker_id,
        sum(uren) as uren,
        count(*) as aantal_registraties,
        min(datum) as eerste_datum,
        max(datum) as laatste_datum
    from registratie
    group by opdracht_id, medewerker_id
),

final as (
    select
        p.opdracht_id,
        p.medewerker_id,
        m.naam,
        m.gemeente,
        intern.afgerond_uren(p.uren) as uren,
        p.aantal_registraties,
        p.eerste_datum,
        p.laatste_datum
    from per_medewerker as p
    left join medewerker as m on m.medewerker_id = p.medewerker_id
)

select * from final
order by opdracht_id, uren desc, medewerker_id
