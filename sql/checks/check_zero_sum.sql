-- grain: one row when gebracht − gehaald over all gemeenten is not zero (must return nothing)
select sum(gebracht_uren) as gebracht_uren, sum(gehaald_uren) as gehaald_uren
from fct_uren_effect
having abs(sum(gebracht_uren) - sum(gehaald_uren)) > 1e-6
