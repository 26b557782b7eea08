-- grain: one row per value (scalar macro): 1 January of the boekjaar of peildatum (null = now)
-- Every as-of figure counts its boekjaar from 1 January up to the peildatum (data contract,
-- section 10); a null peildatum ("now") means the current boekjaar.
create or replace macro intern.boekjaar_van(peildatum) as
make_date(year(intern.boekjaar_tot(peildatum)), 1, 1)
