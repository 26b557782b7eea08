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
