-- grain: one row per loaded besparing of an opdracht that is not geannuleerd
-- `onderbouwd`: the row states the basis of its estimate (grondslag); one without it is
-- shown as such by the views and never added into a total.
create or replace view intern.stg_besparingen as
with

besparing as (
    select * from main.besparingen
),

opdracht as (
    select opdracht_id, titel, winstpunten, is_geannuleerd from intern.stg_opdrachten
),

final as (
    select
        b.besparing_id,
        b.soort,
        b.opdracht_id,
        o.titel,
        o.winstpunten,
        b.datum,
        b.status,
        b.uren,
        b.bedrag_eur,
        b.gemeente,
        nullif(trim(b.grondslag), '') as grondslag,
        coalesce(trim(b.grondslag), '') <> '' as onderbouwd,
        b.omschrijving,
        b.bestand || ' regel ' || b.regel as bron
    from besparing as b
    inner join opdracht as o on o.opdracht_id = b.opdracht_id
    where not o.is_geannuleerd
)

select * from final
