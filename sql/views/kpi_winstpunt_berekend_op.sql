-- grain: one row per winstpunt W1–W9 (all nine, also when zero) as of peildatum; null = now
create or replace macro kpi_winstpunt_berekend_op(peildatum) as table
with

winstpunt as (
    select * from winstpunten
),

-- the stand of each opdracht on peildatum (opdracht_stand_op; null = now); geannuleerd
-- never counts
opdracht as (
    select
        b.winstpunt,
        o.opdracht_id,
        o.begrote_uren,
        s.status = 'afgerond' as afgerond,
        o.akkoord_opdrachtgever
    from intern.brg_opdracht_winstpunt as b
    inner join intern.opdracht_stand_op(peildatum) as s on s.opdracht_id = b.opdracht_id
    inner join intern.dim_opdracht as o on o.opdracht_id = b.opdracht_id
    where s.gestart
),

realisatie as (
    select opdracht_id, sum(uren) as uren
    from intern.fct_uren_dag
    where datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
    group by opdracht_id
),

evaluatie as (
    select opdracht_id, score_product, score_proces
    from intern.fct_evaluatie
    where peil_datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
),

per_winstpunt as (
    select
        o.winstpunt,
        count(*) as aantal_opdrachten,
        count(*) filter (where o.afgerond) as aantal_afgerond,
        count(*) filter (where o.afgerond and o.akkoord_opdrachtgever) as aantal_akkoord,
        sum(o.begrote_uren) as begrote_uren,
        sum(coalesce(r.uren, 0)) as gerealiseerde_uren
    from opdracht as o
    left join realisatie as r on r.opdracht_id = o.opdracht_id
    group by o.winstpunt
),

-- the mean over the evaluaties themselves (not a mean of per-opdracht means)
score as (
    select
        o.winstpunt,
        count(*) as aantal_evaluaties,
        avg(e.score_product) as gemiddelde_score,
        avg(e.score_proces) as gemiddelde_score_proces
    from opdracht as o
    inner join evaluatie as e on e.opdracht_id = o.opdracht_id
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
        intern.afgerond_uren(coalesce(p.begrote_uren, 0)) as begrote_uren,
        intern.afgerond_uren(coalesce(p.gerealiseerde_uren, 0)) as gerealiseerde_uren,
        coalesce(s.aantal_evaluaties, 0) as aantal_evaluaties,
        s.gemiddelde_score,
        s.gemiddelde_score_proces
    from winstpunt as w
    left join per_winstpunt as p on p.winstpunt = w.winstpunt
    left join score as s on s.winstpunt = w.winstpunt
)

select * from final
order by winstpunt
