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

-- the prognose and the settlement it would give, by the Verrekening page's own code
nu as (
    select * from intern.prognose_verrekening(intern.planning_vanaf(), [], [], [])
),

met as (
    select * from intern.prognose_verrekening(
        intern.planning_vanaf(), toewijzingen, wijzigingen, geldinbreng
    )
),

final as (
    select
        n.gemeente,
        n.naam,
        n.saldo_uren as prognose_saldo_uren,
        m.saldo_uren as prognose_saldo_uren_met,
        intern.afgerond_uren(m.saldo_uren - n.saldo_uren) as verschil_uren,
        (m.brengt_geldinbreng_eur - n.brengt_geldinbreng_eur)::decimal(18, 2)
            as geplande_geldinbreng_eur,
        n.betaalt_eur as te_betalen_eur,
        m.betaalt_eur as te_betalen_met_eur,
        (n.ontvangt_tekort_eur + n.ontvangt_geldinbreng_eur)::decimal(18, 2) as ontvangt_eur,
        (m.ontvangt_tekort_eur + m.ontvangt_geldinbreng_eur)::decimal(18, 2)
            as ontvangt_met_eur
    from nu as n
    inner join met as m on m.gemeente = n.gemeente
)

select * from final
order by gemeente
