-- grain: one row per gemeente: the hour balance counting data with datum <= peildatum
create or replace macro urenbalans_op(peildatum) as table
with

gemeente as (
    select code, naam from intern.stg_gemeenten
),

tarief as (
    select uurtarief_eur from intern.stg_tarief_gemiddeld_op(peildatum)
),

mutatie as (
    select
        gemeente,
        sum(gebracht_uren) as gebracht_uren,
        sum(gehaald_uren) as gehaald_uren,
        sum(geldinbreng_uren) as geldinbreng_uren,
        sum(saldo_uren) as saldo_uren,
        sum(geldinbreng_eur) as geldinbreng_eur
    from intern.fct_saldo_dag
    where datum <= peildatum
    group by gemeente
),

-- hours as the interface shows them (6 decimals); money from those hours, in cents
uren as (
    select
        g.code as gemeente,
        g.naam,
        intern.afgerond_uren(coalesce(m.gebracht_uren, 0)) as gebracht_uren,
        intern.afgerond_uren(coalesce(m.gehaald_uren, 0)) as gehaald_uren,
        intern.afgerond_uren(coalesce(m.geldinbreng_uren, 0)) as geldinbreng_uren,
        intern.afgerond_uren(coalesce(m.saldo_uren, 0)) as saldo_uren,
        coalesce(m.geldinbreng_eur, 0)::decimal(18, 2) as geldinbreng_eur
    from gemeente as g
    left join mutatie as m on m.gemeente = g.code
),

final as (
    select
        u.*,
        -- the saldo in euros at the gemiddeld tarief valid on peildatum, as verrekening
        -- pays it: 6-decimal hours × tarief, rounded to cents (halves away from zero)
        round(u.saldo_uren::decimal(38, 6) * t.uurtarief_eur, 2)::decimal(18, 2) as saldo_eur
    from uren as u
    cross join tarief as t
)

select * from final
order by gemeente
