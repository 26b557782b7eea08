-- grain: one row in all: hours brought for another gemeente and the employees who brought them,
-- from 1 January of the boekjaar of peildatum up to and including peildatum (null = the current boekjaar)
-- Per opdracht, a gemeente brings hours for another as far as it brought more than it took itself:
-- greatest(gebracht − gehaald, 0) per opdracht × gemeente (the hour bank's effects as they count).
-- Shared work each gemeente does its own share of is no exchange; summed over the gemeenten this is
-- what the others took. An employee worked for another gemeente when they registered hours on an
-- opdracht where their gemeente brought hours for another (W9, mobility).
create or replace macro uitwisseling_op(peildatum) as table
with

periode as (
    select intern.boekjaar_van(peildatum) as van, intern.boekjaar_tot(peildatum) as tot
),

per_opdracht as (
    select e.opdracht_id, e.gemeente, greatest(sum(e.saldo_uren), 0) as uren
    from intern.fct_uren_effect as e
    inner join periode as p on e.datum between p.van and p.tot
    group by e.opdracht_id, e.gemeente
),

medewerker as (
    select distinct r.medewerker_id
    from intern.stg_uren as r
    inner join periode as p on r.datum between p.van and p.tot
    inner join per_opdracht as o
        on o.opdracht_id = r.opdracht_id and o.gemeente = r.gemeente and o.uren > 1e-9
),

final as (
    select
        year(p.tot) as boekjaar,
        intern.afgerond_uren((select coalesce(sum(uren), 0) from per_opdracht)) as uitgewisselde_uren,
        (select count(*) from medewerker) as medewerkers_uitgewisseld
    from periode as p
)

select * from final
