-- grain: one row per medewerker × ISO week with hours booked (registered) or planned from `vanaf`
-- Sparse: a week without either has no row (intern.vrij_week fills in every week). Planned =
-- the remaining hours of the open opdrachten with planning they are opdrachtnemer of
-- (intern.gepland_week). kandidaten and intern.vrij_week read this, so kandidaten never
-- builds the full medewerker × week grid (overboekt_gepland needs only the planned weeks
-- and reads intern.gepland_week). The booked hours are already one
-- row per person and week (intern.fct_uren_week): only the few planned rows are summed,
-- and joined to them, instead of regrouping every booked week on each read.
create or replace macro intern.bezet_week(vanaf) as table
with

gepland as (
    select * from intern.gepland_week(vanaf)
),

bezet as (
    select
        coalesce(u.medewerker_id, g.medewerker_id) as medewerker_id,
        coalesce(u.week_start, g.week_start) as week_start,
        coalesce(u.uren, 0) as geboekte_uren,
        coalesce(g.uren, 0) as geplande_uren
    from intern.fct_uren_week as u
    full join gepland as g on g.medewerker_id = u.medewerker_id and g.week_start = u.week_start
),

final as (
    select
        b.medewerker_id,
        m.gemeente,
        b.week_start,
        m.beschikbaar_uren_per_week as beschikbaar_uren,
        b.geboekte_uren,
        b.geplande_uren
    from bezet as b
    inner join main.medewerkers as m on m.medewerker_id = b.medewerker_id
)

select * from final
