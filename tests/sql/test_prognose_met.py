"""prognose_met(toewijzingen): zero-sum, equal to a hand calculation, ignores bad input."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import SIX, medewerkers_per_gemeente, opdracht, query, registraties

TARIEF = [{"schaal": "gemiddeld", "geldig_vanaf": date(2012, 1, 1), "uurtarief_eur": 50.0}]
OPDRACHTEN = [
    # lokaal ALB, worked by DOR: 30 of 100 done, 70 to go (DOR +70, ALB -70 in the prognose)
    opdracht("OPEN", "lokaal", "ALB", opdrachtnemer="M-DOR"),
    # ondersteuning without opdrachtnemer: 60 to go, left out of the prognose so far
    opdracht("VRIJ", "ondersteuning", "REGIO", begrote_uren=60.0, status="aangemeld"),
    opdracht("KLAAR", "lokaal", "PAP", status="afgerond", opdrachtnemer="M-SLI"),
    opdracht("NUL", "lokaal", "HIA", begrote_uren=10.0, opdrachtnemer="M-ZWD"),
]


@pytest.fixture(scope="module")
def path(module_warehouse):
    return module_warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=OPDRACHTEN,
        tarieven=TARIEF,
        uren=registraties("OPEN", "DOR", 30) + registraties("NUL", "ZWD", 10),
    )


def _met(path, toewijzingen: list[tuple[str, str]]) -> dict[str, dict]:
    lijst = [{"opdracht_id": o, "medewerker_id": m} for o, m in toewijzingen]
    rows = query(path, "select * from prognose_met(?)", [lijst])
    return {r["gemeente"]: r for r in rows}


def test_prognose_met_matches_a_hand_calculation(path):
    rows = _met(path, [("VRIJ", "M-HIA"), ("OPEN", "M-SLI")])
    voor = {g: r["prognose_saldo_uren"] for g, r in rows.items()}
    assert voor == {"ALB": -100, "DOR": 100, "HIA": -10, "PAP": 0, "SLI": 0, "ZWD": 10}
    # VRIJ -> HIA brings 60, each of the six takes 10; OPEN -> SLI brings 70 instead of DOR
    verwacht = {"ALB": -10, "DOR": -80, "HIA": 50, "PAP": -10, "SLI": 60, "ZWD": -10}
    assert {g: r["verschil_uren"] for g, r in rows.items()} == pytest.approx(verwacht)
    assert {g: r["prognose_saldo_uren_met"] for g, r in rows.items()} == pytest.approx(
        {g: voor[g] + verwacht[g] for g in SIX}
    )
    assert sum(r["verschil_uren"] for r in rows.values()) == pytest.approx(0, abs=1e-9)


def test_settlement_in_euros_before_and_after(path):
    rows = _met(path, [("VRIJ", "M-HIA"), ("OPEN", "M-SLI")])
    assert rows["ALB"]["te_betalen_eur"] == 5000  # 100 h short × € 50
    assert rows["ALB"]["te_betalen_met_eur"] == 5500
    assert rows["DOR"]["te_betalen_met_eur"] == 0
    voor = sum(r["te_betalen_eur"] for r in rows.values())
    na = sum(r["te_betalen_met_eur"] for r in rows.values())
    assert (voor, na) == (5500, 6000)  # ALB 100 + HIA 10 before; ALB 110 + PAP 10 after


@pytest.mark.parametrize(
    "toewijzing",
    [
        ("ONBEKEND", "M-HIA"),  # unknown opdracht
        ("KLAAR", "M-HIA"),  # closed opdracht
        ("NUL", "M-HIA"),  # nothing left to do
        ("VRIJ", "M-WEG"),  # medewerker who does not exist
    ],
)
def test_bad_toewijzingen_change_nothing(path, toewijzing):
    rows = _met(path, [toewijzing])
    assert all(r["verschil_uren"] == 0 for r in rows.values())
    assert all(r["prognose_saldo_uren_met"] == r["prognose_saldo_uren"] for r in rows.values())


def test_the_last_toewijzing_of_an_opdracht_counts(path):
    rows = _met(path, [("VRIJ", "M-HIA"), ("VRIJ", "M-PAP")])
    assert rows["PAP"]["verschil_uren"] == pytest.approx(50)
    assert rows["HIA"]["verschil_uren"] == pytest.approx(-10)


def test_empty_list_changes_nothing(path):
    rows = query(
        path,
        "select * from prognose_met([]::struct(opdracht_id varchar, medewerker_id varchar)[])",
    )
    assert len(rows) == 6 and all(r["verschil_uren"] == 0 for r in rows)


def _hefbomen(path, wijzigingen: list[dict], geldinbreng: list[dict]) -> dict[str, dict]:
    rows = query(
        path,
        "select * from prognose_met([], wijzigingen := ?::struct(opdracht_id varchar, "
        "einddatum date, begrote_uren double)[], geldinbreng := ?::struct(gemeente varchar, "
        "bedrag_eur decimal(18, 2))[])",
        [wijzigingen, geldinbreng],
    )
    return {r["gemeente"]: r for r in rows}


def test_postponing_an_opdracht_into_next_year_takes_its_hours_out(path):
    """OPEN's 70 hours, now due (no einddatum), moved to 01-01 .. 30-01-2013: none of it
    is planned in 2012 any more (today is 31-12-2012: the data's boekjaar has ended)."""
    rows = _hefbomen(
        path, [{"opdracht_id": "OPEN", "einddatum": date(2013, 1, 30), "begrote_uren": None}], []
    )
    assert rows["DOR"]["verschil_uren"] == pytest.approx(-70 * 30 / 31)  # 1 of 31 days left
    assert rows["ALB"]["verschil_uren"] == pytest.approx(70 * 30 / 31)


def test_cutting_an_opdracht_lowers_its_remaining_hours(path):
    """OPEN cut from 100 to 50 begrote uren: 20 left instead of 70."""
    rows = _hefbomen(path, [{"opdracht_id": "OPEN", "einddatum": None, "begrote_uren": 50.0}], [])
    assert (rows["DOR"]["verschil_uren"], rows["ALB"]["verschil_uren"]) == (-50, 50)


def test_bringing_money_settles_through_the_verrekening_code(path):
    """ALB brings € 2.500 = 50 h at € 50: its prognose -100 becomes -50, it pays 2.500
    instead of 5.000, and the pot of 2.500 goes to the gemeenten with a credit."""
    rows = _hefbomen(path, [], [{"gemeente": "ALB", "bedrag_eur": 2500}])
    alb = rows["ALB"]
    assert (alb["prognose_saldo_uren"], alb["prognose_saldo_uren_met"]) == (-100, -50)
    assert (alb["te_betalen_eur"], alb["te_betalen_met_eur"]) == (5000, 2500)
    assert alb["geplande_geldinbreng_eur"] == 2500
    # DOR (+100) and ZWD (+10) share ALB's 2.500 and HIA's 500 deficits and the 2.500 pot
    ontvangen = sum(r["ontvangt_met_eur"] for r in rows.values())
    assert ontvangen == 2500 + 500 + 2500
    assert sum(r["verschil_uren"] for r in rows.values()) == pytest.approx(50)


def test_without_levers_the_euros_are_the_verrekening_pages(module_warehouse):
    """No open work left: the prognose is the saldo, and what prognose_met says each
    gemeente pays is exactly what verrekening_per_gemeente says, to the cent."""
    path = module_warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[
            opdracht(
                "K",
                "ondersteuning",
                "REGIO",
                status="afgerond",
                opdrachtnemer="M-DOR",
                begrote_uren=70.0,
            )
        ],
        tarieven=[
            {"schaal": "gemiddeld", "geldig_vanaf": date(2012, 1, 1), "uurtarief_eur": 61.37}
        ],
        uren=registraties("K", "DOR", 70),
        geldinbreng=[{"gemeente": "SLI", "datum": date(2012, 5, 1), "bedrag_eur": 1234.56}],
    )
    met = {r["gemeente"]: r for r in query(path, "select * from prognose_met([])")}
    pagina = {
        r["gemeente"]: r
        for r in query(path, "select * from verrekening_per_gemeente where boekjaar = 2012")
    }
    assert {g: r["te_betalen_eur"] for g, r in met.items()} == {
        g: r["betaalt_eur"] for g, r in pagina.items()
    }
    assert {g: r["ontvangt_eur"] for g, r in met.items()} == {
        g: r["ontvangt_tekort_eur"] + r["ontvangt_geldinbreng_eur"] for g, r in pagina.items()
    }
    assert sum(r["te_betalen_eur"] for r in met.values()) > 0
