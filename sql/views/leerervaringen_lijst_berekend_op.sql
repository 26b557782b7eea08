-- grain: one row per leerervaring dated in the boekjaar of peildatum up to it (null = current boekjaar)
-- The same leerervaringen as leerervaringen_per_kwartaal_op(peildatum) counts.
create or replace macro leerervaringen_lijst_berekend_op(peildatum) as table
select *
from leerervaringen_lijst
where datum between intern.boekjaar_van(peildatum) and intern.boekjaar_tot(peildatum)
order by datum, bestand, regel
