-- grain: one row per boekjaar × gemeente that the settlement does not bring to zero hours:
-- a payer pays its deficit, a receiver gets its share of the deficits plus its share of the
-- geldinbreng pot (hours at each geldinbreng's own tarief); within 1e-6 h per payer (each
-- payer's split in micro-hours by largest remainder moves a receiver by at most that)
with

saldi as (
    select boekjaar, gemeente, saldo_uren from verrekening_per_gemeente
),

stroom as (
    select boekjaar, van_gemeente as gemeente, uren from verrekening where soort = 'tekort'
    union all
    select boekjaar, naar_gemeente, -uren from verrekening
),

netto as (
    select boekjaar, gemeente, sum(uren) as uren from stroom group by all
),

betalers as (
    select boekjaar, count(distinct coalesce(geldinbreng_van, van_gemeente)) as aantal
    from verrekening
    group by boekjaar
)

select s.boekjaar, s.gemeente, s.saldo_uren, coalesce(n.uren, 0) as verrekend_uren
from saldi as s
left join netto as n on n.boekjaar = s.boekjaar and n.gemeente = s.gemeente
left join betalers as b on b.boekjaar = s.boekjaar
where abs(s.saldo_uren + coalesce(n.uren, 0)) > 1e-6 * (coalesce(b.aantal, 0) + 1)
    and exists (select 1 from saldi as o where o.boekjaar = s.boekjaar and o.saldo_uren > 1e-6)
