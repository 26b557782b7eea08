-- grain: one row per loaded leerervaring of the quarters up to and including the quarter of
-- peildatum (the quarters of leerervaringen_per_kwartaal_op); null = every leerervaring
create or replace macro leerervaringen_lijst_op(peildatum) as table
select *
from leerervaringen_lijst
where
    peildatum is null
    or jaar * 4 + kwartaal <= year(peildatum::date) * 4 + quarter(peildatum::date)
order by datum, bestand, regel
