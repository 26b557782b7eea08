-- grain: one row per boekjaar × gemeente whose last cumulative quarter saldo differs from
-- its saldo on 31 December of that boekjaar (every boekjaar starts at zero)
with

laatste as (
    select gemeente, jaar, max_by(saldo_cumulatief, kwartaal) as saldo_cumulatief
    from urenbalans_per_kwartaal
    group by gemeente, jaar
),

balans as (
    select * from intern.balans_voor(
        (select list(verrekendatum order by jaar) from intern.dim_boekjaar)
    )
)

select b.boekjaar, b.gemeente, b.saldo_uren, coalesce(l.saldo_cumulatief, 0) as saldo_cumulatief
from balans as b
left join laatste as l on l.gemeente = b.gemeente and l.jaar = b.boekjaar
where abs(b.saldo_uren - coalesce(l.saldo_cumulatief, 0)) > 1e-6
