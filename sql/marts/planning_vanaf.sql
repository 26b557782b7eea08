-- grain: one row per value (scalar macro): the day the planning of remaining hours starts
-- "Today", kept inside the current boekjaar (data contract, section 6 "Time in the
-- werkbank"): a warehouse whose latest boekjaar has ended plans from its 31 December, one
-- whose data all lie ahead of today from its 1 January. So a warehouse of an old year
-- gives the same bezetting and prognose on any day it is read. The current boekjaar's end
-- is read once (a subquery) rather than once per bound: macros that take this as their
-- `vanaf` repeat it wherever they use it, so its size multiplies their planning time.
create or replace macro intern.planning_vanaf() as
(
    select least(greatest(current_date, make_date(year(tot), 1, 1)), tot)
    from (select intern.boekjaar_tot(null) as tot)
)
