-- grain: one row per winst dimension (inhoudelijk, financieel, kwaliteit; all three, also when zero)
create or replace view kpi_dimensie as
with

dimensie as (
    select * from (
        values
            (1, 'inhoudelijk'),
            (2, 'financieel'),
            (3, 'kwaliteit')
    ) as d (volgorde, dimensie)
),

-- the opdracht's own winst list (its opdrachtformulier), each dimension counted once
opdracht as (
    select
        unnest(list_distinct(winst)) as dimensie,
        status,
        akkoord_opdrachtgever,
        begrote_uren,
        gerealiseerde_uren
    from intern.dim_opdracht
    where not is_geannuleerd
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
        coalesce(p.begrote_uren, 0) as begrote_uren,
        coalesce(p.gerealiseerde_uren, 0) as gerealiseerde_uren
    from dimensie as d
    left join per_dimensie as p on p.dimensie = d.dimensie
    order by d.volgorde
)

select * from final
