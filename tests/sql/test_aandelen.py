"""Each share rule of contract section 3, seen through the balance it produces."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import SIX, by, medewerkers_per_gemeente, opdracht, query, registraties
from warehouse.build import InvariantFailed


def gehaald(path, opdracht_id: str) -> dict[str, float]:
    rows = query(path, "select * from urenbalans_per_opdracht where opdracht_id = ?", [opdracht_id])
    return {g: u for g, u in by(rows, "gemeente", "gehaald_uren").items() if u}


def aandelen(path, opdracht_id: str) -> dict[str, float]:
    rows = query(path, "select * from intern.stg_aandelen where opdracht_id = ?", [opdracht_id])
    return by(rows, "gemeente", "aandeel")


@pytest.fixture(scope="module")
def rules(module_warehouse):
    opdrachten = [
        opdracht("LOK", "lokaal", "PAP"),
        opdracht("LOK-REGIO", "lokaal", "REGIO"),
        opdracht("REG", "regionaal", "REGIO"),
        opdracht("OND", "ondersteuning", "REGIO"),
        opdracht("ONT", "ontwikkel", "ALB"),
        opdracht("MEER", "meervoudig_lokaal", "HIA"),
        opdracht("REG-DEELN", "regionaal", "REGIO"),
    ]
    deelnemers = [
        {"opdracht_id": "MEER", "gemeente": "HIA", "aandeel": 0.3334},
        {"opdracht_id": "MEER", "gemeente": "ZWD", "aandeel": 0.6667},
        {"opdracht_id": "REG-DEELN", "gemeente": "ALB", "aandeel": 1.0},
    ]
    uren = [r for o in opdrachten for r in registraties(o["opdracht_id"], "DOR", 60)]
    return module_warehouse(
        gemeenten=[{"code": "GOR", "naam": "Gorinchem"}],
        medewerkers=medewerkers_per_gemeente((*SIX, "GOR")),
        opdrachten=opdrachten,
        deelnemers=deelnemers,
        uren=uren,
    )


def test_lokaal_takes_all_from_the_aanvrager(rules):
    assert gehaald(rules, "LOK") == pytest.approx({"PAP": 60})


def test_lokaal_asked_by_regio_follows_the_ikc_rule(rules):
    assert gehaald(rules, "LOK-REGIO") == pytest.approx({"DOR": 48, "ZWD": 12})


def test_regionaal_is_80_20(rules):
    assert gehaald(rules, "REG") == pytest.approx({"DOR": 48, "ZWD": 12})


@pytest.mark.parametrize("opdracht_id", ["OND", "ONT"])
def test_ondersteuning_and_ontwikkel_share_by_the_six_not_added_gemeenten(rules, opdracht_id):
    assert gehaald(rules, opdracht_id) == pytest.approx({g: 10 for g in SIX})


def test_deelnemers_rows_are_normalised_to_sum_one(rules):
    shares = aandelen(rules, "MEER")
    assert shares == pytest.approx({"HIA": 0.3334 / 1.0001, "ZWD": 0.6667 / 1.0001})
    effect = query(rules, "select sum(saldo_uren) as s from urenbalans_per_opdracht")
    assert abs(effect[0]["s"]) < 1e-9


def test_deelnemers_rows_override_the_soort(rules):
    assert gehaald(rules, "REG-DEELN") == pytest.approx({"ALB": 60})


def test_added_gemeente_is_in_the_balance_at_zero(rules):
    balans = by(query(rules, "select * from urenbalans"), "gemeente", "saldo_uren")
    assert set(balans) == {*SIX, "GOR"}
    assert balans["GOR"] == 0


def test_deelnemers_without_aandeel_share_equally(warehouse):
    path = warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("X", "meervoudig_lokaal", "ALB")],
        deelnemers=[{"opdracht_id": "X", "gemeente": g} for g in ("ALB", "SLI", "PAP")],
        uren=registraties("X", "HIA", 30),
    )
    assert gehaald(path, "X") == pytest.approx({"ALB": 10, "SLI": 10, "PAP": 10})


def test_meervoudig_lokaal_without_deelnemers_fails_the_build(warehouse):
    with pytest.raises(InvariantFailed) as exc:
        warehouse(
            medewerkers=medewerkers_per_gemeente(),
            opdrachten=[opdracht("X", "meervoudig_lokaal", "ALB")],
        )
    assert exc.value.check == "check_aandelen_som_een"


def test_opdracht_aandelen_names_the_rule(rules):
    rows = query(rules, "select * from opdracht_aandelen where opdracht_id in ('LOK', 'REG')")
    assert [(r["opdracht_id"], r["gemeente"], r["aandeel"], r["bron"]) for r in rows] == [
        ("LOK", "PAP", 1.0, "lokaal"),
        ("REG", "DOR", 0.8, "regionaal"),
        ("REG", "ZWD", 0.2, "regionaal"),
    ]
    assert rows[0]["naam"] == "Papendrecht"


def test_added_gemeente_appears_in_every_view_per_gemeente(warehouse):
    """GOR (from a gemeenten file) works 12 h for ALB in Q1 and takes its share of a
    meervoudig_lokaal opdracht in Q2: it must show up wherever the six do."""
    path = warehouse(
        gemeenten=[{"code": "GOR", "naam": "Gorinchem"}],
        medewerkers=medewerkers_per_gemeente((*SIX, "GOR")),
        opdrachten=[opdracht("L", "lokaal", "ALB"), opdracht("M", "meervoudig_lokaal", "GOR")],
        deelnemers=[{"opdracht_id": "M", "gemeente": g, "aandeel": 0.5} for g in ("GOR", "PAP")],
        uren=registraties("L", "GOR", 12) + registraties("M", "DOR", 4, start=date(2012, 4, 2)),
    )
    assert by(query(path, "select * from urenbalans"), "gemeente", "saldo_uren")["GOR"] == 10
    kwartalen = query(path, "select * from urenbalans_per_kwartaal where gemeente = 'GOR'")
    assert [(r["kwartaal"], r["saldo_uren"], r["saldo_cumulatief"]) for r in kwartalen] == [
        (1, 12, 12),
        (2, -2, 10),
    ]
    tegoed = query(path, "select * from tussenstand_uren_tegoed where gemeente = 'GOR'")
    assert by(tegoed, "opdracht_id", "saldo_uren") == {"L": 12, "M": -2}
    verrekening = query(path, "select * from verrekening where naar_gemeente = 'GOR'")
    # positive saldi GOR 10 and DOR 4; ALB pays 12 and PAP 2, pro rata
    assert by(verrekening, "van_gemeente", "uren") == pytest.approx(
        {"ALB": 12 * 10 / 14, "PAP": 2 * 10 / 14}
    )
    assert "GOR" in by(query(path, "select * from prognose"), "gemeente", "naam")
    assert by(query(path, "select * from opdracht_aandelen"), "gemeente", "naam")["GOR"] == (
        "Gorinchem"
    )
