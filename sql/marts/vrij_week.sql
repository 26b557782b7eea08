-- grain: one row per medewerker × ISO week from the first week of vanaf's boekjaar to the last
-- week of any opdracht's planning window (at least the boekjaar's last week): availability, hours booked (registered),
-- hours planned (remaining hours of the open opdrachten they are opdrachtnemer of, from
-- intern.planning_week) and what is left: vrije_uren = beschikbaar - geboekt - gepland,
-- null when the availability is unknown. Negative: more booked or planned than available.
create or replace macro intern.vrij_week(vanaf) as table
with

gepland as (
    select opdrachtnemer as medewerker_id, week_start, sum(uren) as uren
    from intern.planning_week(vanaf)
    where opdrachtnemer is not null and heeft_planning
    group by all
),

grens as (
    select
        date_trunc('week', make_date(year(vanaf::date), 1, 1))::date as eerste,
        greatest(
            date_trunc('week', make_date(year(vanaf::date), 12, 31))::date,
            (
                select date_trunc('week', max(plan_tot))::date
                from intern.opdracht_planning(vanaf, [])
            )
        ) as laatste
),

week as (
    select unnest(generate_series(eerste::timestamp, laatste::timestamp, interval 7 day))::date
        as week_start
    from grens
),

geboekt as (
    select w.medewerker_id, w.week_start, w.uren
    from intern.fct_uren_week as w
    cross join grens as g
    where w.week_start between g.eerste and g.laatste
),

medewerker as (
    select medewerker_id, naam, gemeente, beschikbaar_uren_per_week from main.medewerkers
),

final as (
    select
        m.medewerker_id,
        m.naam,
        m.gemeente,
        w.week_start,
        m.beschikbaar_uren_per_week as beschikbaar_uren,
        coalesce(b.uren, 0) as geboekte_uren,
        coalesce(p.uren, 0) as geplande_uren,
        m.beschikbaar_uren_per_week - coalesce(b.uren, 0) - coalesce(p.uren, 0) as vrije_uren
    from medewerker as m
    cross join week as w
    left join geboekt as b on b.medewerker_id = m.medewerker_id and b.week_start = w.week_start
    left join gepland as p on p.medewerker_id = m.medewerker_id and p.week_start = w.week_start
)

select * from final
