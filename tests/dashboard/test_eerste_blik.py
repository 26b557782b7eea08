"""The first view of the Urenbalans, the Tussenstand and Winstpunten (what shows before the
reader clicks anything) is light for the browser (issue 26): no Plotly chart, no data grid,
no metric and no multiselect, whose lazily loaded code a new tab must evaluate first; the
light bars show the same figures as the views, rounded as the tables round them. The later
tabs keep their interactive charts."""

from __future__ import annotations

import polars as pl
import pytest

from cijfers import format as fmt
from cijfers import kolommen
from cijfers.charts import REEKS_KLEUREN
from dashboard import groepstaven, onderdelen, perioden, staven
from tests.dashboard.bouw import app
from tests.dashboard.helpers import (
    direct,
    groepstaven_op,
    staaf_rijen,
    staven_op,
    tabel_met,
    zonder_fouten,
)

EERSTE_BLIK = ["pages/urenbalans.py", "pages/tussenstand.py", "pages/winstpunten.py"]


@pytest.mark.parametrize("pagina", EERSTE_BLIK)
def test_the_first_view_loads_no_chart_grid_metric_or_multiselect(klein_warehouse, pagina):
    at = zonder_fouten(app(pagina))
    assert not at.get("plotly_chart")
    assert not at.dataframe
    assert not at.metric
    assert not at.multiselect
    # what the chart showed is there, drawn light
    assert len(staven_op(at)) + len(groepstaven_op(at)) == 1


@pytest.mark.parametrize("pagina", ["pages/urenbalans.py", "pages/tussenstand.py"])
def test_the_later_tabs_keep_their_interactive_charts(klein_warehouse, pagina):
    at = zonder_fouten(app(pagina, tab=onderdelen.ALLES))
    assert len(at.get("plotly_chart")) >= 2
    assert len(staven_op(at)) == 1  # the saldo per gemeente: the same light bars


def _saldi(warehouse, peildatum=None) -> list[list[str]]:
    """Each gemeente's urensaldo as the views give it, rounded to whole hours as a table
    shows it: [naam, '+12']."""
    sql = (
        "select naam, saldo_uren from urenbalans order by gemeente"
        if peildatum is None
        else "select naam, saldo_uren from urenbalans_op(?) order by gemeente"
    )
    rijen = direct(warehouse, sql, *([] if peildatum is None else [peildatum])).rows()
    return [[naam, fmt.getal(saldo, 0, teken=True)] for naam, saldo in rijen]


def test_urenbalans_bars_show_the_views_saldi_and_agree_with_its_table(klein_warehouse):
    at = zonder_fouten(app("pages/urenbalans.py"))
    ((kop, *rijen),) = staven_op(at)
    assert kop[:2] == list(staven.KOPPEN)
    assert [r[:2] for r in rijen] == _saldi(klein_warehouse)
    tabel = tabel_met(at, "Gebracht")
    assert [[n, s] for n, s in zip(tabel["Gemeente"], tabel["Saldo"], strict=True)][:-1] == [
        r[:2] for r in rijen
    ]
    assert tabel["Gemeente"].iloc[-1] == "Totaal"  # the total is in the table, not a bar


def test_tussenstand_bars_show_the_saldi_as_of_the_chosen_quarter(klein_warehouse):
    at = zonder_fouten(app("pages/tussenstand.py"))
    stand = direct(klein_warehouse, "select eerste_datum, laatste_datum from data_stand").row(0)
    peildatum = list(perioden.kwartalen(*stand).values())[-1]
    ((_, *rijen),) = staven_op(at)
    assert [r[:2] for r in rijen] == _saldi(klein_warehouse, peildatum)
    assert any(r[1].startswith("-") for r in rijen) and any(r[1].startswith("+") for r in rijen)


def test_winstpunten_bars_show_the_views_counts(klein_warehouse):
    at = zonder_fouten(app("pages/winstpunten.py"))
    ((legenda, *rijen),) = groepstaven_op(at)
    assert legenda == ["Winstpunt", *kolommen.OPDRACHTEN_REEKSEN.values()]
    overzicht = direct(
        klein_warehouse,
        "select winstpunt, omschrijving, aantal_opdrachten, aantal_afgerond, aantal_akkoord "
        "from winstpunt_overzicht_op(null) order by winstpunt",
    )
    assert overzicht.height and overzicht["aantal_opdrachten"].sum() > 0
    assert rijen == [
        [f"{w} {o}", *(fmt.getal(v, 0) for v in waarden)] for w, o, *waarden in overzicht.rows()
    ]


def test_grouped_bars_scale_to_the_largest_figure_and_escape_their_texts():
    frame = pl.DataFrame(
        {
            "winstpunt": ["W1", "<W2>"],
            "omschrijving": ["Beter & sneller", None],
            "a": [1200.0, 0.0],
            "b": [300.5, None],
            "c": [-4.0, 600.0],
        }
    )
    html = groepstaven.groepstaven_html(
        frame,
        "winstpunt",
        {"a": "opdrachten", "b": "uren <gebracht>", "c": "saldo"},
        "Titel <i>x</i>",
        naam="omschrijving",
        kop="Winstpunt",
        decimalen=1,
    )
    legenda, *rijen = staaf_rijen(html, groepstaven.KLASSE)
    assert legenda[0] == ["Winstpunt", "opdrachten", "uren <gebracht>", "saldo"]
    # Dutch figures; a missing one is a dash; a zero or negative figure has no bar
    assert rijen[0][0] == ["W1 Beter & sneller", "1.200,0", "300,5", "-4,0"]
    assert rijen[1][0] == ["<W2>", "0,0", groepstaven.LEEG, "600,0"]
    assert [len(stijlen) for _, stijlen in rijen] == [2, 1]
    assert "* 1.0);" in rijen[0][1][0] and "* 0.2504);" in rijen[0][1][1]
    assert "* 0.5);" in rijen[1][1][0]
    # each series keeps its colour in the legend and the bars
    assert f"background:{REEKS_KLEUREN[2]}" in rijen[1][1][0]
    assert html.count(f"background:{REEKS_KLEUREN[0]}") == 2
    # source text stays text, in the cells and in the tooltips
    for ruw in ("<W2>", "<i>x</i>", "<gebracht>", "Beter & sneller"):
        assert ruw not in html
    assert 'title="W1 Beter &amp; sneller · uren &lt;gebracht&gt;: 300,5"' in html


def test_grouped_bars_of_nothing_draw_no_bar():
    frame = pl.DataFrame({"winstpunt": ["W1"], "a": [0]})
    (_, (cellen, stijlen)) = staaf_rijen(
        groepstaven.groepstaven_html(frame, "winstpunt", {"a": "opdrachten"}, "Leeg"),
        groepstaven.KLASSE,
    )
    assert cellen == ["W1", "0"] and stijlen == []
