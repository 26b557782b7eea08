-- grain: one row per quarter end that lies in a vastgesteld period: the days whose as-of
-- figures are the vastgestelde ones (a half-year or year freezes each of its quarter ends)
create or replace view intern.vast_dag as
select distinct last_day(make_date(v.jaar, m.maand, 1)) as dag
from intern.dim_vaststelling as v
cross join (select unnest([3, 6, 9, 12]) as maand) as m
where make_date(v.jaar, m.maand, 1) between v.van and v.tot
