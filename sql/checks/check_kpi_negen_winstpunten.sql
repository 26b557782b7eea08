-- grain: one row per winstpunt W1–W9 missing from kpi_winstpunt, or any other row it holds
with

verwacht as (
    select 'W' || i as winstpunt from range(1, 10) as r (i)
)

select coalesce(v.winstpunt, k.winstpunt) as winstpunt, k.winstpunt is null as ontbreekt
from verwacht as v
full join kpi_winstpunt as k on k.winstpunt = v.winstpunt
where k.winstpunt is null or v.winstpunt is null
