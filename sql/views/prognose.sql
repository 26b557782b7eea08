-- grain: one row per gemeente: expected saldo at year end if open opdrachten use their budget
create or replace view prognose as
with

balans as (
    select gemeente, naam, saldo_uren from urenbalans
),

open_opdracht as (
    select opdracht_id, opdrachtnemer_gemeente, resterende_uren
    from intern.dim_opdracht
    where is_open and resterende_uren > 0
),

-- work without opdrachtnemer is brought by nobody yet, so it stays out of the prognose
gebracht as (
    select opdrachtnemer_gemeente as gemeente, sum(resterende_uren) as uren
    from open_opdracht
    where opdrachtnemer_gemeente is not null
    group by opdrachtnemer_gemeente
),

gehaald as (
    select
        a.gemeente,
        sum(o.resterende_uren * a.aandeel) filter (
            where o.opdrachtnemer_gemeente is not null
        ) as uren,
        sum(o.resterende_uren * a.aandeel) filter (
            where o.opdrachtnemer_gemeente is null
        ) as uren_zonder_opdrachtnemer
    from open_opdracht as o
    inner join intern.stg_aandelen as a on a.opdracht_id = o.opdracht_id
    group by a.gemeente
),

final as (
    select
        b.gemeente,
        b.naam,
        b.saldo_uren,
        intern.afgerond_uren(coalesce(br.uren, 0)) as resterende_uren_gebracht,
        intern.afgerond_uren(coalesce(h.uren, 0)) as resterende_uren_gehaald,
        intern.afgerond_uren(b.saldo_uren + coalesce(br.uren, 0) - coalesce(h.uren, 0))
            as prognose_saldo_uren,
        intern.afgerond_uren(coalesce(h.uren_zonder_opdrachtnemer, 0))
            as resterende_uren_zonder_opdrachtnemer
    from balans as b
    left join gebracht as br on br.gemeente = b.gemeente
    left join gehaald as h on h.gemeente = b.gemeente
)

select * from final
order by gemeente
