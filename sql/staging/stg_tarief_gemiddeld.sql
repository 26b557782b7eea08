-- grain: one row per geldig_vanaf of the gemiddeld tarief (a repeated date: the last row wins)
create or replace view intern.stg_tarief_gemiddeld as
with

source as (
    select * from main.tarieven where schaal = 'gemiddeld'
),

final as (
    select geldig_vanaf, uurtarief_eur
    from source
    qualify row_number() over (partition by geldig_vanaf order by bestand desc, regel desc) = 1
)

select * from final
