"""The platform's forms in the app: aanmelden, the MT's toets, and the status history."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import db
from etl.achtergrond import achtergrond
from etl.load import run_etl
from etl.platform_writer import OPDRACHTEN, WIJZIGINGEN, platform_rows
from tests.dashboard.bouw import app
from tests.dashboard.helpers import tabel_met, tekst, widget, zonder_fouten
from tests.etl.helpers import MEDEWERKERS, write_csv
from tests.etl.helpers import OPDRACHTEN as OPDRACHTEN_RIJEN
from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV

AANMELDEN = "pages/opdracht_aanmelden.py"


@pytest.fixture
def platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A small source folder loaded by the real ETL; the app writes to it."""
    bron, warehouse = tmp_path / "bron", tmp_path / "proeftuin.duckdb"
    write_csv(bron / "dordrecht" / "medewerkers.csv", MEDEWERKERS)
    write_csv(bron / "regio" / "opdrachten.csv", OPDRACHTEN_RIJEN)
    run_etl(bron, warehouse)
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))
    monkeypatch.setenv(SOURCE_ENV, str(bron))
    return bron, warehouse


def lees(sql: str, *params: object) -> list[tuple]:
    """Read as the dashboard does (its one connection follows the swapped file; a second
    connection in this process would get DuckDB's cached instance of the old file)."""
    versie = db.huidige_versie()
    assert versie is not None
    return db.lees(versie, sql, params).rows()


def wacht_op_etl(bron: Path, warehouse: Path) -> None:
    runner = achtergrond(bron, warehouse)
    uitkomst = runner.wacht(runner.vraag(), timeout=120)
    assert uitkomst is not None and uitkomst.gelukt, uitkomst


def test_without_source_the_forms_say_writing_is_off(platform, monkeypatch):
    monkeypatch.delenv(SOURCE_ENV)
    at = zonder_fouten(app(AANMELDEN))
    assert "proeftuin dashboard --source MAP" in tekst(at)
    assert not at.text_input


def test_invalid_form_shows_the_error_next_to_the_field_and_writes_nothing(platform):
    bron, _ = platform
    at = zonder_fouten(app(AANMELDEN))
    widget(at.selectbox, "Soort opdracht *").select("lokaal")
    widget(at.selectbox, "Aanvragende gemeente *").select("SLI")
    at.button[0].click().run()  # the form's submit button: titel and uren are empty
    fouten = [e.value for e in at.error]
    assert "titel ontbreekt" in fouten
    assert "begrote_uren ontbreekt" in fouten
    assert not (bron / OPDRACHTEN).exists()


def test_submit_accept_assign_and_see_the_history(platform):
    bron, warehouse = platform
    at = zonder_fouten(app(AANMELDEN))
    widget(at.text_input, "Titel *").input("Nota sportparken")
    widget(at.selectbox, "Soort opdracht *").select("lokaal")
    widget(at.selectbox, "Aanvragende gemeente *").select("SLI")
    widget(at.number_input, "Begrote uren *").set_value(80.0)
    widget(at.text_area, "Doel").input("Eén beheerorganisatie")
    at.button[0].click().run()
    zonder_fouten(at)
    assert any("PF-" in s.value and "aangemeld" in s.value for s in at.success)
    # the form comes back empty: a second click cannot submit the same opdracht again
    assert widget(at.text_input, "Titel *").value == ""
    assert widget(at.number_input, "Begrote uren *").value is None
    assert widget(at.selectbox, "Soort opdracht *").value is None
    [rij] = platform_rows(bron, OPDRACHTEN)
    pf = rij["opdracht_id"]
    assert rij["ingediend_door"] == "demo@localhost"
    wacht_op_etl(bron, warehouse)
    assert lees("select status from werkvoorraad where opdracht_id = ?", pf) == [("aangemeld",)]
    at.run()
    assert tabel_met(at, "Stand")["Stand"].tolist() == ["aangemeld"]

    # the MT's toets on the werkbank: the four checks, a kandidaat, accepteren
    mt = zonder_fouten(app("pages/werkbank.py"))
    widget(mt.selectbox, "Aangemelde opdracht").select(pf).run()
    for box in mt.checkbox:
        if box.key and box.key.startswith(f"toets_{pf}_"):
            box.check()
    mt.run()
    nemer = widget(mt.selectbox, "Opdrachtnemer (kandidaten, beste eerst)").value
    assert nemer is not None
    mt.button(key="accepteren").click().run()
    zonder_fouten(mt)
    assert any(f"{pf} is geaccepteerd" in s.value for s in mt.success)
    [wijziging] = platform_rows(bron, WIJZIGINGEN)
    assert (wijziging["opdracht_id"], wijziging["status"], wijziging["opdrachtnemer"]) == (
        pf,
        "geaccepteerd",
        nemer,
    )
    wacht_op_etl(bron, warehouse)

    # werkvoorraad: the new status, the opdrachtnemer and the history (who, when, why)
    wv = zonder_fouten(app("pages/werkvoorraad.py"))
    widget(wv.selectbox, "Opdracht openen").select(pf).run()
    historie = tabel_met(wv, "Sinds")
    assert historie["Status"].tolist() == ["aangemeld", "geaccepteerd"]
    assert historie["Door"].tolist() == ["demo@localhost", "demo@localhost"]
    assert historie["Opdrachtnemer"].tolist()[-1] == nemer


def test_terugsturen_needs_a_reason_the_submitter_sees(platform):
    bron, warehouse = platform
    at = zonder_fouten(app(AANMELDEN))
    widget(at.text_input, "Titel *").input("Vage opdracht")
    widget(at.selectbox, "Soort opdracht *").select("lokaal")
    widget(at.selectbox, "Aanvragende gemeente *").select("PAP")
    widget(at.number_input, "Begrote uren *").set_value(10.0)
    at.button[0].click().run()
    wacht_op_etl(bron, warehouse)
    mt = zonder_fouten(app("pages/werkbank.py"))
    assert mt.button(key="terugsturen").disabled
    pf = platform_rows(bron, OPDRACHTEN)[0]["opdracht_id"]
    widget(mt.selectbox, "Aangemelde opdracht").select(pf).run()
    mt.text_input(key=f"toets_reden_{pf}").input("Het beoogd resultaat ontbreekt").run()
    mt.button(key="terugsturen").click().run()
    zonder_fouten(mt)
    wacht_op_etl(bron, warehouse)
    at.run()
    assert tabel_met(at, "Stand")["Stand"].tolist() == [
        "teruggestuurd door het MT: Het beoogd resultaat ontbreekt"
    ]


def test_a_rejected_platform_row_shows_on_data_kwaliteit_and_to_the_submitter(platform):
    """A controller's hand edit (or an old row) the ETL rejects: both pages say why."""
    bron, warehouse = platform
    at = zonder_fouten(app(AANMELDEN))
    widget(at.text_input, "Titel *").input("Goed")
    widget(at.selectbox, "Soort opdracht *").select("lokaal")
    widget(at.selectbox, "Aanvragende gemeente *").select("DOR")
    widget(at.number_input, "Begrote uren *").set_value(8.0)
    at.button[0].click().run()
    pad = bron / OPDRACHTEN
    pad.write_text(pad.read_text(encoding="utf-8-sig").replace(";DOR;", ";Gouda;"), "utf-8")
    wacht_op_etl(bron, warehouse)
    reden = "aanvrager 'Gouda' is onbekend"
    at.run()
    assert tabel_met(at, "Stand")["Stand"].tolist()[0].startswith(f"afgekeurd door de ETL: {reden}")
    dk = zonder_fouten(app("pages/data_kwaliteit.py"))
    assert reden in tekst(dk)
    assert "platform/opdrachten_platform.csv" in tekst(dk)
