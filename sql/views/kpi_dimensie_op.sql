-- grain: one row per winst dimension (all three, also when zero) as of peildatum; null = now
create or replace macro kpi_dimensie_op(peildatum) as table
with

dimensie as (
    select * from (
        values
            (1, 'inhoudelijk'),
            (2, 'financieel'),
            (3, 'kwaliteit')
    ) as d (volgorde, dimensie)
),

-- the opdracht's own winst list (its opdrachtformulier), each dimension counted once; dated
-- as in kpi_winstpunt_op: counted once started (or without startdatum), afgerond once its
-- status is afgerond and its einddatum passed
opdracht as (
    select
        unnest(list_distinct(winst)) as dimensie,
        opdracht_id,
        status = 'afgerond' and (peildatum is null or einddatum <= peildatum) as afgerond,
        akkoord_opdrachtgever,
        begrote_uren
    from intern.dim_opdracht
    where
        not is_geannuleerd
        and (peildatum is null or startdatum is null or startdatum <= peildatum)
),

realisatie as (
    select opdracht_id, sum(uren) as uren
    from intern.fct_uren_dag
    where peildatum is null or datum <= peildatum
    group by opdracht_id
),

per_dimensie as (
    select
        o.dimensie,
        count(*) as aantal_opdrachten,
        count(*) filter (where o.afgerond) as aantal_afgerond,
        count(*) filter (where o.afgerond and o.akkoord_opdrachtgever) as aantal_akkoord,
        sum(o.begrote_uren) as begrote_uren,
        sum(coalesce(r.uren, 0)) as gerealiseerde_uren
    from opdracht as o
    left join realisatie as r on r.opdracht_id = o.opdracht_id
    group by o.dimensie
),

final as (
    select
        d.dimensie,
        coalesce(p.aantal_opdrachten, 0) as aantal_opdrachten,
        coalesce(p.aantal_afgerond, 0) as aantal_afgerond,
        coalesce(p.aantal_akkoord, 0) as aantal_akkoord,
        coalesce(p.begrote_uren, 0) as begrote_uren,
        coalesce(p.gerealiseerde_uren, 0) as gerealiseerde_uren
    from dimensie as d
    left join per_dimensie as p on p.dimensie = d.dimensie
    order by d.volgorde
)

select * from final
