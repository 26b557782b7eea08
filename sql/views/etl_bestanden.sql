-- grain: one row per source file of the last run
create or replace view etl_bestanden as
select bestand, soort, rijen_gelezen, rijen_geladen, rijen_afgekeurd, opmerking
from etl_bestanden_log
order by bestand
