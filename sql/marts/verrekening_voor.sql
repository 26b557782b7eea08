-- grain: one row per peildatum in `peildata` × payer × receiving gemeente: the settlement of
-- the boekjaar of that peildatum as if it closed on that day (data contract, section 3)
-- The balances so far (intern.balans_voor) through the one settlement formula,
-- intern.verrekening_uit.
create or replace macro intern.verrekening_voor(peildata) as table
select * from intern.verrekening_uit((select list(b) from intern.balans_voor(peildata) as b))
