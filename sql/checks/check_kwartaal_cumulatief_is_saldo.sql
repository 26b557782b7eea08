-- grain: one row per gemeente whose last cumulative quarter saldo differs from its saldo
with

laatste as (
    select gemeente, max_by(saldo_cumulatief, jaar * 10 + kwartaal) as saldo_cumulatief
    from urenbalans_per_kwartaal
    group by gemeente
)

select b.gemeente, b.saldo_uren, coalesce(l.saldo_cumulatief, 0) as saldo_cumulatief
from urenbalans as b
left join laatste as l on l.gemeente = b.gemeente
where abs(b.saldo_uren - coalesce(l.saldo_cumulatief, 0)) > 1e-6
