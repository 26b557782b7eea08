-- grain: one row per gemeente with a negative saldo that does not pay exactly its deficit
-- (a saldo within 1e-6 of zero counts as zero, as in verrekening_op)
with

betaald as (
    select van_gemeente as gemeente, sum(uren) as uren from verrekening group by van_gemeente
),

ontvangers as (
    select count(*) as aantal from urenbalans where saldo_uren > 1e-6
)

select b.gemeente, b.saldo_uren, coalesce(p.uren, 0) as betaald_uren
from urenbalans as b
left join betaald as p on p.gemeente = b.gemeente
cross join ontvangers as o
where
    (b.saldo_uren < -1e-6 and o.aantal > 0 and abs(coalesce(p.uren, 0) + b.saldo_uren) > 1e-6)
    or (b.saldo_uren >= -1e-6 and p.uren is not null)
