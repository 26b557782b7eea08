-- grain: one row per boekjaar × gemeente (all): the settlement of every boekjaar per gemeente
-- What it pays, receives for its credit and from the geldinbreng pot, and the tariefverschil
-- that remains, on each boekjaar's 31 December; a vastgesteld year as vastgesteld (an open
-- one computed once per run: intern.fct_verrekening_saldi).
create or replace view verrekening_per_gemeente as
select * from intern.fct_verrekening_saldi
union all by name
select * exclude (vast_peildatum)
from intern.vast_verrekening_per_gemeente_op
where vast_peildatum in (select verrekendatum from intern.dim_boekjaar)
