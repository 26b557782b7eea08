-- grain: one row per dimensie (totaal, soort_opdracht, fase, aanvrager) × waarde × status
create or replace view werkvoorraad_samenvatting as
with

opdracht as (
    select
        status,
        soort_opdracht,
        coalesce(fase, 'onbekend') as fase,
        aanvrager,
        begrote_uren,
        gerealiseerde_uren,
        resterende_uren,
        zonder_opdrachtnemer
    from intern.dim_opdracht
),

lang as (
    select 'totaal' as dimensie, 'totaal' as waarde, * from opdracht
    union all
    select 'soort_opdracht', soort_opdracht, * from opdracht
    union all
    select 'fase', fase, * from opdracht
    union all
    select 'aanvrager', aanvrager, * from opdracht
),

final as (
    select
        dimensie,
        waarde,
        status,
        count(*) as aantal,
        intern.afgerond_uren(sum(begrote_uren)) as begrote_uren,
        intern.afgerond_uren(sum(gerealiseerde_uren)) as gerealiseerde_uren,
        intern.afgerond_uren(sum(resterende_uren)) as resterende_uren,
        count(*) filter (where zonder_opdrachtnemer) as aantal_zonder_opdrachtnemer
    from lang
    group by dimensie, waarde, status
)

select * from final
order by dimensie, waarde, status
