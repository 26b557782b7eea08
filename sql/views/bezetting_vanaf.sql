-- grain: one row per medewerker × ISO week of the boekjaar of `peildatum`: capacity over the calendar
-- Remaining hours are planned from `peildatum` on (intern.opdracht_planning); `bezetting`
-- is this from today. The weeks of a boekjaar are those with at least one day in it
-- (week_start = the Monday, so the first may start in December of the year before).
create or replace macro bezetting_vanaf(peildatum) as table
select
    medewerker_id,
    naam,
    gemeente,
    year(peildatum::date) as boekjaar,
    week_start,
    weekofyear(week_start) as week,
    round(beschikbaar_uren, 6) as beschikbaar_uren,
    intern.afgerond_uren(geboekte_uren) as geboekte_uren,
    intern.afgerond_uren(geplande_uren) as geplande_uren,
    intern.afgerond_uren(vrije_uren) as vrije_uren
from intern.vrij_week(peildatum)
where week_start <= make_date(year(peildatum::date), 12, 31)
order by medewerker_id, week_start
