-- grain: one row per loaded geldinbreng, with the gemiddeld tarief valid on its datum
-- Money in cents (DECIMAL(18,2)); its hours exact (bedrag / tarief), rounded only at the interface.
create or replace view intern.fct_geldinbreng as
with

inbreng as (
    select * from main.geldinbreng
),

tarief as (
    select * from intern.stg_tarief_gemiddeld
),

final as (
    select
        i.gemeente,
        i.datum,
        i.bedrag_eur::decimal(18, 2) as bedrag_eur,
        t.uurtarief_eur,
        t.geldig_vanaf as tarief_geldig_vanaf,
        i.bedrag_eur::decimal(18, 2) / t.uurtarief_eur as uren,
        i.omschrijving,
        i.bestand,
        i.regel
    from inbreng as i
    asof left join tarief as t on i.datum >= t.geldig_vanaf
)

select * from final
