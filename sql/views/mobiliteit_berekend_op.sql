-- grain: one row per gemeente (all): its medewerkers with hours, and how many worked elsewhere
-- W8/W9 (binding and growth, mobility): of the medewerkers of a gemeente who registered
-- hours in the boekjaar up to peildatum, those with hours on an opdracht that another
-- gemeente asked for (a regional opdracht, aanvrager REGIO, is everyone's: not counted),
-- and those hours.
create or replace macro mobiliteit_berekend_op(peildatum) as table
with

registratie as (
    select r.medewerker_id, r.gemeente, r.uren, o.aanvrager not in (r.gemeente, 'REGIO') as elders
    from intern.stg_uren as r
    inner join intern.stg_opdrachten as o on o.opdracht_id = r.opdracht_id
    where r.datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
),

per_gemeente as (
    select
        gemeente,
        count(distinct medewerker_id) as medewerkers,
        count(distinct medewerker_id) filter (where elders) as medewerkers_elders,
        sum(uren) filter (where elders) as uren_elders,
        sum(uren) as uren
    from registratie
    group by gemeente
),

final as (
    select
        g.code as gemeente,
        g.naam,
        coalesce(p.medewerkers, 0) as medewerkers,
        coalesce(p.medewerkers_elders, 0) as medewerkers_elders,
        intern.afgerond_uren(coalesce(p.uren, 0)) as uren,
        intern.afgerond_uren(coalesce(p.uren_elders, 0)) as uren_elders
    from gemeenten as g
    left join per_gemeente as p on p.gemeente = g.code
)

select * from final
order by gemeente
