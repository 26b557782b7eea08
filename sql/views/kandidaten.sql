-- grain: one row per medewerker: how well they suit opdracht `id`, ranked (1 = best)
-- Ranking rule (binding, docs/sql-interface.md): 1. any expertise match before none;
-- 2. free hours (> 0) before none or unknown; 3. the gemeente with the lowest prognose
-- saldo first (it still has to bring hours); then more matching terms, more free hours,
-- medewerker_id. Rules 1-3 are the contract's; the rest only makes the order deterministic.
-- Written once, in kandidaten_voor (for a list of opdrachten).
create or replace macro kandidaten(id) as table
select * exclude (opdracht_id) from kandidaten_voor([id])
order by rang
