-- grain: one row per winstpunt W1–W9 (all nine, also when zero); geannuleerd excluded
create or replace view kpi_winstpunt as
with

winstpunt as (
    select * from winstpunten
),

opdracht as (
    select b.winstpunt, o.*
    from brg_opdracht_winstpunt as b
    inner join dim_opdracht as o on o.opdracht_id = b.opdracht_id
    where not o.is_geannuleerd
),

per_winstpunt as (
    select
        winstpunt,
        count(*) as aantal_opdrachten,
        count(*) filter (where status = 'afgerond') as aantal_afgerond,
        count(*) filter (where status = 'afgerond' and akkoord_opdrachtgever)
            as aantal_akkoord,
        sum(begrote_uren) as begrote_uren,
        sum(gerealiseerde_uren) as gerealiseerde_uren
    from opdracht
    group by winstpunt
),

score as (
    select o.winstpunt, count(*) as aantal_evaluaties, avg(e.score_product) as gemiddelde_score
    from opdracht as o
    inner join evaluaties as e on e.opdracht_id = o.opdracht_id
    group by o.winstpunt
),

final as (
    select
        w.winstpunt,
        w.omschrijving,
        w.inhoudelijk,
        w.financieel,
        w.kwaliteit,
        coalesce(p.aantal_opdrachten, 0) as aantal_opdrachten,
        coalesce(p.aantal_afgerond, 0) as aantal_afgerond,
        coalesce(p.aantal_akkoord, 0) as aantal_akkoord,
        coalesce(p.begrote_uren, 0) as begrote_uren,
        coalesce(p.gerealiseerde_uren, 0) as gerealiseerde_uren,
        coalesce(s.aantal_evaluaties, 0) as aantal_evaluaties,
        s.gemiddelde_score
    from winstpunt as w
    left join per_winstpunt as p on p.winstpunt = w.winstpunt
    left join score as s on s.winstpunt = w.winstpunt
)

select * from final
order by winstpunt
