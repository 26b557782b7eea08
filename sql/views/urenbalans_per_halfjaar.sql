-- grain: one row per gemeente × half-year in which any gemeente has hours or geldinbreng
create or replace view urenbalans_per_halfjaar as
select
    gemeente,
    jaar,
    periode as halfjaar,
    gebracht_uren,
    gehaald_uren,
    geldinbreng_uren,
    saldo_uren,
    saldo_cumulatief
from intern.saldo_per_periode(6)
order by gemeente, jaar, halfjaar
