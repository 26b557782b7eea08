-- grain: one row per medewerker × opdracht × month with registered hours (person-level data)
create or replace view medewerker_uren_per_maand as
with

registratie as (
    select * from intern.stg_uren
),

final as (
    select
        r.medewerker_id,
        r.opdracht_id,
        o.titel,
        year(r.datum) as jaar,
        month(r.datum) as maand,
        intern.afgerond_uren(sum(r.uren)) as uren
    from registratie as r
    inner join main.opdrachten as o on o.opdracht_id = r.opdracht_id
    group by r.medewerker_id, r.opdracht_id, o.titel, year(r.datum), month(r.datum)
)

select * from final
order by medewerker_id, jaar, maand, opdracht_id
