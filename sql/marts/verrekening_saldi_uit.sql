-- grain: one row per peildatum × gemeente in `balansen`: what the settlement of those balances
-- does to each gemeente's saldo, and what is left of it (the tariefverschil)
-- `balansen` as in intern.verrekening_uit (plus boekjaar and naam).
-- A payer's deficit is paid in full; a receiver gets its share of the deficits and of the
-- geldinbreng pot. The pot came in at the tarief of each geldinbreng's date and is paid
-- out as it came in, while the saldo is valued at 31 December's tarief: the difference
-- (and at most a cent of rounding per payer) is the tariefverschil, shown, never dropped.
create or replace macro intern.verrekening_saldi_uit(balansen) as table
with

balans as (
    select unnest(balansen, recursive := true)
),

-- the payments of the same balances (read from the CTE, so `balansen` is evaluated once)
betaling as (
    select * from intern.verrekening_uit((select list(b) from balans as b))
),

betaald as (
    select peildatum, van_gemeente as gemeente, sum(uren) as uren, sum(bedrag_eur) as eur
    from betaling
    where soort = 'tekort'
    group by all
),

ontvangen as (
    select
        peildatum,
        naar_gemeente as gemeente,
        sum(uren) filter (where soort = 'tekort') as tekort_uren,
        sum(bedrag_eur) filter (where soort = 'tekort') as tekort_eur,
        sum(uren) filter (where soort = 'geldinbreng') as geldinbreng_uren,
        sum(bedrag_eur) filter (where soort = 'geldinbreng') as geldinbreng_eur
    from betaling
    group by all
),

final as (
    select
        b.boekjaar,
        b.peildatum,
        b.gemeente,
        b.naam,
        b.saldo_uren,
        b.saldo_eur,
        coalesce(p.eur, 0)::decimal(18, 2) as betaalt_eur,
        coalesce(o.tekort_eur, 0)::decimal(18, 2) as ontvangt_tekort_eur,
        b.geldinbreng_eur as brengt_geldinbreng_eur,
        coalesce(o.geldinbreng_eur, 0)::decimal(18, 2) as ontvangt_geldinbreng_eur,
        (b.saldo_eur + coalesce(p.eur, 0) - coalesce(o.tekort_eur, 0)
            - coalesce(o.geldinbreng_eur, 0))::decimal(18, 2) as tariefverschil_eur,
        intern.afgerond_uren(
            b.saldo_uren + coalesce(p.uren, 0) - coalesce(o.tekort_uren, 0)
            - coalesce(o.geldinbreng_uren, 0)
        ) as restant_uren,
        b.uurtarief_eur
    from balans as b
    left join betaald as p on p.peildatum = b.peildatum and p.gemeente = b.gemeente
    left join ontvangen as o on o.peildatum = b.peildatum and o.gemeente = b.gemeente
)

select * from final
order by peildatum, gemeente
