-- grain: one row per boekjaar × payer whose transfers do not add up to exactly what it owes
-- in cents: a gemeente its deficit (saldo_eur on 31 December), the geldinbreng pot each
-- gemeente's money brought in that year (largest remainder: exact, not approximate)
with

saldi as (
    select * from verrekening_per_gemeente
),

betaald as (
    select boekjaar, soort, coalesce(geldinbreng_van, van_gemeente) as gemeente,
        sum(bedrag_eur) as bedrag_eur
    from verrekening
    group by all
)

select p.boekjaar, p.soort, p.gemeente, p.bedrag_eur, s.saldo_eur, s.brengt_geldinbreng_eur
from betaald as p
inner join saldi as s on s.boekjaar = p.boekjaar and s.gemeente = p.gemeente
where
    (p.soort = 'tekort' and p.bedrag_eur is distinct from -s.saldo_eur)
    or (p.soort = 'geldinbreng' and p.bedrag_eur is distinct from s.brengt_geldinbreng_eur)
