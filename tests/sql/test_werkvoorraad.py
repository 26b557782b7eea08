"""Werkvoorraad, prognose, efficiency and kwaliteit on small hand-computed cases."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import SIX, by, medewerkers_per_gemeente, opdracht, query, registraties

OPDRACHTEN = [
    # open, worked by DOR for ALB: 30 of 100 realised, 70 to go
    opdracht(
        "OPEN",
        "lokaal",
        "ALB",
        opdrachtnemer="M-DOR",
        winstpunten=["W4", "W1"],
        samengevoegd_uit=["B", "C"],
        fase="doe",
        startdatum=date(2012, 1, 1),
    ),
    # open without opdrachtnemer: 60 h to go, shared by the six
    opdracht("VRIJ", "ondersteuning", "REGIO", begrote_uren=60.0, status="aangemeld"),
    # over budget: nothing to go
    opdracht("OVER", "lokaal", "PAP", begrote_uren=10.0, opdrachtnemer="M-SLI"),
    # afgerond: remaining budget does not count
    opdracht(
        "B",
        "lokaal",
        "HIA",
        begrote_uren=80.0,
        status="afgerond",
        opdrachtnemer="M-ZWD",
        winstpunten=["W4"],
        akkoord_opdrachtgever=True,
        einddatum=date(2012, 3, 1),
    ),
    opdracht(
        "C",
        "lokaal",
        "HIA",
        begrote_uren=50.0,
        status="afgerond",
        winstpunten=["W4"],
        akkoord_opdrachtgever=False,
        einddatum=date(2012, 5, 1),
    ),
    opdracht(
        "WEG", "lokaal", "SLI", status="geannuleerd", winstpunten=["W4"], samengevoegd_uit=["B"]
    ),
]
EVALUATIES = [
    {"opdracht_id": "B", "rol": "opdrachtnemer", "score_product": 8, "score_proces": 6},
    {"opdracht_id": "B", "rol": "bestuurlijk_opdrachtgever", "score_product": 6},
    {"opdracht_id": "C", "rol": "opdrachtnemer", "score_product": 4, "score_proces": 9},
    {"opdracht_id": "WEG", "rol": "opdrachtnemer", "score_product": 1, "score_proces": 1},
]


@pytest.fixture(scope="module")
def voorraad(module_warehouse):
    return module_warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=OPDRACHTEN,
        uren=registraties("OPEN", "DOR", 30) + registraties("OVER", "SLI", 20),
        evaluaties=EVALUATIES,
    )


def test_werkvoorraad_lists_every_opdracht_with_its_extras(voorraad):
    rows = {r["opdracht_id"]: r for r in query(voorraad, "select * from werkvoorraad")}
    assert set(rows) == {o["opdracht_id"] for o in OPDRACHTEN}
    assert rows["OPEN"]["gerealiseerde_uren"] == 30
    assert rows["OPEN"]["resterende_uren"] == 70
    assert rows["OPEN"]["opdrachtnemer_gemeente"] == "DOR"
    assert rows["OPEN"]["winstpunten"] == ["W1", "W4"]
    assert rows["OPEN"]["deelnemers"] == ["ALB"]
    assert rows["VRIJ"]["zonder_opdrachtnemer"] is True
    assert rows["VRIJ"]["deelnemers"] == sorted(SIX)
    assert rows["OVER"]["resterende_uren"] == 0


def test_werkvoorraad_samenvatting_counts_per_dimension(voorraad):
    rows = query(voorraad, "select * from werkvoorraad_samenvatting")
    totaal = {r["status"]: r for r in rows if r["dimensie"] == "totaal"}
    assert {s: r["aantal"] for s, r in totaal.items()} == {
        "lopend": 2,
        "aangemeld": 1,
        "afgerond": 2,
        "geannuleerd": 1,
    }
    assert totaal["aangemeld"]["aantal_zonder_opdrachtnemer"] == 1
    lokaal_lopend = next(
        r
        for r in rows
        if (r["dimensie"], r["waarde"], r["status"]) == ("soort_opdracht", "lokaal", "lopend")
    )
    assert lokaal_lopend["begrote_uren"] == 110
    assert lokaal_lopend["gerealiseerde_uren"] == 50
    fasen = {r["waarde"] for r in rows if r["dimensie"] == "fase"}
    assert fasen == {"doe", "onbekend"}


def test_prognose_brings_by_opdrachtnemer_and_takes_by_share(voorraad):
    rows = {r["gemeente"]: r for r in query(voorraad, "select * from prognose")}
    assert rows["DOR"]["saldo_uren"] == 30
    assert rows["DOR"]["resterende_uren_gebracht"] == 70
    assert rows["ALB"]["resterende_uren_gehaald"] == 70
    assert rows["ALB"]["prognose_saldo_uren"] == -100
    assert rows["DOR"]["prognose_saldo_uren"] == 100
    assert rows["PAP"]["prognose_saldo_uren"] == -20  # OVER: 20 h taken, nothing to go
    assert {g: r["resterende_uren_zonder_opdrachtnemer"] for g, r in rows.items()} == (
        pytest.approx({g: 10 for g in SIX})
    )
    assert sum(r["prognose_saldo_uren"] for r in rows.values()) == pytest.approx(0)


def test_efficiency_counts_merged_budget_minus_own(voorraad):
    rows = query(voorraad, "select * from efficiency")
    assert [
        (r["opdracht_id"], r["begrote_uren_samengevoegd"], r["bespaarde_uren"]) for r in rows
    ] == [("OPEN", 130, 30)]
    per_w = by(
        query(voorraad, "select * from efficiency_per_winstpunt"), "winstpunt", "bespaarde_uren"
    )
    assert per_w == {f"W{i}": (30 if i in (1, 4) else 0) for i in range(1, 10)}


def test_kpi_and_kwaliteit_exclude_cancelled_opdrachten(voorraad):
    kpi = {r["winstpunt"]: r for r in query(voorraad, "select * from kpi_winstpunt")}
    w4 = kpi["W4"]
    assert (w4["aantal_opdrachten"], w4["aantal_afgerond"], w4["aantal_akkoord"]) == (3, 2, 1)
    assert w4["gerealiseerde_uren"] == 30
    assert w4["gemiddelde_score"] == pytest.approx((8 + 6 + 4) / 3)
    kw = {r["winstpunt"]: r for r in query(voorraad, "select * from kwaliteit_per_winstpunt")}
    assert kw["W4"]["aandeel_akkoord"] == 0.5
    assert kw["W4"]["gemiddelde_score_proces"] == pytest.approx(7.5)
    assert kw["W9"]["aandeel_akkoord"] is None
    rol = by(query(voorraad, "select * from kwaliteit_per_rol"), "rol", "aantal_evaluaties")
    assert rol == {"bestuurlijk_opdrachtgever": 1, "ambtelijk_opdrachtgever": 0, "opdrachtnemer": 2}
    per_opdracht = by(
        query(voorraad, "select * from kwaliteit_per_opdracht"),
        "opdracht_id",
        "gemiddelde_score_product",
    )
    assert per_opdracht == {"OPEN": None, "VRIJ": None, "OVER": None, "B": 7, "C": 4}


def test_kpi_winstpunt_op_counts_afgerond_by_einddatum(voorraad):
    def w4(peildatum):
        rows = query(voorraad, "select * from kpi_winstpunt_op(?)", [peildatum])
        return next(r for r in rows if r["winstpunt"] == "W4")

    maart = w4(date(2012, 3, 31))
    assert (maart["aantal_afgerond"], maart["aantal_akkoord"]) == (1, 1)
    assert maart["aantal_evaluaties"] == 2  # B's evaluaties (no datum: B's einddatum)
    mei = w4(date(2012, 5, 1))
    assert (mei["aantal_afgerond"], mei["aantal_akkoord"]) == (2, 1)
    assert w4(date(2011, 12, 31))["aantal_opdrachten"] == 2  # OPEN starts 01-01-2012
