-- grain: one row per opdracht in `opdracht_ids` × medewerker: fit and rank (1 = best)
-- `kandidaten(id)` is this for one opdracht; the build's toewijzingsvoorstel asks for all
-- open opdrachten without opdrachtnemer at once (intern.kandidaten_uit, with today and the
-- prognose it has read already).
-- vrije_uren_per_week: the mean over the weeks of the opdracht's planning (as in bezetting:
-- available - booked - already planned as opdrachtnemer); null when availability is unknown.
-- Ranking rule (binding, docs/sql-interface.md): 1. any expertise match before none;
-- 2. free hours (> 0) before none or unknown; 3. the gemeente with the lowest prognose
-- saldo first (it still has to bring hours); then more matching terms, more free hours,
-- medewerker_id. Rules 1-3 are the contract's; the rest only makes the order deterministic.
create or replace macro kandidaten_voor(opdracht_ids) as table
select *
from intern.kandidaten_uit(
    opdracht_ids,
    intern.planning_vanaf(),
    (
        select
            list({
                'gemeente': gemeente,
                'gemeente_naam': naam,
                'prognose_saldo_uren': prognose_saldo_uren
            })
        from prognose
    )
)
