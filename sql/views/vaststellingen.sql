-- grain: one row per vaststelling (a period vastgesteld, perhaps later withdrawn): the
-- history of platform/vaststellingsbesluiten.csv, the one in force marked geldig
create or replace view vaststellingen as
select
    periode,
    van,
    tot,
    tijdstip as vastgesteld_op,
    door,
    grondslag,
    volgende_op as ingetrokken_op,
    volgende_door as ingetrokken_door,
    volgende_reden as reden_intrekking,
    volgende_op is null as is_geldig,
    map
from intern.stg_vaststellingsbesluiten
where actie = 'vaststellen'
order by van, tot, vastgesteld_op
