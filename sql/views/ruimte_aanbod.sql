-- grain: one row per offer of room (ruimte_id, platform/ruimte.csv), withdrawn ones included
-- Person-level data (contract section 8): the dashboard shows it to the MT and to the employee.
create or replace view ruimte_aanbod as
with

aangeboden as (
    select * from main.ruimte where actie = 'aanbieden'
),

ingetrokken as (
    select ruimte_id, min(tijdstip) as ingetrokken_op
    from main.ruimte
    where actie = 'intrekken'
    group by ruimte_id
),

final as (
    select
        a.ruimte_id,
        a.medewerker_id,
        m.naam,
        m.gemeente,
        a.van,
        a.tot,
        a.uren_per_week,
        a.soort_werk,
        a.tijdstip as aangeboden_op,
        i.ingetrokken_op
    from aangeboden as a
    inner join main.medewerkers as m on m.medewerker_id = a.medewerker_id
    left join ingetrokken as i on i.ruimte_id = a.ruimte_id
)

select * from final
order by van, medewerker_id, ruimte_id
