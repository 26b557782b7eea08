"""Chart margins set before sending (`dashboard.marges`, issue 26): wide enough for the
labels, so plotly need not lay a chart out twice; only the margins change."""

from __future__ import annotations

import polars as pl

from cijfers import charts
from dashboard import marges
from tests.sql.helpers import BUILTIN_GEMEENTEN

BALANS = pl.DataFrame(
    {
        "gemeente": ["DOR", "HIA"],
        "naam": ["Dordrecht", "Hendrik-Ido-Ambacht"],
        "saldo_uren": [-1234.0, 1234.0],
    }
)


def _zonder_marge(fig) -> dict:
    uit = fig.to_plotly_json()
    uit["layout"].pop("margin")
    return uit


def test_only_the_margins_change_and_they_never_shrink():
    fig = charts.saldo_per_gemeente(BALANS, BUILTIN_GEMEENTEN)
    voor = fig.to_plotly_json()
    marges.vooraf(fig)
    assert _zonder_marge(fig) == {
        **voor,
        "layout": {k: v for k, v in voor["layout"].items() if k != "margin"},
    }
    assert fig.layout.margin.t == voor["layout"]["margin"]["t"]
    assert fig.layout.margin.r == voor["layout"]["margin"]["r"]
    assert fig.layout.margin.l >= voor["layout"]["margin"]["l"]
    assert fig.layout.margin.b >= voor["layout"]["margin"]["b"]


def test_horizontal_bars_get_room_for_the_longest_name_on_the_left():
    kort = marges.vooraf(charts.saldo_per_gemeente(BALANS.head(1), BUILTIN_GEMEENTEN))
    lang = marges.vooraf(charts.saldo_per_gemeente(BALANS, BUILTIN_GEMEENTEN))
    # 'Hendrik-Ido-Ambacht' took 109 px at Streamlit's 12 px font, the axis title 50 more
    assert lang.layout.margin.l >= 109 + 50
    assert lang.layout.margin.l - kort.layout.margin.l == round(
        marges.TEKEN_PX * (len("Hendrik-Ido-Ambacht") - len("Dordrecht"))
    )


def test_vertical_bars_get_room_for_the_value_labels_and_every_line_of_a_category():
    frame = pl.DataFrame(
        {
            "winstpunt": ["W1", "W2"],
            "omschrijving": ["Beter inhoudelijk programmeren", "Kort"],
            "aantal": [3, 25000],
        }
    )
    fig = marges.vooraf(
        charts.groepen(frame, "winstpunt", {"aantal": "opdrachten"}, "aantal", x_titel="winstpunt")
    )
    regels = max(label.count("<br>") + 1 for label in charts.winstpunt_labels(frame))
    assert regels == 4
    assert fig.layout.margin.b >= regels * marges.REGEL_PX + 50
    # the top tick is at most 100.000: seven characters of value labels on the left
    assert fig.layout.margin.l >= round(7 * marges.TEKEN_PX) + 50
    weinig = marges.vooraf(
        charts.groepen(frame.with_columns(aantal=pl.lit(3)), "winstpunt", {"aantal": "n"}, "n")
    )
    assert weinig.layout.margin.l < fig.layout.margin.l
