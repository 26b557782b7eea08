-- grain: one row per medewerker × ISO week of the current boekjaar: available, booked, planned, free
-- Planned = the remaining hours of their open opdrachten spread from today to the einddatum
-- (data contract, section 6 "Time in the werkbank"); see bezetting_vanaf.
create or replace view bezetting as
select * from bezetting_vanaf(intern.planning_vanaf())
