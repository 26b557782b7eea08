-- grain: one row per peildatum in `balansen` × payer × receiving gemeente: the settlement of
-- those balances (data contract, section 3), the one settlement formula of the warehouse
-- `balansen`: a list of structs with at least peildatum, gemeente, saldo_uren, saldo_eur,
-- geldinbreng_uren, geldinbreng_eur and uurtarief_eur per gemeente (rows of
-- intern.balans_voor, or of a prognose: intern.prognose_balansen). verrekening_voor feeds
-- it the balances so far, prognose_met the expected ones at the year end.
-- Two kinds of payment, both to the gemeenten with a positive saldo, pro rata to it:
-- * soort 'tekort': each gemeente with a negative saldo pays its deficit, in euros at the
--   gemiddeld tarief valid on peildatum;
-- * soort 'geldinbreng': the money brought in during the year (the proeftuin's pot) is paid
--   out; van_gemeente is 'GELDINBRENG' and geldinbreng_van the gemeente that brought it,
--   so every euro in is traced to a receiver and the pot pays exactly what came in.
-- A receiver's saldo left after the deficits is its saldo × pot / (deficits + pot): the same
-- weights for both kinds. Paid in cents: each payer's rows add up to exactly its deficit
-- (or its geldinbreng) by largest remainder in whole cents; hours likewise in micro-hours.
-- Integer arithmetic throughout: no float rounding decides a cent.
create or replace macro intern.verrekening_uit(balansen) as table
with

balans as (
    select unnest(balansen, recursive := true)
),

-- A saldo within 1e-6 hours of zero (the checks' tolerance) is zero.
betaler as (
    select
        peildatum,
        gemeente as van_gemeente,
        null::varchar as geldinbreng_van,
        'tekort' as soort,
        round(-saldo_uren * 1e6)::hugeint as te_betalen_micro,
        (-saldo_eur * 100)::hugeint as te_betalen_cent
    from balans
    where saldo_uren < -1e-6
    union all
    select
        peildatum,
        'GELDINBRENG',
        gemeente,
        'geldinbreng',
        round(geldinbreng_uren * 1e6)::hugeint,
        (geldinbreng_eur * 100)::hugeint
    from balans
    where geldinbreng_eur > 0
),

ontvanger as (
    select peildatum, gemeente, round(saldo_uren * 1e6)::hugeint as overschot_micro
    from balans
    where saldo_uren > 1e-6
),

totaal as (
    select peildatum, sum(overschot_micro) as noemer from ontvanger group by peildatum
),

deel as (
    select
        b.peildatum,
        b.van_gemeente,
        b.geldinbreng_van,
        b.soort,
        o.gemeente as naar_gemeente,
        o.overschot_micro,
        b.te_betalen_micro,
        b.te_betalen_cent,
        b.te_betalen_micro * o.overschot_micro as micro_teller,
        b.te_betalen_cent * o.overschot_micro as cent_teller,
        t.noemer
    from betaler as b
    inner join ontvanger as o on o.peildatum = b.peildatum
    inner join totaal as t on t.peildatum = b.peildatum
),

-- largest remainder: the cents (micro-hours) left after rounding down go one each to the
-- receivers with the largest remainders (ties: larger saldo, then gemeente code)
rang as (
    select
        *,
        te_betalen_micro - sum(micro_teller // noemer) over betaler as micro_over,
        row_number() over (
            partition by peildatum, van_gemeente, geldinbreng_van
            order by micro_teller % noemer desc, overschot_micro desc, naar_gemeente
        ) as micro_rang,
        te_betalen_cent - sum(cent_teller // noemer) over betaler as cent_over,
        row_number() over (
            partition by peildatum, van_gemeente, geldinbreng_van
            order by cent_teller % noemer desc, overschot_micro desc, naar_gemeente
        ) as cent_rang
    from deel
    window betaler as (partition by peildatum, van_gemeente, geldinbreng_van)
),

tarief as (
    select distinct peildatum, uurtarief_eur from balans
),

final as (
    select
        year(r.peildatum) as boekjaar,
        r.soort,
        r.van_gemeente,
        r.geldinbreng_van,
        r.naar_gemeente,
        (r.micro_teller // r.noemer + (r.micro_rang <= r.micro_over)::int) / 1e6 as uren,
        ((r.cent_teller // r.noemer + (r.cent_rang <= r.cent_over)::int) / 100)::decimal(
            18, 2
        ) as bedrag_eur,
        t.uurtarief_eur,
        r.peildatum
    from rang as r
    inner join tarief as t on t.peildatum = r.peildatum
)

select * from final
order by peildatum, soort desc, van_gemeente, geldinbreng_van, naar_gemeente
