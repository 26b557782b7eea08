-- grain: one row per winstpunt W1–W9 (all nine): scores and share of afgerond accepted
create or replace view kwaliteit_per_winstpunt as
with

kpi as (
    select * from kpi_winstpunt
),

final as (
    select
        winstpunt,
        omschrijving,
        aantal_opdrachten,
        aantal_evaluaties,
        gemiddelde_score as gemiddelde_score_product,
        gemiddelde_score_proces,
        aantal_afgerond,
        aantal_akkoord,
        aantal_akkoord / nullif(aantal_afgerond, 0) as aandeel_akkoord
    from kpi
)

select * from final
order by winstpunt
