-- grain: one row per gemeente that does not receive its positive saldo scaled to the deficits
-- (a saldo within 1e-6 of zero counts as zero, as in verrekening_op; each payer's split in
-- micro-hours by largest remainder moves a receiver by at most 1e-6 h per payer)
with

ontvangen as (
    select naar_gemeente as gemeente, sum(uren) as uren from verrekening group by naar_gemeente
),

totaal as (
    select
        sum(-saldo_uren) filter (where saldo_uren < -1e-6) as tekort,
        sum(saldo_uren) filter (where saldo_uren > 1e-6) as overschot,
        count(*) filter (where saldo_uren < -1e-6) as betalers
    from urenbalans
),

verwacht as (
    select
        b.gemeente,
        case
            when b.saldo_uren > 1e-6 then coalesce(b.saldo_uren * t.tekort / t.overschot, 0)
            else 0
        end as uren
    from urenbalans as b
    cross join totaal as t
)

select v.gemeente, v.uren as verwacht_uren, coalesce(o.uren, 0) as ontvangen_uren
from verwacht as v
left join ontvangen as o on o.gemeente = v.gemeente
cross join totaal as t
where abs(v.uren - coalesce(o.uren, 0)) > 1e-6 * (t.betalers + 1)
