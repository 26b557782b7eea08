-- grain: one row per gemeente × quarter in which any gemeente has hours or geldinbreng
create or replace view urenbalans_per_kwartaal as
select
    gemeente,
    jaar,
    periode as kwartaal,
    gebracht_uren,
    gehaald_uren,
    geldinbreng_uren,
    saldo_uren,
    saldo_cumulatief
from intern.saldo_per_periode(3)
order by gemeente, jaar, kwartaal
