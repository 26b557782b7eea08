-- grain: one row per paying × receiving gemeente pair if the year closed on peildatum
-- Paid in cents: a payer's deficit in euros (its saldo_eur of urenbalans_op) is split over
-- the receivers pro rata to their positive saldo by largest remainder in whole cents, so a
-- payer's rows add up to exactly its deficit; its hours are split the same way in
-- micro-hours (1e-6 h). Integer arithmetic throughout: no float rounding decides a cent.
create or replace macro verrekening_op(peildatum) as table
with

balans as (
    select gemeente, saldo_uren, saldo_eur from urenbalans_op(peildatum)
),

tarief as (
    select uurtarief_eur from intern.stg_tarief_gemiddeld_op(peildatum)
),

-- A saldo within 1e-6 hours of zero (the checks' tolerance) is zero.
betaler as (
    select
        gemeente,
        round(-saldo_uren * 1e6)::hugeint as tekort_micro,
        (-saldo_eur * 100)::hugeint as tekort_cent
    from balans
    where saldo_uren < -1e-6
),

ontvanger as (
    select gemeente, round(saldo_uren * 1e6)::hugeint as overschot_micro
    from balans
    where saldo_uren > 1e-6
),

totaal as (
    select sum(overschot_micro) as overschot_micro from ontvanger
),

deel as (
    select
        b.gemeente as van_gemeente,
        o.gemeente as naar_gemeente,
        o.overschot_micro,
        b.tekort_micro,
        b.tekort_cent,
        b.tekort_micro * o.overschot_micro as micro_teller,
        b.tekort_cent * o.overschot_micro as cent_teller,
        t.overschot_micro as noemer
    from betaler as b
    cross join ontvanger as o
    cross join totaal as t
),

-- largest remainder: the cents (micro-hours) left after rounding down go one each to the
-- receivers with the largest remainders (ties: larger saldo, then gemeente code)
rang as (
    select
        *,
        tekort_micro - sum(micro_teller // noemer) over betaler as micro_over,
        row_number() over (
            partition by van_gemeente
            order by micro_teller % noemer desc, overschot_micro desc, naar_gemeente
        ) as micro_rang,
        tekort_cent - sum(cent_teller // noemer) over betaler as cent_over,
        row_number() over (
            partition by van_gemeente
            order by cent_teller % noemer desc, overschot_micro desc, naar_gemeente
        ) as cent_rang
    from deel
    window betaler as (partition by van_gemeente)
),

final as (
    select
        r.van_gemeente,
        r.naar_gemeente,
        (r.micro_teller // r.noemer + (r.micro_rang <= r.micro_over)::int) / 1e6 as uren,
        ((r.cent_teller // r.noemer + (r.cent_rang <= r.cent_over)::int) / 100)::decimal(
            18, 2
        ) as bedrag_eur,
        t.uurtarief_eur,
        peildatum::date as peildatum
    from rang as r
    cross join tarief as t
)

select * from final
order by van_gemeente, naar_gemeente
