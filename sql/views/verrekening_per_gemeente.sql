-- grain: one row per boekjaar × gemeente (all): the settlement of every boekjaar per gemeente
-- What it pays, receives for its credit and from the geldinbreng pot, and the tariefverschil
-- that remains (intern.verrekening_saldi_voor on each boekjaar's 31 December).
create or replace view verrekening_per_gemeente as
select *
from intern.verrekening_saldi_voor(
    (select list(verrekendatum order by jaar) from intern.dim_boekjaar)
)
