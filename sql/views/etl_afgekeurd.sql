-- grain: one row per rejected row (or whole file, regel null) of the last run
create or replace view etl_afgekeurd as
select bestand, regel, reden
from etl_afgekeurd_log
order by bestand, regel nulls first
