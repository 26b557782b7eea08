-- grain: one row per gemeente × period of `maanden` months (3 = quarter, 6 = half-year)
-- in which any gemeente has hours or geldinbreng; saldo_cumulatief runs from 1 January (every
-- boekjaar is its own hour bank, data contract section 10)
create or replace macro intern.saldo_per_periode(maanden) as table
with

mutatie as (
    select
        gemeente,
        year(datum) as jaar,
        (month(datum) - 1) // maanden + 1 as periode,
        sum(gebracht_uren) as gebracht_uren,
        sum(gehaald_uren) as gehaald_uren,
        sum(geldinbreng_uren) as geldinbreng_uren,
        sum(saldo_uren) as saldo_uren
    from intern.fct_saldo_dag
    group by all
),

periodes as (
    select distinct jaar, periode from mutatie
),

raster as (
    select g.code as gemeente, p.jaar, p.periode
    from intern.stg_gemeenten as g
    cross join periodes as p
),

final as (
    select
        r.gemeente,
        r.jaar,
        r.periode,
        intern.afgerond_uren(coalesce(m.gebracht_uren, 0)) as gebracht_uren,
        intern.afgerond_uren(coalesce(m.gehaald_uren, 0)) as gehaald_uren,
        intern.afgerond_uren(coalesce(m.geldinbreng_uren, 0)) as geldinbreng_uren,
        intern.afgerond_uren(coalesce(m.saldo_uren, 0)) as saldo_uren,
        -- the exact running sum, rounded once (not a sum of rounded mutations)
        intern.afgerond_uren(sum(coalesce(m.saldo_uren, 0)) over (
            partition by r.gemeente, r.jaar order by r.periode
        )) as saldo_cumulatief
    from raster as r
    left join mutatie as m using (gemeente, jaar, periode)
)

select * from final
order by gemeente, jaar, periode
