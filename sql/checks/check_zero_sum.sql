-- grain: one row when gebracht − gehaald over all gemeenten is not zero (must return nothing)
-- fsum (Kahan summation): a plain sum of millions of doubles drifts by more than 1e-6.
select fsum(gebracht_uren) as gebracht_uren, fsum(gehaald_uren) as gehaald_uren
from intern.fct_uren_effect
having abs(fsum(gebracht_uren) - fsum(gehaald_uren)) > 1e-6
