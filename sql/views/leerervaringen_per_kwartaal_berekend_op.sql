-- grain: one row per quarter with leerervaringen dated in the boekjaar of peildatum up to it × soort
create or replace macro leerervaringen_per_kwartaal_berekend_op(peildatum) as table
with

ervaring as (
    select year(datum) as jaar, quarter(datum) as kwartaal, soort
    from leerervaringen
    where datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
),

soort as (
    select *
    from (values ('dilemma'), ('vraagpunt'), ('conflict'), ('doorzettingsmacht')) as s (soort)
),

raster as (
    select k.jaar, k.kwartaal, s.soort
    from (select distinct jaar, kwartaal from ervaring) as k
    cross join soort as s
),

telling as (
    select jaar, kwartaal, soort, count(*) as aantal
    from ervaring
    group by all
),

final as (
    select r.jaar, r.kwartaal, r.soort, coalesce(t.aantal, 0) as aantal
    from raster as r
    left join telling as t using (jaar, kwartaal, soort)
)

select * from final
order by jaar, kwartaal, soort
