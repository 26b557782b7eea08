-- grain: one row per boekjaar × gemeente with a negative saldo that does not pay exactly its
-- deficit, or a gemeente without one that pays (a saldo within 1e-6 of zero counts as zero)
with

saldi as (
    select * from verrekening_per_gemeente
),

betaald as (
    select boekjaar, van_gemeente as gemeente, sum(uren) as uren
    from verrekening
    where soort = 'tekort'
    group by all
),

ontvangers as (
    select boekjaar, count(*) filter (where saldo_uren > 1e-6) as aantal
    from saldi
    group by boekjaar
)

select s.boekjaar, s.gemeente, s.saldo_uren, coalesce(p.uren, 0) as betaald_uren
from saldi as s
left join betaald as p on p.boekjaar = s.boekjaar and p.gemeente = s.gemeente
inner join ontvangers as o on o.boekjaar = s.boekjaar
where
    (s.saldo_uren < -1e-6 and o.aantal > 0 and abs(coalesce(p.uren, 0) + s.saldo_uren) > 1e-6)
    or (s.saldo_uren >= -1e-6 and p.uren is not null)
