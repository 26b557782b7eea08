-- grain: one row per soort × wie (opdracht, or gemeente of a geldinbreng) × datum where a
-- vastgesteld period's effects differ from the folder's now (intern.fct_effect books a
-- correctie there): the only places where a row can have come late or gone
-- intern.fct_correctie compares rows there, and the build loads only these rows of each
-- vaststelling's rijen.parquet (plus the corrections it booked), not every registration
-- of the vastgestelde years (warehouse.vastgesteld.load_vast_rijen).
create or replace view intern.correctie_dagen as
select distinct
    case soort when 'geld' then 'geldinbreng' else soort end as soort,
    coalesce(opdracht_id, gemeente) as wie,
    herkomst_datum as datum
from intern.fct_effect
where is_correctie
