"""The dashboard's "Download als PDF" makes the same report as the command, by the same function."""

from __future__ import annotations

from dashboard import rapport
from report.periode import lees_periode
from tests.dashboard.bouw import app
from tests.dashboard.helpers import widget, zonder_fouten
from tests.report.pdf import Pdf
from warehouse.settings import WAREHOUSE_ENV


def _knoppen(at) -> list[str]:
    return [k.proto.label for k in at.get("download_button")]


def test_tussenstand_offers_the_pdf_for_a_period_not_for_a_free_date(klein_warehouse):
    at = zonder_fouten(app("pages/tussenstand.py"))
    assert "Download als PDF" in _knoppen(at)
    assert widget(at.selectbox, "Rapport voor").options[0] == "alle gemeenten (tussenstand)"
    widget(at.radio, "Periode").set_value("Jaar").run()
    assert widget(at.selectbox, "Jaar").options == ["2012"]
    assert "Download als PDF" in _knoppen(at)
    widget(at.radio, "Periode").set_value("Datum").run()
    assert "Download als PDF" not in _knoppen(at)
    assert any("per kwartaal, halfjaar of jaar" in c.value for c in at.caption)


def test_the_dashboards_reads_give_the_commands_report(
    demo_warehouse, h1_rapport, tmp_path, monkeypatch
):
    """In the dashboard the report reads on the dashboard's own connection to the warehouse
    it shows; it must come out the same as the command's, page for page."""
    monkeypatch.setenv(WAREHOUSE_ENV, str(demo_warehouse))
    pdf = tmp_path / "dashboard.pdf"
    pdf.write_bytes(rapport.pdf(lees_periode("2012-H1")))
    assert Pdf(pdf).paginas == h1_rapport.paginas
