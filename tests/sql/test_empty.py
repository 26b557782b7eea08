"""An empty warehouse (no files loaded) still shows every gemeente and every winstpunt."""

from __future__ import annotations

from tests.sql.helpers import SIX, query


def test_empty_warehouse_has_all_gemeenten_and_winstpunten_at_zero(warehouse):
    path = warehouse()
    balans = query(path, "select * from urenbalans")
    assert [r["gemeente"] for r in balans] == list(SIX)
    assert all(
        r[c] == 0
        for r in balans
        for c in ("gebracht_uren", "gehaald_uren", "geldinbreng_uren", "saldo_uren")
    )
    kpi = query(path, "select * from kpi_winstpunt")
    assert [r["winstpunt"] for r in kpi] == [f"W{i}" for i in range(1, 10)]
    assert all(r["aantal_opdrachten"] == 0 and r["gemiddelde_score"] is None for r in kpi)
    assert len(query(path, "select * from efficiency_per_winstpunt")) == 9
    assert len(query(path, "select * from kwaliteit_per_winstpunt")) == 9
    assert len(query(path, "select * from kwaliteit_per_rol")) == 3
    assert [r["saldo_uren"] for r in query(path, "select * from prognose")] == [0] * 6


def test_empty_warehouse_has_no_rows_where_there_is_no_data(warehouse):
    path = warehouse()
    for view in (
        "urenbalans_per_opdracht",
        "urenbalans_per_kwartaal",
        "urenbalans_per_halfjaar",
        "werkvoorraad",
        "werkvoorraad_samenvatting",
        "verrekening",
        "tussenstand_uren_tegoed",
        "efficiency",
        "leerervaringen_per_kwartaal",
        "etl_bestanden",
        "etl_afgekeurd",
    ):
        assert query(path, f"select * from {view}") == [], view
    stand = query(path, "select * from data_stand")
    assert len(stand) == 1
    assert stand[0]["laatste_datum"] is None
    assert stand[0]["run_id"] == 1
