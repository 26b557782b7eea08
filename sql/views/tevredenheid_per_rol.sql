-- grain: one row per jaar × rol of the mechanism with a loaded satisfaction measure
create or replace view tevredenheid_per_rol as
with

meting as (
    select * from main.tevredenheid
),

final as (
    select
        jaar,
        rol,
        respondenten,
        gemiddelde,
        nullif(trim(toelichting), '') as toelichting,
        bestand || ' regel ' || regel as bron
    from meting
)

select * from final
order by jaar, list_position(
    ['opdrachtnemer', 'ambtelijk_opdrachtgever', 'bestuurlijk_opdrachtgever', 'mt'], rol
)
