-- grain: one row per medewerker × ISO week of the boekjaar of `peildatum`: capacity over the calendar
-- Remaining hours are planned from `peildatum` on (intern.opdracht_planning); `bezetting`
-- is this from today. The weeks of a boekjaar are those with at least one day in it
-- (week_start = the Monday, so the first may start in December of the year before).
-- vrije_uren = beschikbaar - geboekt - gepland, null when the availability is unknown;
-- negative: more booked or planned than available. The grid with the booked hours is read
-- from intern.fct_bezetting_week (built per run); a boekjaar without data has no rows
-- there and gets the same grid computed here.
create or replace macro bezetting_vanaf(peildatum) as table
with

raster as (
    select * from intern.fct_bezetting_week
    where boekjaar = year(peildatum::date)
    union all
    select * from intern.bezetting_raster(
        if(
            exists (select 1 from intern.fct_jaar where jaar = year(peildatum::date)),
            [],
            [year(peildatum::date)]
        )
    )
),

gepland as (
    select * from intern.gepland_week(peildatum)
),

final as (
    select
        r.medewerker_id,
        r.naam,
        r.gemeente,
        year(peildatum::date) as boekjaar,
        r.week_start,
        weekofyear(r.week_start) as week,
        round(r.beschikbaar_uren, 6) as beschikbaar_uren,
        intern.afgerond_uren(r.geboekte_uren) as geboekte_uren,
        intern.afgerond_uren(coalesce(g.uren, 0)) as geplande_uren,
        intern.afgerond_uren(r.beschikbaar_uren - r.geboekte_uren - coalesce(g.uren, 0))
            as vrije_uren
    from raster as r
    left join gepland as g on g.medewerker_id = r.medewerker_id and g.week_start = r.week_start
)

select * from final
order by medewerker_id, week_start
