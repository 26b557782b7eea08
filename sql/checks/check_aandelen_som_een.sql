-- grain: one row per opdracht whose effective shares do not sum to one (must return nothing)
select o.opdracht_id, o.soort_opdracht, coalesce(sum(a.aandeel), 0) as som_aandelen
from opdrachten as o
left join intern.stg_aandelen as a on a.opdracht_id = o.opdracht_id
group by o.opdracht_id, o.soort_opdracht
having abs(coalesce(sum(a.aandeel), 0) - 1) > 1e-6
