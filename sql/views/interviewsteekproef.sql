-- grain: one row per kwartaal × aanvrager × soort_opdracht with an afgeronde opdracht: the one drawn
-- The platform's interview sample (issue 22, docs/kwalitatief.md): of the opdrachten that
-- were afgerond in a kwartaal (the day of their first status afgerond, else their
-- einddatum), one per aanvrager and soort_opdracht. The draw is reproducible: the opdracht
-- with the lowest md5 of its seed text followed by its opdracht_id, the seed text being
-- 'proeftuin-interview-<jaar>-K<kwartaal>-'. It changes only when an opdracht enters or
-- leaves the stratum. Geannuleerde opdrachten are never afgerond, so never drawn.
create or replace view interviewsteekproef as
with

afgerond_dag as (
    select opdracht_id, min(geldig_van)::date as dag
    from intern.stg_statushistorie
    where status = 'afgerond'
    group by opdracht_id
),

opdracht as (
    select o.opdracht_id, o.titel, o.aanvrager, o.soort_opdracht,
        coalesce(a.dag, o.einddatum) as afgerond_op
    from intern.stg_opdrachten as o
    left join afgerond_dag as a on a.opdracht_id = o.opdracht_id
    where o.status = 'afgerond'
),

kandidaat as (
    select
        *,
        year(afgerond_op) as jaar,
        quarter(afgerond_op) as kwartaal,
        'proeftuin-interview-' || year(afgerond_op) || '-K' || quarter(afgerond_op) || '-'
            as seed
    from opdracht
    where afgerond_op is not null
),

getrokken as (
    select
        *,
        row_number() over stratum as volgorde,
        count(*) over (partition by jaar, kwartaal, aanvrager, soort_opdracht) as kandidaten
    from kandidaat
    window stratum as (
        partition by jaar, kwartaal, aanvrager, soort_opdracht
        order by md5(seed || opdracht_id), opdracht_id
    )
),

final as (
    select
        t.jaar, t.kwartaal, t.aanvrager, coalesce(g.naam, 'regio') as aanvrager_naam,
        t.soort_opdracht, t.opdracht_id, t.titel, t.afgerond_op, t.kandidaten, t.seed
    from getrokken as t
    left join gemeenten as g on g.code = t.aanvrager
    where t.volgorde = 1
)

select * from final
order by jaar, kwartaal, aanvrager, soort_opdracht
