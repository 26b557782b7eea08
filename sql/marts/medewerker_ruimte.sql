-- grain: one row per medewerker: availability, hours booked per week lately, free hours
-- "Lately" = the last four ISO weeks of the data (the week of the latest registration and
-- the three before it); free hours are null when the availability is unknown.
create or replace view intern.medewerker_ruimte as
with

medewerker as (
    select medewerker_id, gemeente, schaal, naam, beschikbaar_uren_per_week,
        list_filter(coalesce(expertise, []), lambda t: trim(t) <> '') as expertise
    from main.medewerkers
),

laatste_week as (
    select max(week_start) as week_start from intern.fct_uren_week
),

recent as (
    select w.medewerker_id, sum(w.uren) / 4 as geboekt_uren_per_week
    from intern.fct_uren_week as w
    cross join laatste_week as l
    where w.week_start > l.week_start - interval 28 days
    group by w.medewerker_id
),

final as (
    select
        m.*,
        coalesce(r.geboekt_uren_per_week, 0) as geboekt_uren_per_week,
        m.beschikbaar_uren_per_week - coalesce(r.geboekt_uren_per_week, 0)
            as vrije_uren_per_week
    from medewerker as m
    left join recent as r on r.medewerker_id = m.medewerker_id
)

select * from final
