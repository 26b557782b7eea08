-- grain: one row per non-cancelled opdracht that merges others (samengevoegd_uit not empty)
create or replace view efficiency as
with

opdracht as (
    select * from intern.dim_opdracht
),

samenvoeging as (
    select opdracht_id, unnest(samengevoegd_uit) as samengevoegd_id
    from opdracht
    where not is_geannuleerd
),

samengevoegd as (
    select
        s.opdracht_id,
        count(*) as aantal_samengevoegd,
        sum(coalesce(m.begrote_uren, 0)) as begrote_uren_samengevoegd
    from samenvoeging as s
    left join opdracht as m on m.opdracht_id = s.samengevoegd_id
    group by s.opdracht_id
),

final as (
    select
        o.opdracht_id,
        o.titel,
        o.status,
        o.winstpunten,
        o.samengevoegd_uit,
        s.aantal_samengevoegd,
        o.begrote_uren,
        s.begrote_uren_samengevoegd,
        s.begrote_uren_samengevoegd - o.begrote_uren as bespaarde_uren
    from samengevoegd as s
    inner join opdracht as o on o.opdracht_id = s.opdracht_id
)

select * from final
order by opdracht_id
