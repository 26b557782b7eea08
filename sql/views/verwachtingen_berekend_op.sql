-- grain: one row per verwachting dated up to peildatum: held against its maatstaf in the boekjaar
-- What a portefeuillehouder said would make the proeftuin a success, beside what was
-- measured in the boekjaar of peildatum (docs/kwalitatief.md): afgeronde_opdrachten (of
-- the gemeente as aanvrager, afgerond on peildatum), uren_gebracht (urenbalans_op),
-- besparing_eur (realised and substantiated, besparing_per_gemeente_op), tevredenheid
-- (the boekjaar's satisfaction over all roles, weighted by respondenten). `gehaald`:
-- the measured value reaches the streefwaarde; null for an expectation without maatstaf.
create or replace macro verwachtingen_berekend_op(peildatum) as table
with

verwachting as (
    select * from main.verwachtingen where datum <= intern.boekjaar_tot(peildatum)
),

afgerond as (
    select o.aanvrager as gemeente, count(*) as aantal
    from intern.opdracht_stand_op(peildatum) as s
    inner join intern.stg_opdrachten as o on o.opdracht_id = s.opdracht_id
    where s.status = 'afgerond'
    group by o.aanvrager
),

balans as (
    select gemeente, gebracht_uren from urenbalans_op(peildatum)
),

besparing as (
    select gemeente, gerealiseerd_eur from besparing_per_gemeente_op(peildatum)
),

tevreden as (
    select sum(gemiddelde * respondenten) / sum(respondenten) as gemiddelde
    from main.tevredenheid
    where jaar = year(intern.boekjaar_tot(peildatum))
),

gemeten as (
    select
        v.*,
        g.naam,
        case v.maatstaf
            when 'afgeronde_opdrachten' then coalesce(a.aantal, 0)
            when 'uren_gebracht' then coalesce(b.gebracht_uren, 0)
            when 'besparing_eur' then coalesce(s.gerealiseerd_eur, 0)
            when 'tevredenheid' then (select round(gemiddelde, 1) from tevreden)
        end as gemeten
    from verwachting as v
    inner join gemeenten as g on g.code = v.gemeente
    left join afgerond as a on a.gemeente = v.gemeente
    left join balans as b on b.gemeente = v.gemeente
    left join besparing as s on s.gemeente = v.gemeente
),

final as (
    select
        datum,
        gemeente,
        naam,
        verwachting,
        maatstaf,
        streefwaarde,
        gemeten,
        gemeten >= streefwaarde as gehaald,
        bestand || ' regel ' || regel as bron
    from gemeten
)

select * from final
order by gemeente, datum, bron
