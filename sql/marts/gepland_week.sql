-- grain: one row per medewerker × ISO week with hours planned for them as opdrachtnemer from `vanaf`
-- The remaining hours of the open opdrachten with planning (intern.planning_week) summed per
-- opdrachtnemer and week: what bezetting and intern.bezet_week count as planned.
create or replace macro intern.gepland_week(vanaf) as table
select opdrachtnemer as medewerker_id, week_start, sum(uren) as uren
from intern.planning_week(vanaf)
where opdrachtnemer is not null and heeft_planning
group by opdrachtnemer, week_start
