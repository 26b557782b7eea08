-- grain: one row per winstpunt W1–W9 (all nine): KPIs, quality and efficiency side by side
create or replace view winstpunt_overzicht as
with

kpi as (
    select * from kpi_winstpunt
),

score as (
    select winstpunt, aandeel_akkoord from kwaliteit_per_winstpunt
),

besparing as (
    select winstpunt, aantal_samenvoegingen, bespaarde_uren from efficiency_per_winstpunt
),

final as (
    select
        k.*,
        q.aandeel_akkoord,
        e.aantal_samenvoegingen,
        e.bespaarde_uren
    from kpi as k
    inner join score as q on q.winstpunt = k.winstpunt
    inner join besparing as e on e.winstpunt = k.winstpunt
)

select * from final
order by winstpunt
