-- grain: one row per boekjaar × payer × receiving gemeente: the settlement of every boekjaar that is not vastgesteld
-- A table (built once per run): it reads only what the ETL loaded, so it cannot change
-- until the next run. `verrekening` adds the vastgestelde years; read through the macro
-- stack (the balances of every year, the settlement formula) it took most of each of the
-- three verrekening checks' time, every build, and of each read of the view.
create or replace table intern.fct_verrekening as
select *
from intern.verrekening_voor(
    (
        select list(verrekendatum order by jaar) from intern.dim_boekjaar
        where not intern.is_vastgesteld(verrekendatum)
    )
)
