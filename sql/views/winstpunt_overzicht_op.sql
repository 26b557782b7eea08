-- grain: one row per winstpunt W1–W9 (all nine): KPIs, quality and efficiency side by side, in the boekjaar up to op_datum (null: the current boekjaar, everything)
create or replace macro winstpunt_overzicht_op(op_datum) as table
with

kpi as (
    select * from kpi_winstpunt_op(op_datum)
),

besparing as (
    select winstpunt, aantal_samenvoegingen, bespaarde_uren
    from efficiency_per_winstpunt_op(op_datum)
),

final as (
    select
        k.*,
        -- as kwaliteit_per_winstpunt computes it from kpi_winstpunt
        k.aantal_akkoord / nullif(k.aantal_afgerond, 0) as aandeel_akkoord,
        e.aantal_samenvoegingen,
        e.bespaarde_uren
    from kpi as k
    inner join besparing as e on e.winstpunt = k.winstpunt
)

select * from final
order by winstpunt
