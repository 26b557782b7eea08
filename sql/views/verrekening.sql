-- grain: one row per boekjaar × payer × receiving gemeente: the settlement of every boekjaar
-- Each boekjaar is settled once, on its 31 December, at the gemiddeld tarief valid that day
-- (data contract, sections 3 and 10); the current boekjaar's rows show what its settlement
-- would be with the data so far.
create or replace view verrekening as
select *
from intern.verrekening_voor(
    (select list(verrekendatum order by jaar) from intern.dim_boekjaar)
)
