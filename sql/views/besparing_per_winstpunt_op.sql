-- grain: one row per winstpunt W1–W9 (all nine): realised and potential saving as of peildatum
-- Only savings with a stated basis (onderbouwd) are added in; those without are counted in
-- zonder_onderbouwing and left out of every total. A saving counts at every winstpunt of
-- its opdracht (a winstpunt's total is that of its opdrachten).
create or replace macro besparing_per_winstpunt_op(peildatum) as table
with

besparing as (
    select unnest(winstpunten) as winstpunt, *
    from besparingen_op(peildatum)
),

per_winstpunt as (
    select
        winstpunt,
        count(distinct soort || besparing) filter (where onderbouwd) as aantal_besparingen,
        sum(uren) filter (where onderbouwd and status = 'gerealiseerd') as gerealiseerd_uren,
        sum(bedrag_eur) filter (where onderbouwd and status = 'gerealiseerd') as gerealiseerd_eur,
        sum(uren) filter (where onderbouwd and status = 'potentieel') as potentieel_uren,
        sum(bedrag_eur) filter (where onderbouwd and status = 'potentieel') as potentieel_eur,
        count(distinct soort || besparing) filter (where not onderbouwd) as zonder_onderbouwing
    from besparing
    group by winstpunt
),

final as (
    select
        w.winstpunt,
        w.omschrijving,
        coalesce(p.aantal_besparingen, 0) as aantal_besparingen,
        intern.afgerond_uren(coalesce(p.gerealiseerd_uren, 0)) as gerealiseerd_uren,
        round(coalesce(p.gerealiseerd_eur, 0), 2) as gerealiseerd_eur,
        intern.afgerond_uren(coalesce(p.potentieel_uren, 0)) as potentieel_uren,
        round(coalesce(p.potentieel_eur, 0), 2) as potentieel_eur,
        coalesce(p.zonder_onderbouwing, 0) as zonder_onderbouwing
    from winstpunten as w
    left join per_winstpunt as p on p.winstpunt = w.winstpunt
)

select * from final
order by winstpunt
