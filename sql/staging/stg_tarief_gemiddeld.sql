-- grain: one row per geldig_vanaf of the gemiddeld tarief (a repeated date: the last row wins)
-- A tarief is money: DECIMAL(18,2), rounded to cents (halves away from zero) on the way in.
-- A table (built once per run): bound inside every balance and prognose as a view.
create or replace table intern.stg_tarief_gemiddeld as
with

source as (
    select * from main.tarieven where schaal = 'gemiddeld'
),

final as (
    select geldig_vanaf, uurtarief_eur::decimal(18, 2) as uurtarief_eur
    from source
    qualify row_number() over (partition by geldig_vanaf order by bestand desc, regel desc) = 1
)

select * from final
