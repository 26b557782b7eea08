-- grain: one row per boekjaar × payer × receiving gemeente: the settlement of every boekjaar
-- Each boekjaar is settled once, on its 31 December, at the gemiddeld tarief valid that day
-- (data contract, sections 3 and 10): a vastgesteld year keeps the settlement it was
-- vastgesteld with; an open one shows what its settlement would be with the data so far
-- (intern.fct_verrekening: computed once per run).
create or replace view verrekening as
select * from intern.fct_verrekening
union all by name
select * exclude (vast_peildatum)
from intern.vast_verrekening_op
where vast_peildatum in (select verrekendatum from intern.dim_boekjaar)
