-- grain: one row per gemeente: the year-end prognose now and with the MT's levers
-- `toewijzingen`: list of struct(opdracht_id varchar, medewerker_id varchar). Only
-- toewijzingen of an open opdracht with remaining hours R > 0 to an existing medewerker
-- count (for an opdracht named twice, the last one): the medewerker's gemeente brings R
-- instead of the current opdrachtnemer's; without a current opdrachtnemer the deelnemers
-- now also take R × aandeel. So without geldinbreng `verschil_uren` sums to zero.
-- `wijzigingen` (opdrachten moved or cut) and `geldinbreng` (money planned) are the other
-- two levers; see intern.prognose_tot, which computes both columns.
create or replace macro prognose_met(
    toewijzingen,
    wijzigingen := [],
    geldinbreng := []
) as table
with

basis as (
    select * from intern.prognose_tot(
        intern.planning_vanaf(),
        [intern.boekjaar_tot(null)],
        [],
        [],
        []
    )
),

met as (
    select * from intern.prognose_tot(
        intern.planning_vanaf(), [intern.boekjaar_tot(null)], toewijzingen, wijzigingen, geldinbreng
    )
),

final as (
    select
        b.gemeente,
        b.naam,
        intern.afgerond_uren(b.prognose_saldo_uren) as prognose_saldo_uren,
        intern.afgerond_uren(m.prognose_saldo_uren) as prognose_saldo_uren_met,
        intern.afgerond_uren(m.prognose_saldo_uren - b.prognose_saldo_uren) as verschil_uren,
        -- what the gemeente would pay at the year-end settlement (a deficit × the tarief)
        round(greatest(-round(b.prognose_saldo_uren, 6), 0) * b.uurtarief_eur, 2)
            ::decimal(18, 2) as te_betalen_eur,
        round(greatest(-round(m.prognose_saldo_uren, 6), 0) * m.uurtarief_eur, 2)
            ::decimal(18, 2) as te_betalen_met_eur
    from basis as b
    inner join met as m on m.gemeente = b.gemeente
)

select * from final
order by gemeente
