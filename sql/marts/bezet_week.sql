-- grain: one row per medewerker × ISO week with hours booked (registered) or planned from `vanaf`
-- Sparse: a week without either has no row (intern.vrij_week fills in every week). Planned =
-- the remaining hours of the open opdrachten with planning they are opdrachtnemer of
-- (intern.planning_week). The signal overboekt_gepland and kandidaten read this directly,
-- so they never build the full medewerker × week grid.
create or replace macro intern.bezet_week(vanaf) as table
with

geboekt_en_gepland as (
    select medewerker_id, week_start, uren as geboekt, 0 as gepland from intern.fct_uren_week
    union all
    select opdrachtnemer, week_start, 0, uren
    from intern.planning_week(vanaf)
    where opdrachtnemer is not null and heeft_planning
),

final as (
    select
        u.medewerker_id,
        m.gemeente,
        u.week_start,
        m.beschikbaar_uren_per_week as beschikbaar_uren,
        sum(u.geboekt) as geboekte_uren,
        sum(u.gepland) as geplande_uren
    from geboekt_en_gepland as u
    inner join main.medewerkers as m on m.medewerker_id = u.medewerker_id
    group by all
)

select * from final
