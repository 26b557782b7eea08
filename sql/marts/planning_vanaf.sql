-- grain: one row per value (scalar macro): the day the planning of remaining hours starts
-- "Today", kept inside the current boekjaar (data contract, section 6 "Time in the
-- werkbank"): a warehouse whose latest boekjaar has ended plans from its 31 December, one
-- whose data all lie ahead of today from its 1 January. So a warehouse of an old year
-- gives the same bezetting and prognose on any day it is read.
create or replace macro intern.planning_vanaf() as
least(greatest(current_date, intern.boekjaar_van(null)), intern.boekjaar_tot(null))
