-- grain: one row per peildatum in `peildata` × gemeente (all): what the settlement of that
-- boekjaar does to each gemeente's saldo, and what is left of it (the tariefverschil)
-- The balances so far (intern.balans_voor) through intern.verrekening_saldi_uit.
create or replace macro intern.verrekening_saldi_voor(peildata) as table
select *
from intern.verrekening_saldi_uit((select list(b) from intern.balans_voor(peildata) as b))
