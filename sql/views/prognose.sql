-- grain: one row per gemeente: expected saldo at the end of the current boekjaar
-- The saldo so far plus the remaining hours of the open opdrachten planned on or before
-- 31 December (intern.prognose_tot; what is planned later belongs to the next boekjaar).
create or replace view prognose as
select
    gemeente,
    naam,
    saldo_uren,
    intern.afgerond_uren(resterende_uren_gebracht) as resterende_uren_gebracht,
    intern.afgerond_uren(resterende_uren_gehaald) as resterende_uren_gehaald,
    intern.afgerond_uren(prognose_saldo_uren) as prognose_saldo_uren,
    intern.afgerond_uren(resterende_uren_zonder_opdrachtnemer)
        as resterende_uren_zonder_opdrachtnemer
from intern.prognose_tot(
    intern.planning_vanaf(),
    [intern.boekjaar_tot(null)],
    [],
    [],
    []
)
order by gemeente
