-- grain: one row per paying gemeente whose transfers do not add up to its deficit in cents
-- The deficit is the payer's saldo_eur on the settlement date (saldo × tarief, in cents);
-- the transfers are cents by largest remainder, so the sum must be exact, not approximate.
with

peildatum as (
    select max(peildatum) as peildatum from verrekening
),

balans as (
    select b.gemeente, b.saldo_uren, b.saldo_eur
    from peildatum as p
    cross join urenbalans_op(p.peildatum) as b
),

betaald as (
    select van_gemeente as gemeente, sum(bedrag_eur) as bedrag_eur
    from verrekening
    group by van_gemeente
)

select b.gemeente, b.saldo_eur, p.bedrag_eur as betaald_eur
from betaald as p
inner join balans as b on b.gemeente = p.gemeente
where p.bedrag_eur is distinct from -b.saldo_eur
