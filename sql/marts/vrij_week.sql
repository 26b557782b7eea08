-- grain: one row per medewerker × ISO week from the first week of vanaf's boekjaar to the last
-- week of any opdracht's planning window (at least the boekjaar's last week): availability,
-- hours booked and planned (intern.bezet_week, zero where it has no row) and what is left:
-- vrije_uren = beschikbaar - geboekt - gepland, null when the availability is unknown.
-- Negative: more booked or planned than available.
create or replace macro intern.vrij_week(vanaf) as table
with

bezet as (
    select * from intern.bezet_week(vanaf)
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
        coalesce(b.geboekte_uren, 0) as geboekte_uren,
        coalesce(b.geplande_uren, 0) as geplande_uren,
        m.beschikbaar_uren_per_week - coalesce(b.geboekte_uren, 0) - coalesce(b.geplande_uren, 0)
            as vrije_uren
    from medewerker as m
    cross join week as w
    left join bezet as b on b.medewerker_id = m.medewerker_id and b.week_start = w.week_start
)

select * from final
