-- grain: one row per period that is vastgesteld now (its latest besluit is vaststellen)
-- The record is platform/vaststellingsbesluiten.csv in the source folder (data contract,
-- section 10): every besluit stays there, so a withdrawn vaststelling keeps its history.
create or replace view intern.dim_vaststelling as
select periode, jaar, van, tot, tijdstip as vastgesteld_op, door, map, grondslag
from intern.stg_vaststellingsbesluiten
where actie = 'vaststellen' and volgende_op is null
order by van, tot
