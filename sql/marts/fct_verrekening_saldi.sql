-- grain: one row per boekjaar × gemeente (all): the settlement per gemeente of every boekjaar that is not vastgesteld
-- A table (built once per run), for `verrekening_per_gemeente`, which adds the vastgestelde
-- years: see intern.fct_verrekening.
create or replace table intern.fct_verrekening_saldi as
select *
from intern.verrekening_saldi_voor(
    (
        select list(verrekendatum order by jaar) from intern.dim_boekjaar
        where not intern.is_vastgesteld(verrekendatum)
    )
)
