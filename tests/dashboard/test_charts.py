"""Charts: one colour per gemeente on every chart, and Dutch number formats in plotly."""

from __future__ import annotations

import polars as pl

from cijfers import charts, kleuren, stromen
from tests.sql.helpers import BUILTIN_GEMEENTEN

GEMEENTEN = BUILTIN_GEMEENTEN | {"GOR": "Gorinchem", "LEE": "Leerdam", "MOL": "Molenlanden"}


def test_every_gemeente_gets_its_own_colour_whatever_the_order():
    kleur = charts.gemeente_kleuren(GEMEENTEN)
    assert len(set(kleur.values())) == len(GEMEENTEN)
    assert kleur == charts.gemeente_kleuren(reversed(list(GEMEENTEN)))
    assert {c: kleur[c] for c in BUILTIN_GEMEENTEN} == kleuren.GEMEENTE_KLEUREN


def test_a_gemeente_has_the_same_colour_in_bars_lines_and_flows():
    balans = pl.DataFrame(
        {
            "gemeente": ["DOR", "GOR"],
            "naam": ["Dordrecht", "Gorinchem"],
            "saldo_uren": [-5.0, 5.0],
            "prognose_saldo_uren": [0.0, 0.0],
        }
    )
    reeks = balans.with_columns(pl.lit("K1 2012").alias("periode"), saldo_cumulatief=-5.0)
    paren = pl.DataFrame(
        {"van_gemeente": ["DOR"], "naar_gemeente": ["GOR"], "uren": [5.0], "bedrag_eur": [None]}
    )
    staaf = list(charts.saldo_per_gemeente(balans, GEMEENTEN).data[0].marker.color)
    lijnen = [t.line.color for t in charts.verloop(reeks, GEMEENTEN).data]
    prognose = list(charts.prognose(balans, GEMEENTEN, "31-12-2012").data[0].marker.color)
    stroom = [k.kleur for k in stromen.verrekening(paren, GEMEENTEN).knopen]
    verwacht = [charts.gemeente_kleuren(GEMEENTEN)[c] for c in ("DOR", "GOR")]
    assert staaf == lijnen == prognose == stroom == verwacht


def test_figures_write_dutch_numbers_and_hover_texts():
    balans = pl.DataFrame({"gemeente": ["DOR"], "naam": ["Dordrecht"], "saldo_uren": [1234.5]})
    fig = charts.saldo_per_gemeente(balans, GEMEENTEN)
    assert fig.layout.separators == ",."
    assert "uur" in fig.data[0].hovertemplate


def test_every_chart_has_a_dutch_title_and_axis_titles_and_winstpunten_their_names():
    kpi = pl.DataFrame(
        {
            "winstpunt": ["W1", "W2"],
            "omschrijving": ["Beter inhoudelijk programmeren", "Versterking alliantiemanagement"],
            "bespaarde_uren": [0.0, 12.0],
        }
    )
    fig = charts.groepen(
        kpi,
        "winstpunt",
        {"bespaarde_uren": "bespaarde uren"},
        "bespaarde uren",
        titel="Bespaarde uren per winstpunt",
        x_titel="winstpunt",
    )
    assert fig.layout.title.text == "Bespaarde uren per winstpunt"
    assert fig.layout.xaxis.title.text == "winstpunt"
    assert fig.layout.yaxis.title.text == "bespaarde uren"
    # the name under each bar, wrapped so nine fit side by side
    assert fig.layout.xaxis.ticktext[0] == "W1<br>Beter<br>inhoudelijk<br>programmeren"
    assert fig.layout.xaxis.tickvals == ("W1", "W2")
    balans = pl.DataFrame({"gemeente": ["ALB"], "naam": ["Alblasserdam"], "saldo_uren": [1.0]})
    fig = charts.saldo_per_gemeente(balans, {"ALB": "Alblasserdam"})
    assert fig.layout.title.text == "Urensaldo per gemeente"
    assert fig.layout.xaxis.title.text and fig.layout.yaxis.title.text


def test_the_geldinbreng_pot_is_a_node_per_gemeente_that_brought_it():
    paren = pl.DataFrame(
        {
            "soort": ["tekort", "geldinbreng", "geldinbreng"],
            "van_gemeente": ["ALB", "GELDINBRENG", "GELDINBRENG"],
            "geldinbreng_van": [None, "HIA", "HIA"],
            "naar_gemeente": ["DOR", "DOR", "ZWD"],
            "uren": [2.0, 1.0, 1.0],
            "bedrag_eur": [140.0, 66.3, 66.3],
        }
    )
    stroom = stromen.verrekening(paren, GEMEENTEN)
    knopen = {k.sleutel: k for k in stroom.knopen}
    pot = knopen["GELDINBRENG:HIA"]
    assert pot.naam == "Geldinbreng Hendrik-Ido-Ambacht"
    assert stroom.bedrag(stroom.totaal(pot.sleutel)) == "€\xa0132,60"
    # the pot's two payments start at its own node, grey, never at Hendrik-Ido-Ambacht's
    assert [b.van for b in stroom.banden].count(pot.sleutel) == 2
    assert "HIA" not in knopen and pot.kleur == kleuren.POT
