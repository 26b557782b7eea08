-- grain: one row per quarter with leerervaringen × soort, up to and including the quarter of
-- peildatum (whole quarters: a later day of that quarter counts too); null = every quarter
create or replace macro leerervaringen_per_kwartaal_op(peildatum) as table
select *
from leerervaringen_per_kwartaal
where
    peildatum is null
    or jaar * 4 + kwartaal <= year(peildatum::date) * 4 + quarter(peildatum::date)
order by jaar, kwartaal, soort
