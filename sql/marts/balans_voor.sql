-- grain: one row per peildatum in `peildata` × gemeente (all, also when zero): the hour
-- balance of the boekjaar of that peildatum, from 1 January up to and including it
-- The one computation behind urenbalans_op, verrekening_op and the settlement of every
-- boekjaar (a list of dates, so `verrekening` settles all years in one query).
create or replace macro intern.balans_voor(peildata) as table
with

peil as (
    select distinct unnest(peildata)::date as peildatum
),

gemeente as (
    select code, naam from intern.stg_gemeenten
),

tarief as (
    select
        p.peildatum,
        max_by(t.uurtarief_eur, t.geldig_vanaf) as uurtarief_eur,
        max(t.geldig_vanaf) as tarief_geldig_vanaf
    from peil as p
    left join intern.stg_tarief_gemiddeld as t on t.geldig_vanaf <= p.peildatum
    group by p.peildatum
),

mutatie as (
    select
        p.peildatum,
        d.gemeente,
        sum(d.gebracht_uren) as gebracht_uren,
        sum(d.gehaald_uren) as gehaald_uren,
        sum(d.geldinbreng_uren) as geldinbreng_uren,
        sum(d.saldo_uren) as saldo_uren,
        sum(d.geldinbreng_eur) as geldinbreng_eur
    from peil as p
    inner join intern.fct_saldo_dag as d
        on d.datum between make_date(year(p.peildatum), 1, 1) and p.peildatum
    group by p.peildatum, d.gemeente
),

-- hours as the interface shows them (6 decimals); money from those hours, in cents
afgerond as (
    select
        p.peildatum,
        g.code as gemeente,
        g.naam,
        intern.afgerond_uren(coalesce(m.gebracht_uren, 0)) as gebracht_uren,
        intern.afgerond_uren(coalesce(m.gehaald_uren, 0)) as gehaald_uren,
        intern.afgerond_uren(coalesce(m.geldinbreng_uren, 0)) as geldinbreng_uren,
        intern.afgerond_uren(coalesce(m.saldo_uren, 0)) as saldo_uren,
        coalesce(m.geldinbreng_eur, 0)::decimal(18, 2) as geldinbreng_eur
    from peil as p
    cross join gemeente as g
    left join mutatie as m on m.peildatum = p.peildatum and m.gemeente = g.code
),

final as (
    select
        year(u.peildatum) as boekjaar,
        u.*,
        -- the saldo in euros at the gemiddeld tarief valid on peildatum, as verrekening
        -- pays it: 6-decimal hours × tarief, rounded to cents (halves away from zero)
        round(u.saldo_uren::decimal(38, 6) * t.uurtarief_eur, 2)::decimal(18, 2) as saldo_eur,
        t.uurtarief_eur
    from afgerond as u
    inner join tarief as t on t.peildatum = u.peildatum
)

select * from final
order by peildatum, gemeente
