-- grain: one row per remaining quarter of the current boekjaar × gemeente: expected saldo at its end
-- Remaining: from the quarter of today (intern.planning_vanaf) to the fourth; the fourth
-- quarter's figure is `prognose`. See intern.prognose_tot.
create or replace view prognose_per_kwartaal as
select
    boekjaar,
    quarter(peildatum) as kwartaal,
    peildatum as kwartaal_einde,
    gemeente,
    naam,
    saldo_uren,
    intern.afgerond_uren(prognose_saldo_uren) as prognose_saldo_uren
from intern.prognose_tot(
    intern.planning_vanaf(),
    [
        make_date(year(intern.planning_vanaf()), 3, 31),
        make_date(year(intern.planning_vanaf()), 6, 30),
        make_date(year(intern.planning_vanaf()), 9, 30),
        make_date(year(intern.planning_vanaf()), 12, 31)
    ],
    [],
    [],
    []
)
where peildatum >= intern.planning_vanaf()
order by kwartaal, gemeente
