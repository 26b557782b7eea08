"""One hour bank per boekjaar (data contract, section 10) and the settlement that closes it
(section 3: the deficits and the geldinbreng pot, traced to the cent, tariefverschil shown).

Every expected figure is worked out by hand in the comments: the fixture is the bank of
test_centen_en_boekjaar (ALB −40,33 h and SLI −20 h for DOR, PAP and ZWD in 2012).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.sql.helpers import by, query, registraties
from tests.sql.test_centen_en_boekjaar import _bank_2012

HIA_INBRENG = {"gemeente": "HIA", "datum": date(2012, 4, 1), "bedrag_eur": 132.6}


def _met_2013(**extra: list[dict]) -> dict[str, list[dict]]:
    """The 2012 bank plus 8 h of ZWD for Sliedrecht on 12-06-2013."""
    bank = _bank_2012(**extra)
    bank["uren"] = bank["uren"] + registraties("S", "ZWD", 8, start=date(2013, 6, 12))
    return bank


def test_adding_2013_changes_no_figure_of_2012(warehouse):
    zonder = warehouse(**_bank_2012())
    met = warehouse(**_met_2013())
    for sql in (
        "select * from urenbalans_op(DATE '2012-12-31')",
        "select * from verrekening_op(DATE '2012-12-31')",
        "select * from verrekening where boekjaar = 2012",
        "select * from urenbalans_per_kwartaal where jaar = 2012",
        "select * from tussenstand_uren_tegoed_op(DATE '2012-09-30')",
        "select * from kpi_winstpunt_op(DATE '2012-12-31')",
    ):
        assert query(met, sql) == query(zonder, sql), sql


def test_each_boekjaar_is_its_own_hour_bank(warehouse):
    met = warehouse(**_met_2013())
    # the views without a date show the current boekjaar: 2013 (today is later, and it is
    # the latest year with data), in which only Sliedrecht took 8 h from Zwijndrecht
    saldo = by(query(met, "select * from urenbalans"), "gemeente", "saldo_uren")
    assert saldo == {"ALB": 0, "DOR": 0, "HIA": 0, "PAP": 0, "SLI": -8, "ZWD": 8}
    (stand,) = query(met, "select * from data_stand")
    assert (stand["boekjaar"], stand["boekjaren"]) == (2013, [2012, 2013])
    # the cumulative saldo starts again on 1 January: ZWD has 20 h in 2012, 8 h in 2013
    zwd = {
        (r["jaar"], r["kwartaal"]): r["saldo_cumulatief"]
        for r in query(met, "select * from urenbalans_per_kwartaal where gemeente = 'ZWD'")
    }
    assert zwd[(2012, 4)] == 20 and zwd[(2013, 2)] == 8
    # an as-of figure counts its own boekjaar from 1 January: 30-06-2013 sees only 2013
    juni = by(
        query(met, "select * from urenbalans_op(DATE '2013-06-30')"), "gemeente", "saldo_uren"
    )
    assert (juni["ALB"], juni["SLI"]) == (0, -8)


def test_every_boekjaar_is_settled_once_at_its_own_tarief(warehouse):
    met = warehouse(**_met_2013())
    rows = query(met, "select * from verrekening order by boekjaar")
    assert {(r["boekjaar"], r["peildatum"], r["uurtarief_eur"]) for r in rows} == {
        (2012, date(2012, 12, 31), Decimal("70.15")),
        (2013, date(2013, 12, 31), Decimal("99.00")),
    }
    # 2013: Sliedrecht pays Zwijndrecht 8 h × 99,00 = 792,00; 2012's deficits are not
    # settled a second time
    assert [
        (r["van_gemeente"], r["naar_gemeente"], r["bedrag_eur"])
        for r in rows
        if r["boekjaar"] == 2013
    ] == [("SLI", "ZWD", Decimal("792.00"))]
    assert {r["van_gemeente"] for r in rows if r["boekjaar"] == 2012} == {"ALB", "SLI"}


def test_no_signal_for_hours_of_an_earlier_boekjaar(warehouse):
    met = warehouse(**_met_2013())
    assert query(met, "select * from signalen where signaal = 'uren_buiten_boekjaar'") == []


def test_a_registration_in_a_year_not_yet_begun_is_a_signal(warehouse):
    bank = _bank_2012()
    volgend_jaar = date.today().year + 1
    bank["uren"] = bank["uren"] + registraties("S", "ZWD", 8, start=date(volgend_jaar, 2, 3))
    path = warehouse(**bank)
    (signaal,) = query(path, "select * from signalen where signaal = 'uren_buiten_boekjaar'")
    assert (signaal["opdracht_id"], signaal["gemeente"], signaal["uren"]) == ("S", "ZWD", 8)
    assert f"gedateerd in {volgend_jaar}" in signaal["toelichting"]
    # it counts in its own year, not in the current one
    assert by(query(path, "select * from urenbalans"), "gemeente", "saldo_uren")["ZWD"] == 20


@pytest.fixture(scope="module")
def met_inbreng(module_warehouse):
    """2012 with € 132,60 of HIA on 01-04-2012 at 66,30 = 2 h; 31-12's tarief is 70,15."""
    return module_warehouse(**_bank_2012(geldinbreng=[HIA_INBRENG]))


def test_the_geldinbreng_pot_is_paid_out_to_the_cent(met_inbreng):
    rows = query(met_inbreng, "select * from verrekening where soort = 'geldinbreng'")
    # saldi: DOR +33,333333, PAP +7, ZWD +20, HIA +2 (its money) = 62,333333 h positive;
    # the pot goes pro rata to them: DOR 132,60 × 33,333333 / 62,333333 = 70,909… → 70,91;
    # PAP × 7/62,33… = 14,891 → 14,89; ZWD × 20/62,33… = 42,545 → 42,55 (largest
    # remainder); HIA × 2/62,33… = 4,254 → 4,25: 70,91 + 14,89 + 42,55 + 4,25 = 132,60
    assert {r["naar_gemeente"]: r["bedrag_eur"] for r in rows} == {
        "DOR": Decimal("70.91"),
        "PAP": Decimal("14.89"),
        "ZWD": Decimal("42.55"),
        "HIA": Decimal("4.25"),
    }
    assert {(r["van_gemeente"], r["geldinbreng_van"]) for r in rows} == {("GELDINBRENG", "HIA")}
    assert sum(r["bedrag_eur"] for r in rows) == Decimal("132.60")


def test_after_the_settlement_every_saldo_is_zero_or_a_tariefverschil(met_inbreng):
    per = {
        r["gemeente"]: r
        for r in query(met_inbreng, "select * from verrekening_per_gemeente where boekjaar = 2012")
    }
    # in hours every gemeente ends at zero: the pot's 2 h come in at the tarief of 01-04
    assert {g: r["restant_uren"] for g, r in per.items()} == dict.fromkeys(per, 0)
    # the payers pay exactly their deficit
    assert per["ALB"]["betaalt_eur"] == Decimal("2829.38")
    assert per["SLI"]["betaalt_eur"] == Decimal("1403.00")
    # the pot's 2 h were worth 2 × 66,30 = 132,60 when they came in and 2 × 70,15 = 140,30 at
    # the year end: 7,70 remains as tariefverschil, split over the receivers
    assert sum(r["tariefverschil_eur"] for r in per.values()) == Decimal("7.70")
    assert per["ALB"]["tariefverschil_eur"] == per["SLI"]["tariefverschil_eur"] == 0
    # DOR: saldo 33,333333 × 70,15 = 2.338,33; receives 1.513,04 + 750,27 + 70,91 = 2.334,22
    assert per["DOR"]["ontvangt_tekort_eur"] == Decimal("2263.31")
    assert per["DOR"]["tariefverschil_eur"] == Decimal("2338.33") - Decimal("2334.22")


def test_without_geldinbreng_there_is_no_pot_and_no_tariefverschil(warehouse):
    path = warehouse(**_bank_2012())
    assert query(path, "select * from verrekening where soort = 'geldinbreng'") == []
    verschil = by(
        query(path, "select * from verrekening_per_gemeente"), "gemeente", "tariefverschil_eur"
    )
    # only the cents of the largest-remainder split can remain: at most one per payer
    assert all(abs(v) <= Decimal("0.02") for v in verschil.values())
