"""Geldinbreng across a tarief change, and the year-end settlement computed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.sql.helpers import SIX, by, medewerkers_per_gemeente, opdracht, query, registraties

TARIEVEN = [
    {"schaal": "gemiddeld", "geldig_vanaf": date(2012, 1, 1), "uurtarief_eur": 70.0},
    {"schaal": "gemiddeld", "geldig_vanaf": date(2012, 7, 1), "uurtarief_eur": 75.0},
    {"schaal": "10", "geldig_vanaf": date(2012, 1, 1), "uurtarief_eur": 999.0},
]


@pytest.fixture(scope="module")
def bank(module_warehouse):
    """ALB −60 (DOR 40, PAP 20 work for it), SLI −30 (ZWD works for it), HIA money.

    Registrations end on 2012-09-27 (DOR, 40 h in 5 days from 2012-09-23), HIA's money
    of 750 euro on 2012-07-01 is worth 10 h at 75, and HIA's 700 on 2012-06-30 is
    worth 10 h at 70 (before the change).
    """
    return module_warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("A", "lokaal", "ALB"), opdracht("S", "lokaal", "SLI")],
        uren=registraties("A", "DOR", 40, start=date(2012, 9, 23))
        + registraties("A", "PAP", 20, start=date(2012, 2, 1))
        + registraties("S", "ZWD", 30, start=date(2012, 3, 1)),
        tarieven=TARIEVEN,
        geldinbreng=[
            {"gemeente": "HIA", "datum": date(2012, 6, 30), "bedrag_eur": 700.0},
            {"gemeente": "HIA", "datum": date(2012, 7, 1), "bedrag_eur": 750.0},
        ],
    )


def test_geldinbreng_uses_the_tarief_valid_on_its_date(bank):
    rows = query(bank, "select * from intern.fct_geldinbreng order by datum")
    assert [r["uurtarief_eur"] for r in rows] == [70, 75]
    assert [r["uren"] for r in rows] == pytest.approx([10, 10])
    balans = by(query(bank, "select * from urenbalans"), "gemeente", "saldo_uren")
    assert balans == pytest.approx(
        {"ALB": -60, "DOR": 40, "HIA": 20, "PAP": 20, "SLI": -30, "ZWD": 30}
    )


def test_geldinbreng_counts_in_its_own_quarter(bank):
    rows = query(bank, "select * from urenbalans_per_kwartaal where gemeente = 'HIA'")
    assert {(r["jaar"], r["kwartaal"]): r["geldinbreng_uren"] for r in rows} == pytest.approx(
        {(2012, 1): 0, (2012, 2): 10, (2012, 3): 10}
    )


def test_verrekening_pays_pro_rata_at_the_year_end_tarief(bank):
    rows = query(bank, "select * from verrekening where soort = 'tekort'")
    pairs = {(r["van_gemeente"], r["naar_gemeente"]): r["uren"] for r in rows}
    # positive saldi DOR 40, HIA 20, PAP 20, ZWD 30 (110); deficits ALB 60, SLI 30 (90)
    assert pairs == pytest.approx(
        {
            ("ALB", "DOR"): 60 * 40 / 110,
            ("ALB", "HIA"): 60 * 20 / 110,
            ("ALB", "PAP"): 60 * 20 / 110,
            ("ALB", "ZWD"): 60 * 30 / 110,
            ("SLI", "DOR"): 30 * 40 / 110,
            ("SLI", "HIA"): 30 * 20 / 110,
            ("SLI", "PAP"): 30 * 20 / 110,
            ("SLI", "ZWD"): 30 * 30 / 110,
        }
    )
    assert {r["uurtarief_eur"] for r in rows} == {75}
    # settled on 31-12 of the boekjaar (the data end on 27-09), at the tarief valid then
    assert {r["peildatum"] for r in rows} == {date(2012, 12, 31)}
    assert sum(r["bedrag_eur"] for r in rows) == 90 * 75
    # the euro saldo of urenbalans is what a payer pays, at the same tarief
    saldo_eur = by(query(bank, "select * from urenbalans"), "gemeente", "saldo_eur")
    for betaler in ("ALB", "SLI"):
        betaald = sum(r["bedrag_eur"] for r in rows if r["van_gemeente"] == betaler)
        assert saldo_eur[betaler] == -betaald


def test_the_geldinbreng_pot_goes_to_the_positive_saldi_pro_rata(bank):
    rows = query(bank, "select * from verrekening where soort = 'geldinbreng'")
    # HIA brought 700 + 750 = 1.450 euro; positive saldi DOR 40, HIA 20, PAP 20, ZWD 30 (110):
    # DOR 1.450 × 40/110 = 527,27; HIA and PAP × 20/110 = 263,636… → 263,64 each (the two
    # largest remainders); ZWD × 30/110 = 395,454… → 395,45: together exactly 1.450,00
    assert {r["naar_gemeente"]: r["bedrag_eur"] for r in rows} == {
        "DOR": Decimal("527.27"),
        "HIA": Decimal("263.64"),
        "PAP": Decimal("263.64"),
        "ZWD": Decimal("395.45"),
    }
    assert {r["geldinbreng_van"] for r in rows} == {"HIA"}


def test_verrekening_op_an_earlier_date_uses_that_stand_and_tarief(bank):
    rows = query(
        bank, "select * from verrekening_op(?) where soort = 'tekort'", [date(2012, 6, 30)]
    )
    # by 30-06: ALB −20 (PAP's 20 h), SLI −30, PAP +20, ZWD +30, HIA +10 (money)
    pairs = {(r["van_gemeente"], r["naar_gemeente"]): r["uren"] for r in rows}
    assert pairs[("ALB", "PAP")] == pytest.approx(20 * 20 / 60)
    assert pairs[("SLI", "HIA")] == pytest.approx(30 * 10 / 60)
    assert ("ALB", "DOR") not in pairs
    assert {r["uurtarief_eur"] for r in rows} == {70}


def test_data_stand_reports_the_period_and_tarief(bank):
    (stand,) = query(bank, "select * from data_stand")
    assert stand["eerste_datum"] == date(2012, 2, 1)
    assert stand["laatste_datum"] == date(2012, 9, 27)
    assert stand["uurtarief_eur"] == 75
    assert stand["totaal_uren"] == 90
    assert stand["aantal_opdrachten"] == 2


def test_verrekening_ignores_float_noise_of_shares(warehouse):
    """Each gemeente brings 0,3 h on an ontwikkel opdracht and takes 6 × 0,3 / 6 back: the
    four outside DOR/ALB end a few 1e-17 h from zero, which must not make them pay."""
    path = warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("ONT", "ontwikkel", "REGIO"), opdracht("L", "lokaal", "ALB")],
        uren=[r for g in SIX for r in registraties("ONT", g, 0.3)] + registraties("L", "DOR", 10),
        tarieven=TARIEVEN,
    )
    balans = by(query(path, "select * from urenbalans"), "gemeente", "saldo_uren")
    assert balans == pytest.approx({"ALB": -10, "DOR": 10} | dict.fromkeys(SIX[2:], 0), abs=1e-9)
    rows = query(path, "select * from verrekening")
    assert [(r["van_gemeente"], r["naar_gemeente"], r["bedrag_eur"]) for r in rows] == [
        ("ALB", "DOR", 10 * 75)
    ]


def test_verrekening_counts_geldinbreng_after_the_last_hours_at_year_end(warehouse):
    """Hours end 29-06, HIA's money comes on 02-07, after the tarief went from 70 to 75 on
    01-07: the settlement on 31-12 counts both, at the tarief valid on 31-12."""
    path = warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("A", "lokaal", "ALB")],
        uren=registraties("A", "DOR", 16, start=date(2012, 6, 28)),
        tarieven=TARIEVEN,
        geldinbreng=[{"gemeente": "HIA", "datum": date(2012, 7, 2), "bedrag_eur": 300.0}],
    )
    rows = query(path, "select * from verrekening where soort = 'tekort'")
    assert {(r["peildatum"], r["uurtarief_eur"]) for r in rows} == {(date(2012, 12, 31), 75)}
    # ALB −16 pays DOR (+16) and HIA (+4) pro rata
    assert by(rows, "naar_gemeente", "bedrag_eur") == {
        "DOR": 16 * 16 / 20 * 75,
        "HIA": 16 * 4 / 20 * 75,
    }
