-- grain: one row per gemeente (of the six or the gemeenten table) not exactly once in urenbalans
with

verwacht as (
    select code from gemeenten
    union
    select unnest(['ALB', 'DOR', 'HIA', 'PAP', 'SLI', 'ZWD'])
),

aanwezig as (
    select gemeente, count(*) as aantal from urenbalans group by gemeente
)

select v.code, coalesce(a.aantal, 0) as aantal
from verwacht as v
full join aanwezig as a on a.gemeente = v.code
where a.aantal is distinct from 1 or v.code is null
