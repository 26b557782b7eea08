-- grain: one row per opdracht × period in which its status (and opdrachtnemer) held
-- geldig_van null: since always (an export's own row); geldig_tot null: still valid.
-- door/toelichting/actie: who made the change, why, and which platform action it was;
-- the columns after `regel`: what a step of the opdracht's life set (etl/levensloop.py).
create or replace view statushistorie as
with

stap as (
    select * from intern.stg_statushistorie
),

final as (
    select
        opdracht_id,
        volgnummer,
        status,
        opdrachtnemer,
        geldig_van,
        geldig_tot,
        door,
        toelichting,
        actie,
        bestand,
        regel,
        stap,
        startdatum,
        einddatum,
        begrote_uren,
        leidinggevende,
        akkoord_opdrachtgever,
        akkoord_op,
        samengevoegd_uit
    from stap
)

select * from final
order by opdracht_id, volgnummer
