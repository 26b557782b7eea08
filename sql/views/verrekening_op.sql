-- grain: one row per paying × receiving gemeente pair if the year closed on peildatum
create or replace macro verrekening_op(peildatum) as table
with

balans as (
    select gemeente, saldo_uren from urenbalans_op(peildatum)
),

tarief as (
    select uurtarief_eur from intern.stg_tarief_gemiddeld_op(peildatum)
),

-- A saldo within 1e-6 hours of zero (the checks' tolerance) is zero: float noise of shares
-- such as 1/6 must not make a gemeente pay or receive a few femto-hours.
betaler as (
    select gemeente, -saldo_uren as tekort_uren from balans where saldo_uren < -1e-6
),

ontvanger as (
    select gemeente, saldo_uren as overschot_uren from balans where saldo_uren > 1e-6
),

totaal as (
    select sum(overschot_uren) as overschot_uren from ontvanger
),

final as (
    select
        b.gemeente as van_gemeente,
        o.gemeente as naar_gemeente,
        b.tekort_uren * o.overschot_uren / t.overschot_uren as uren,
        b.tekort_uren * o.overschot_uren / t.overschot_uren * tarief.uurtarief_eur as bedrag_eur,
        tarief.uurtarief_eur,
        peildatum::date as peildatum
    from betaler as b
    cross join ontvanger as o
    cross join totaal as t
    cross join tarief
)

select * from final
order by van_gemeente, naar_gemeente
