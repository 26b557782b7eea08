-- grain: one row per gemeente (all): realised and potential saving as of peildatum
-- Only savings with a stated basis are added in (see besparing_per_winstpunt_op); a saving
-- without a gemeente of its own is shared by the aandelen of its opdracht.
create or replace macro besparing_per_gemeente_op(peildatum) as table
with

besparing as (
    select * from besparingen_op(peildatum)
),

per_gemeente as (
    select
        gemeente,
        sum(uren) filter (where onderbouwd and status = 'gerealiseerd') as gerealiseerd_uren,
        sum(bedrag_eur) filter (where onderbouwd and status = 'gerealiseerd') as gerealiseerd_eur,
        sum(uren) filter (where onderbouwd and status = 'potentieel') as potentieel_uren,
        sum(bedrag_eur) filter (where onderbouwd and status = 'potentieel') as potentieel_eur,
        count(distinct soort || besparing) filter (where not onderbouwd) as zonder_onderbouwing
    from besparing
    group by gemeente
),

final as (
    select
        g.code as gemeente,
        g.naam,
        intern.afgerond_uren(coalesce(p.gerealiseerd_uren, 0)) as gerealiseerd_uren,
        round(coalesce(p.gerealiseerd_eur, 0), 2) as gerealiseerd_eur,
        intern.afgerond_uren(coalesce(p.potentieel_uren, 0)) as potentieel_uren,
        round(coalesce(p.potentieel_eur, 0), 2) as potentieel_eur,
        coalesce(p.zonder_onderbouwing, 0) as zonder_onderbouwing
    from gemeenten as g
    left join per_gemeente as p on p.gemeente = g.code
)

select * from final
order by gemeente
