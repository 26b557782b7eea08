-- grain: one row per medewerker × ISO week of every boekjaar with data: availability and hours booked
-- A table (built once per run): the grid of bezetting without what is planned. Only the
-- planning depends on today; the grid and the booked hours change with the next run, and
-- building the full medewerker × week grid and joining the booked weeks to it on every
-- read was most of bezetting's time at a million registrations (110 000 rows).
create or replace table intern.fct_bezetting_week as
select * from intern.bezetting_raster((select list(jaar order by jaar) from intern.fct_jaar))
order by boekjaar, medewerker_id, week_start
