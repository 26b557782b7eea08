-- grain: one row per gemeente (all): the settlement that would follow the year-end prognose of
-- vanaf's boekjaar with the MT's levers (the three lists of intern.prognose_tot)
-- The expected saldo on 31 December, in euros at that day's gemiddeld tarief, with the
-- geldinbreng so far plus the planned one as the pot, through the same settlement code as
-- the Verrekening page (intern.verrekening_saldi_uit): the same situation never shows two
-- amounts (data contract, section 6 "The MT's three levers").
create or replace macro intern.prognose_verrekening(vanaf, toewijzingen, wijzigingen, geldinbreng)
as table
select *
from intern.verrekening_saldi_uit(
    (
        select list(b)
        from (
            select
                boekjaar,
                peildatum,
                gemeente,
                naam,
                intern.afgerond_uren(prognose_saldo_uren) as saldo_uren,
                round(
                    intern.afgerond_uren(prognose_saldo_uren)::decimal(38, 6) * uurtarief_eur, 2
                )::decimal(18, 2) as saldo_eur,
                geldinbreng_uren,
                geldinbreng_eur,
                uurtarief_eur
            from intern.prognose_tot(
                vanaf, [make_date(year(vanaf::date), 12, 31)], toewijzingen, wijzigingen, geldinbreng
            )
        ) as b
    )
)
