"""What a reader who cannot see the charts' colours or shapes still gets (WCAG 2.1 AA):
every chart's figures in a table under it, saldi with their sign. axe-core runs in the
browser tests (test_browser, test_login_browser)."""

from __future__ import annotations

import json

import polars as pl
import pytest

from cijfers import charts
from dashboard.paginas import PAGINAS
from dashboard.ui import GRAFIEK_CIJFERS
from tests.dashboard.bouw import app
from tests.dashboard.helpers import direct, grafiek_tabellen, staven_op, zonder_fouten


def test_chart_table_holds_the_charts_figures():
    balans = pl.DataFrame(
        {
            "gemeente": ["DOR", "ALB"],
            "naam": ["Dordrecht", "Alblasserdam"],
            "saldo_uren": [12.5, -12.5],
        }
    )
    tabel = charts.cijfers(
        charts.saldo_per_gemeente(balans, {"DOR": "Dordrecht", "ALB": "Alblasserdam"})
    )
    assert tabel.to_dicts() == [
        {"Gemeente": "Dordrecht", "Urensaldo": 12.5},
        {"Gemeente": "Alblasserdam", "Urensaldo": -12.5},
    ]
    reeksen = pl.DataFrame({"winstpunt": ["W1", "W2"], "a": [1, 2], "b": [3, None]})
    tabel = charts.cijfers(charts.groepen(reeksen, "winstpunt", {"a": "Aantal", "b": "Uren"}, "x"))
    assert tabel.columns == ["Winstpunt", "Aantal", "Uren"]
    assert tabel.row(1) == ("W2", 2.0, None)


@pytest.mark.parametrize("pagina", [p.pad for p in PAGINAS])
def test_every_chart_has_its_figures_in_a_table(klein_warehouse, pagina):
    at = zonder_fouten(app(pagina))
    grafieken = [json.loads(g.proto.spec) for g in at.get("plotly_chart")]
    tabellen = [e for e in at.expander if e.label == GRAFIEK_CIJFERS]
    assert len(tabellen) == len(grafieken)
    assert len(grafiek_tabellen(at)) == len(tabellen)


@pytest.mark.parametrize("pagina", [p.pad for p in PAGINAS])
def test_every_chart_has_a_title_and_its_axes_a_name(klein_warehouse, pagina):
    at = zonder_fouten(app(pagina))
    for grafiek in (json.loads(g.proto.spec) for g in at.get("plotly_chart")):
        layout = grafiek["layout"]
        assert layout["title"]["text"], grafiek["data"][0]["type"]
        assert layout["xaxis"]["title"]["text"], layout["title"]["text"]
        assert layout["yaxis"]["title"]["text"], layout["title"]["text"]


def test_saldi_carry_their_sign_not_only_a_colour(klein_warehouse):
    # the Urenbalans's saldo bars (dashboard.staven, as on Start)
    at = zonder_fouten(app("pages/urenbalans.py"))
    ((_, *rijen),) = staven_op(at)
    getoond = {naam: saldo for naam, saldo, *_ in rijen}
    for naam, waarde in direct(
        klein_warehouse, "select naam, saldo_uren from urenbalans"
    ).iter_rows():
        if round(waarde):
            assert getoond[naam][0] == ("+" if waarde > 0 else "-"), (naam, getoond[naam])
