-- grain: one row per medewerker × ISO week of each boekjaar in `jaren`: availability and hours booked
-- The weeks of a boekjaar are those with at least one day in it (week_start = the Monday,
-- so the first may start in December of the year before); booked = the registered hours of
-- that week (intern.fct_uren_week), 0 without any. The grid behind bezetting_vanaf: built
-- once per run for every boekjaar with data (intern.fct_bezetting_week), and only for a
-- boekjaar without data at the time it is asked for.
create or replace macro intern.bezetting_raster(jaren) as table
with

jaar as (
    select unnest(jaren::bigint[]) as boekjaar
),

week as (
    select
        boekjaar,
        unnest(
            generate_series(
                date_trunc('week', make_date(boekjaar, 1, 1))::timestamp,
                make_date(boekjaar, 12, 31)::timestamp,
                interval 7 day
            )
        )::date as week_start
    from jaar
),

final as (
    select
        m.medewerker_id,
        m.naam,
        m.gemeente,
        w.boekjaar,
        w.week_start,
        m.beschikbaar_uren_per_week as beschikbaar_uren,
        coalesce(u.uren, 0) as geboekte_uren
    from main.medewerkers as m
    cross join week as w
    left join intern.fct_uren_week as u
        on u.medewerker_id = m.medewerker_id and u.week_start = w.week_start
)

select * from final
