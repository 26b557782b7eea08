"""The plan's worked example ("Sturen op uren", contract section 3) and the rMJP example."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import (
    SIX,
    by,
    medewerkers_per_gemeente,
    opdracht,
    query,
    registraties,
)

# the nine opdrachten of the plan's table: (id, titel, soort, aanvrager, who brings how much)
PLAN = [
    ("P1", "Decentralisaties sociaal domein", "ontwikkel", "REGIO", {"HIA": 300, "ZWD": 300}),
    ("P2", "Leerlingenvervoer", "ondersteuning", "REGIO", {"PAP": 240}),
    ("P3", "Evaluatieonderzoek", "lokaal", "DOR", {"DOR": 80}),
    ("P4", "Accountschap Drechtwerk", "ondersteuning", "REGIO", {"ALB": 110}),
    ("P5", "Duurzaamheid", "regionaal", "REGIO", {"DOR": 240}),
    ("P6", "Kinderopvang", "meervoudig_lokaal", "SLI", {"SLI": 210}),
    ("P7", "Cultuurvisie Alblasserdam", "lokaal", "ALB", {"DOR": 200}),
    ("P8", "Sportnota Sliedrecht", "lokaal", "SLI", {"ZWD": 200}),
    ("P9", "Zwembad nota HIA Zwijndrecht", "meervoudig_lokaal", "HIA", {"PAP": 150}),
]
# Duurzaamheid is regionaal but shared by all six through deelnemers rows without aandeel;
# Kinderopvang lists all six with an explicit 1/6; Zwembad HIA and ZWD half each.
DEELNEMERS = (
    [{"opdracht_id": "P5", "gemeente": g} for g in SIX]
    + [{"opdracht_id": "P6", "gemeente": g, "aandeel": 1 / 6} for g in SIX]
    + [{"opdracht_id": "P9", "gemeente": g, "aandeel": 0.5} for g in ("HIA", "ZWD")]
)
SALDI = {"ALB": -323.33, "DOR": 206.67, "HIA": -8.33, "PAP": 156.67, "SLI": -223.33, "ZWD": 191.67}


@pytest.fixture(scope="module")
def plan(module_warehouse):
    uren = [
        row
        for pid, _, _, _, brengers in PLAN
        for g, totaal in brengers.items()
        for row in registraties(pid, g, totaal, start=date(2012, 2, 1))
    ]
    return module_warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[
            opdracht(pid, soort, aanvrager, titel=titel, begrote_uren=float(sum(b.values())))
            for pid, titel, soort, aanvrager, b in PLAN
        ],
        deelnemers=DEELNEMERS,
        uren=uren,
    )


def test_plan_saldi_to_the_hundredth(plan):
    balans = query(plan, "select * from urenbalans")
    assert {g: round(s, 2) for g, s in by(balans, "gemeente", "saldo_uren").items()} == SALDI
    assert sum(r["gebracht_uren"] for r in balans) == pytest.approx(2030)
    # six figures, each rounded to 6 decimals at the interface
    assert sum(r["saldo_uren"] for r in balans) == pytest.approx(0, abs=6 * 5e-7)


def test_plan_rows_per_opdracht(plan):
    rows = query(plan, "select * from urenbalans_per_opdracht where opdracht_id in ('P1', 'P4')")
    p1 = by([r for r in rows if r["opdracht_id"] == "P1"], "gemeente", "saldo_uren")
    assert p1 == pytest.approx(
        {"ALB": -100, "DOR": -100, "HIA": 200, "PAP": -100, "SLI": -100, "ZWD": 200}
    )
    p4 = by([r for r in rows if r["opdracht_id"] == "P4"], "gemeente", "saldo_uren")
    assert p4["ALB"] == pytest.approx(110 - 110 / 6)
    assert p4["DOR"] == pytest.approx(-110 / 6)


def test_evaluatieonderzoek_has_no_net_effect_in_tussenstand(plan):
    rows = query(plan, "select * from tussenstand_uren_tegoed where opdracht_id = 'P3'")
    assert len(rows) == 6
    assert {r["gerealiseerde_uren"] for r in rows} == {80}
    assert all(r["saldo_uren"] == 0 for r in rows)


def test_tussenstand_column_totals_equal_saldi(plan):
    rows = query(
        plan,
        "select gemeente, sum(saldo_uren) as s from tussenstand_uren_tegoed group by gemeente",
    )
    assert {g: round(s, 2) for g, s in by(rows, "gemeente", "s").items()} == SALDI


def test_plan_settlement_pays_deficits_pro_rata(plan):
    rows = query(plan, "select * from verrekening")
    assert {r["van_gemeente"] for r in rows} == {"ALB", "HIA", "SLI"}
    assert {r["naar_gemeente"] for r in rows} == {"DOR", "PAP", "ZWD"}
    alb_dor = next(r for r in rows if (r["van_gemeente"], r["naar_gemeente"]) == ("ALB", "DOR"))
    assert alb_dor["uren"] == pytest.approx((970 / 3) * (620 / 3) / 555)
    assert alb_dor["bedrag_eur"] is None  # no tarief loaded


def test_rmjp_regional_takes_80_20(warehouse):
    path = warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("RMJP", "regionaal", "REGIO", begrote_uren=2000.0)],
        uren=registraties("RMJP", "PAP", 2000),
    )
    gehaald = by(query(path, "select * from urenbalans"), "gemeente", "gehaald_uren")
    assert gehaald == pytest.approx(
        {"ALB": 0, "DOR": 1600, "HIA": 0, "PAP": 0, "SLI": 0, "ZWD": 400}
    )
