"""The Werkbank's Bezetting and Voorstel tabs: what the MT sees, and the voorstel's rows
assigned through the toets' own toewijzen step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from cijfers import charts_tijd
from cijfers import format as fmt
from dashboard import db, schrijven
from etl.load import run_etl
from invoer.achtergrond import achtergrond
from invoer.schrijven import WIJZIGINGEN, platform_rows
from tests.dashboard.bouw import app
from tests.dashboard.helpers import direct, tabel_met, widget, zonder_fouten
from tests.etl.helpers import write_csv
from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV

PAGINA = "pages/werkbank.py"


@pytest.fixture
def demo(demo_warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(WAREHOUSE_ENV, str(demo_warehouse))
    monkeypatch.delenv(SOURCE_ENV, raising=False)
    return demo_warehouse


def test_bezetting_shows_free_hours_and_the_prognose_per_quarter(demo):
    at = zonder_fouten(app(PAGINA, tab="Bezetting"))
    assert widget(at.selectbox, "Medewerkers van").value == "ALB"
    kwartalen = tabel_met(at, "K4 2012")
    prognose = direct(demo, "select naam, prognose_saldo_uren from prognose order by gemeente")
    assert kwartalen["Gemeente"].tolist() == prognose["naam"].to_list()
    assert kwartalen["K4 2012"].tolist() == [
        fmt.getal(v, 0, teken=True) for v in prognose["prognose_saldo_uren"]
    ]


def test_voorstel_lists_every_row_with_its_reason_and_an_excel(demo):
    at = zonder_fouten(app(PAGINA, tab="Voorstel"))
    voorstel = direct(demo, "select * from toewijzingsvoorstel order by opdracht_id")
    tabel = tabel_met(at, "Voorgesteld")
    assert tabel["Opdracht"].tolist() == voorstel["opdracht_id"].to_list()
    assert all(tabel["Waarom"])
    assert any(b.label == "Download het voorstel als Excel" for b in at.get("download_button"))
    assert any(schrijven.UIT in i.value for i in at.info)  # no source folder: no writing


MEDEWERKERS = [
    ["medewerker_id", "gemeente", "schaal", "expertise", "beschikbaar_uren_per_week", "naam"],
    ["M-1", "DOR", "11", "cultuur", "20", "Anna"],
    ["M-2", "ZWD", "10", "sport", "20", "Bram"],
]
OPDRACHTEN = [
    ["opdracht_id", "titel", "soort_opdracht", "aanvrager", "begrote_uren", "status"],
    ["PT-1", "Cultuurvisie", "lokaal", "HIA", "100", "geaccepteerd"],
    ["PT-2", "Parkeernota", "lokaal", "PAP", "40", "geaccepteerd"],
]


def test_accepted_rows_become_toewijzingen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    bron, warehouse = tmp_path / "bron", tmp_path / "proeftuin.duckdb"
    write_csv(bron / "dordrecht" / "medewerkers.csv", MEDEWERKERS)
    write_csv(bron / "regio" / "opdrachten.csv", OPDRACHTEN)
    run_etl(bron, warehouse)
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))
    monkeypatch.setenv(SOURCE_ENV, str(bron))
    at = zonder_fouten(app(PAGINA, tab="Voorstel"))
    tabel = tabel_met(at, "Voorgesteld")
    assert dict(zip(tabel["Opdracht"], tabel["Voorgesteld"], strict=True)) == {
        "PT-1": "Anna",
        "PT-2": "",  # nobody has the expertise: listed, with the reason
    }
    widget(at.multiselect, "Over te nemen").select("PT-1").run()
    at.button(key="voorstel_toewijzen").click().run()
    zonder_fouten(at)
    assert any("1 opdracht(en) toegewezen" in s.value for s in at.success)
    [rij] = platform_rows(bron, WIJZIGINGEN)
    assert (rij["opdracht_id"], rij["opdrachtnemer"], rij["status"]) == (
        "PT-1",
        "M-1",
        "geaccepteerd",
    )
    # the ETL that follows runs in the background: wait for it, then PT-1 has its nemer
    runner = achtergrond(bron, warehouse)
    uitkomst = runner.wacht(runner.vraag(), timeout=120)
    assert uitkomst is not None and uitkomst.gelukt, uitkomst
    # read as the dashboard does (a second connection would see DuckDB's cached old file)
    versie = db.huidige_versie()
    assert versie is not None
    sql = "select opdrachtnemer from werkvoorraad where opdracht_id = 'PT-1'"
    assert db.lees(versie, sql, ()).rows() == [("M-1",)]


def test_the_person_timeline_rings_the_weeks_of_an_offer_of_room():
    """The MT sees an offer of room (Mijn proeftuin) in the capacity timeline: a ring in
    each week that overlaps the offer, none outside it, none for someone else."""
    per_week = pl.DataFrame(
        {
            "medewerker_id": ["M-1"] * 3 + ["M-2"] * 3,
            "naam": ["Anna"] * 3 + ["Bert"] * 3,
            "week_start": ["2026-01-05", "2026-01-12", "2026-01-19"] * 2,
            "vrije_uren": [4.0, 2.0, -1.0, 8.0, 8.0, 8.0],
        }
    )
    ruimte = pl.DataFrame(
        {
            "medewerker_id": ["M-1", "M-9"],
            "van": [date(2026, 1, 11), date(2026, 1, 1)],
            "tot": [date(2026, 1, 14), date(2026, 2, 1)],
            "uren_per_week": [6.0, 8.0],
            "soort_werk": ["evaluaties", None],
        }
    )
    fig = charts_tijd.bezetting_personen(per_week, ruimte)
    [ringen] = [t for t in fig.data if t.name == "aangeboden ruimte"]
    # 11-01 is the Sunday of the week of 05-01; 14-01 lies in the week of 12-01
    assert list(ringen.x) == ["05-01-2026", "12-01-2026"]
    assert set(ringen.y) == {"Anna (M-1)"}
    assert ringen.text[0] == "6,0 uur per week aangeboden voor evaluaties"
    assert [t.name for t in charts_tijd.bezetting_personen(per_week).data] == [None]
