-- grain: one row per winstpunt W1–W9 (all nine): scores and share of afgerond accepted
create or replace view kwaliteit_per_winstpunt as
with

opdracht as (
    select b.winstpunt, o.opdracht_id, o.status, o.akkoord_opdrachtgever
    from brg_opdracht_winstpunt as b
    inner join dim_opdracht as o on o.opdracht_id = b.opdracht_id
    where not o.is_geannuleerd
),

telling as (
    select
        winstpunt,
        count(*) as aantal_opdrachten,
        count(*) filter (where status = 'afgerond') as aantal_afgerond,
        count(*) filter (where status = 'afgerond' and akkoord_opdrachtgever) as aantal_akkoord
    from opdracht
    group by winstpunt
),

score as (
    select
        o.winstpunt,
        count(*) as aantal_evaluaties,
        avg(e.score_product) as gemiddelde_score_product,
        avg(e.score_proces) as gemiddelde_score_proces
    from opdracht as o
    inner join fct_evaluatie as e on e.opdracht_id = o.opdracht_id
    group by o.winstpunt
),

final as (
    select
        w.winstpunt,
        w.omschrijving,
        coalesce(t.aantal_opdrachten, 0) as aantal_opdrachten,
        coalesce(s.aantal_evaluaties, 0) as aantal_evaluaties,
        s.gemiddelde_score_product,
        s.gemiddelde_score_proces,
        coalesce(t.aantal_afgerond, 0) as aantal_afgerond,
        coalesce(t.aantal_akkoord, 0) as aantal_akkoord,
        t.aantal_akkoord / nullif(t.aantal_afgerond, 0) as aandeel_akkoord
    from winstpunten as w
    left join telling as t on t.winstpunt = w.winstpunt
    left join score as s on s.winstpunt = w.winstpunt
)

select * from final
order by winstpunt
