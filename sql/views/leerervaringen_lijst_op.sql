-- grain: one row per loaded leerervaring dated on or before peildatum; null = every one
-- The same leerervaringen as leerervaringen_per_kwartaal_op(peildatum) counts.
create or replace macro leerervaringen_lijst_op(peildatum) as table
select *
from leerervaringen_lijst
where peildatum is null or datum <= peildatum
order by datum, bestand, regel
