-- grain: one row per winst dimension (all three, also when zero) as of peildatum; null = now
create or replace macro kpi_dimensie_berekend_op(peildatum) as table
with

dimensie as (
    select * from (
        values
            (1, 'inhoudelijk'),
            (2, 'financieel'),
            (3, 'kwaliteit')
    ) as d (volgorde, dimensie)
),

realisatie as (
    select opdracht_id, sum(uren) as uren
    from intern.fct_uren_dag
    where datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
    group by opdracht_id
),

-- the opdracht's own winst list (its opdrachtformulier), each dimension counted once; its
-- stand on peildatum from opdracht_stand_op (geannuleerd never counts)
opdracht as (
    select
        unnest(list_distinct(o.winst)) as dimensie,
        s.status,
        o.akkoord_opdrachtgever,
        o.begrote_uren,
        coalesce(r.uren, 0) as gerealiseerde_uren
    from intern.opdracht_stand_op(peildatum) as s
    inner join intern.dim_opdracht as o on o.opdracht_id = s.opdracht_id
    left join realisatie as r on r.opdracht_id = s.opdracht_id
    where s.gestart
),

per_dimensie as (
    select
        dimensie,
        count(*) as aantal_opdrachten,
        count(*) filter (where status = 'afgerond') as aantal_afgerond,
        count(*) filter (where status = 'afgerond' and akkoord_opdrachtgever) as aantal_akkoord,
        sum(begrote_uren) as begrote_uren,
        sum(gerealiseerde_uren) as gerealiseerde_uren
    from opdracht
    group by dimensie
),

final as (
    select
        d.dimensie,
        coalesce(p.aantal_opdrachten, 0) as aantal_opdrachten,
        coalesce(p.aantal_afgerond, 0) as aantal_afgerond,
        coalesce(p.aantal_akkoord, 0) as aantal_akkoord,
        intern.afgerond_uren(coalesce(p.begrote_uren, 0)) as begrote_uren,
        intern.afgerond_uren(coalesce(p.gerealiseerde_uren, 0)) as gerealiseerde_uren
    from dimensie as d
    left join per_dimensie as p on p.dimensie = d.dimensie
    order by d.volgorde
)

select * from final
