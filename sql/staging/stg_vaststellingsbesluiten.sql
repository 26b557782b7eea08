-- grain: one row per loaded vaststellingsbesluit, with its period's first and last day and
-- the besluit that followed it for the same period (a withdrawal, or a new vaststelling)
create or replace view intern.stg_vaststellingsbesluiten as
with

besluit as (
    select
        *,
        left(periode, 4)::integer as jaar,
        case substr(periode, 6, 1) when 'K' then 3 when 'H' then 6 else 12 end as maanden,
        coalesce(try_cast(substr(periode, 7, 1) as integer), 1) as nummer,
        lead(tijdstip) over per_periode as volgende_op,
        lead(door) over per_periode as volgende_door,
        lead(reden) over per_periode as volgende_reden
    from main.vaststellingsbesluiten
    window per_periode as (partition by periode order by tijdstip, regel)
),

final as (
    select
        periode,
        actie,
        jaar,
        make_date(jaar, maanden * (nummer - 1) + 1, 1) as van,
        (make_date(jaar, maanden * (nummer - 1) + 1, 1) + to_months(maanden) - interval 1 day)::date
            as tot,
        tijdstip,
        door,
        map,
        grondslag,
        reden,
        volgende_op,
        volgende_door,
        volgende_reden
    from besluit
)

select * from final
