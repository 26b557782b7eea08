"""The controller's vaststellen on the platform (Data & kwaliteit): a confirmation that
names what is frozen, a besluit in the source folder, one besluit for a double click, and
the background ETL that applies it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from etl.load import run_etl
from invoer.schrijven import BESLUITEN, platform_rows
from tests.dashboard.bouw import app
from tests.dashboard.helpers import tekst, widget, zonder_fouten
from tests.dashboard.test_platform import lees, wacht_op_etl
from tests.etl.helpers import write_csv
from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV

PAGINA = "pages/data_kwaliteit.py"


@pytest.fixture
def bron(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """2012: Dordrecht works 10 h for Alblasserdam in February, loaded by the real ETL."""
    folder, warehouse = tmp_path / "bron", tmp_path / "proeftuin.duckdb"
    write_csv(
        folder / "medewerkers.csv", [["medewerker_id", "gemeente", "schaal"], ["M", "DOR", "9"]]
    )
    write_csv(
        folder / "opdrachten.csv",
        [
            ["opdracht_id", "titel", "soort_opdracht", "aanvrager", "begrote_uren", "status"],
            ["A", "Visie", "lokaal", "ALB", "50", "lopend"],
        ],
    )
    write_csv(
        folder / "uren.csv",
        [["medewerker_id", "opdracht_id", "datum", "uren"], ["M", "A", "01-02-2012", "10"]],
    )
    run_etl(folder, warehouse)
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))
    monkeypatch.setenv(SOURCE_ENV, str(folder))
    return folder


def test_a_controller_vaststelt_the_first_quarter_once(bron):
    at = zonder_fouten(app(PAGINA))
    periode = widget(at.selectbox, "Periode")
    # the first open quarter comes first: the command would refuse a gap
    assert periode.value.code == "2012-K1"
    knop = widget(at.button, "Vaststellen")
    assert knop.disabled, "nothing is frozen without the confirmation"
    vink = at.checkbox[0]
    assert "de urenbalans, de tussenstand uren tegoed en de KPI's op 31-03-2012" in vink.label
    vink.check().run()
    widget(at.button, "Vaststellen").click().run()
    zonder_fouten(at)
    assert "Eerste kwartaal 2012 is vastgesteld door demo@localhost" in tekst(at)
    # a second click before the ETL has applied it writes nothing
    widget(at.button, "Vaststellen").click().run()
    assert any("2012-K1 is al vastgesteld" in e.value for e in at.error)
    besluiten = platform_rows(bron, BESLUITEN)
    assert [(b["periode"], b["actie"]) for b in besluiten] == [("2012-K1", "vaststellen")]
    wacht_op_etl(bron, Path(os.environ[WAREHOUSE_ENV]))
    assert lees("select periode, door, is_geldig from vaststellingen") == [
        ("2012-K1", "demo@localhost", True)
    ]
    at = zonder_fouten(app(PAGINA))
    assert widget(at.selectbox, "Periode").value.code == "2012-K2"
    assert "2012-K1" in tekst(at)  # the history table


def test_without_a_source_folder_vaststellen_is_off(bron, monkeypatch):
    monkeypatch.delenv(SOURCE_ENV)
    at = zonder_fouten(app(PAGINA))
    assert "proeftuin dashboard --source MAP" in tekst(at)
    assert not [b for b in at.button if b.label == "Vaststellen"]
