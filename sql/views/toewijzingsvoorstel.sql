-- grain: one row per open opdracht without opdrachtnemer: the proposed medewerker (or none)
-- The search that makes the spread of the prognose saldi smallest runs at build time
-- (warehouse.voorstel, stored in voorstel_toewijzing); see docs/sql-interface.md.
create or replace view toewijzingsvoorstel as
with

voorstel as (
    select * from voorstel_toewijzing
),

medewerker as (
    select medewerker_id, naam, gemeente from medewerkers
),

opdracht as (
    select opdracht_id, titel, aanvrager, resterende_uren from intern.dim_opdracht
),

final as (
    select
        v.opdracht_id,
        v.medewerker_id,
        m.gemeente,
        v.reden,
        o.titel,
        o.aanvrager,
        round(o.resterende_uren, 6) as resterende_uren,
        m.naam,
        v.kandidaat_rang
    from voorstel as v
    inner join opdracht as o on o.opdracht_id = v.opdracht_id
    left join medewerker as m on m.medewerker_id = v.medewerker_id
)

select * from final
order by opdracht_id
