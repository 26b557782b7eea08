-- grain: one row per winstpunt W1–W9 (all nine): hours saved by merging, as of peildatum
create or replace macro efficiency_per_winstpunt_berekend_op(peildatum) as table
with

besparing as (
    select unnest(winstpunten) as winstpunt, bespaarde_uren
    from efficiency_op(peildatum)
),

per_winstpunt as (
    select winstpunt, count(*) as aantal_samenvoegingen, sum(bespaarde_uren) as bespaarde_uren
    from besparing
    group by winstpunt
),

final as (
    select
        w.winstpunt,
        w.omschrijving,
        coalesce(p.aantal_samenvoegingen, 0) as aantal_samenvoegingen,
        intern.afgerond_uren(coalesce(p.bespaarde_uren, 0)) as bespaarde_uren
    from winstpunten as w
    left join per_winstpunt as p on p.winstpunt = w.winstpunt
)

select * from final
order by winstpunt
