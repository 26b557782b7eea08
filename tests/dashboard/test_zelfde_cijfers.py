"""The same figure shows the same value in the chart, the table and the Excel download, and
the plan's matrix comes out as the plan prints it (CBS rounding, `dutch.afronding`)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import polars as pl
import pytest
import streamlit

from cijfers import format as fmt
from dutch.afronding import NOOT_AFRONDING
from tests.dashboard.bouw import app, bouw_warehouse
from tests.dashboard.helpers import (
    direct,
    staven_op,
    tabel_met,
    tegels,
    tekst,
    widget,
    zonder_fouten,
)
from warehouse.settings import WAREHOUSE_ENV

# The plan's "Uren totalen" row (Dordrecht: the plan prints +205, having rounded its
# Drechtwerk row by hand; the exact total is +206,67).
PLAN_RIJ = {
    "Alblasserdam": "-323",
    "Dordrecht": "+207",
    "Hendrik-Ido-Ambacht": "-8",
    "Papendrecht": "+157",
    "Sliedrecht": "-223",
    "Zwijndrecht": "+192",
}


@pytest.fixture
def demo(demo_warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(WAREHOUSE_ENV, str(demo_warehouse))
    return demo_warehouse


def _grafiek_saldi(at) -> dict[str, str]:
    """Gemeente naam -> the figure beside its bar in the page's saldo bars (dashboard.staven)."""
    ((_, *rijen),) = staven_op(at)
    return {naam: saldo for naam, saldo, *_ in rijen}


def test_plan_matrix_row_from_the_demo_data(demo):
    at = zonder_fouten(app("pages/urenbalans.py", tab="Uren tegoed"))
    matrix = tabel_met(at, "Uren totaal")
    totalen = matrix[matrix["Opdracht"] == "Uren totalen"].iloc[0]
    assert {naam: totalen[naam] for naam in PLAN_RIJ} == PLAN_RIJ
    # −323 + 207 − 8 + 157 − 223 + 192 = 2, while the exact total is 0: the CBS note
    assert NOOT_AFRONDING in tekst(at)


def test_urenbalans_chart_and_table_agree_for_every_gemeente(demo):
    at = zonder_fouten(app("pages/urenbalans.py"))
    tabel = tabel_met(at, "Gebracht").set_index("Gemeente")
    grafiek = _grafiek_saldi(at)
    balans = direct(demo, "select naam, saldo_uren from urenbalans")
    assert set(grafiek) == set(balans["naam"])
    for naam, exact in balans.iter_rows():
        assert tabel.loc[naam, "Saldo"] == grafiek[naam]
        assert grafiek[naam] == fmt.getal(round(exact), 0, teken=True)  # no .5 cases here


def test_tussenstand_chart_table_and_excel_agree(demo, monkeypatch):
    downloads: list[dict] = []

    def bewaar(label, data, **kwargs):
        downloads.append({"label": label, "data": data, **kwargs})

    monkeypatch.setattr(streamlit, "download_button", bewaar)
    at = app("pages/tussenstand.py")
    widget(at.radio, "Periode").set_value("Halfjaar").run()
    widget(at.selectbox, "Halfjaar").select("1e halfjaar 2012").run()
    zonder_fouten(at)

    tabel = tabel_met(at, "Gebracht").set_index("Gemeente")
    grafiek = _grafiek_saldi(at)
    (download,) = downloads[-1:]
    assert download["file_name"] == "tussenstand-30-06-2012.xlsx"
    # row 1 is the title with the peildatum; the table starts on row 3
    excel = pl.read_excel(
        io.BytesIO(download["data"]()), sheet_name="Urenbalans", read_options={"header_row": 2}
    )
    rijen = {r["Gemeente"]: r for r in excel.iter_rows(named=True)}

    balans = direct(demo, "select naam, saldo_uren from urenbalans_op(?)", date(2012, 6, 30))
    for naam, exact in balans.iter_rows():
        getoond = tabel.loc[naam, "Saldo"]
        assert getoond == fmt.getal(exact, 0, teken=True)
        assert grafiek[naam] == getoond
        assert fmt.getal(rijen[naam]["Saldo"], 0, teken=True) == getoond
    # the totals row: the exact total, rounded, in the table and in the Excel file alike
    assert fmt.getal(rijen["Totaal"]["Saldo"], 0, teken=True) == tabel.loc["Totaal", "Saldo"]

    # the half-year counts only evaluaties dated by 30-06 (the demo has some in September)
    kwaliteit = pl.read_excel(
        io.BytesIO(download["data"]()), sheet_name="Kwaliteit", read_options={"header_row": 2}
    )
    op = direct(
        demo,
        "select aantal_evaluaties from kwaliteit_per_rol_op(?) order by rol",
        date(2012, 6, 30),
    )
    nu = direct(demo, "select aantal_evaluaties from kwaliteit_per_rol")
    assert kwaliteit["Evaluaties"].to_list() == op["aantal_evaluaties"].to_list()
    assert op["aantal_evaluaties"].sum() < nu["aantal_evaluaties"].sum()
    assert "stand nu" not in tekst(at)


def test_verrekening_page_lets_a_2013_registration_not_move_2012(tmp_path, monkeypatch):
    path = bouw_warehouse(tmp_path / "w.duckdb", extra_uren=8.0, extra_datum=date(2013, 6, 12))
    monkeypatch.setenv(WAREHOUSE_ENV, str(path))
    at = zonder_fouten(app("pages/verrekening.py"))
    assert "Verrekend per 31-12-2013" in tekst(at)  # the current boekjaar comes first
    widget(at.selectbox, "Boekjaar").select(2012).run()
    zonder_fouten(at)
    assert "Verrekend per 31-12-2012" in tekst(at)
    zonder = bouw_warehouse(tmp_path / "zonder.duckdb")
    totaal = direct(zonder, "select sum(bedrag_eur) from verrekening where soort = 'tekort'")
    assert tegels(at)["Tekorten betaald"] == fmt.euro(totaal.item(), 2)
