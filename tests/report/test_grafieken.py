"""The charts as printed: the dashboard's figure, restyled, with source text kept as text."""

from __future__ import annotations

import itertools
import re

import plotly.graph_objects as go
import pytest

from report import resultaten
from report.grafieken import (
    CACHE_ENV,
    LETTERTYPE,
    PX_PER_CM,
    GeenBrowser,
    Grafiek,
    Tekenaar,
    _Cache,
    _sleutel,
    _voor_papier,
)
from report.periode import lees_periode
from tests.dashboard.conftest import demo_warehouse  # noqa: F401
from warehouse.connect import connect_readonly


def test_print_copy_escapes_source_text_and_sets_size_and_font():
    fig = go.Figure(go.Bar(x=["<a href='http://x'>Gorinchem</a>"], y=[1], name="<b>b</b>"))
    papier = _voor_papier(Grafiek("t", fig, 16.0, 7.5, "alt"))
    assert papier.data[0].x[0] == "&lt;a href='http://x'&gt;Gorinchem&lt;/a&gt;"
    assert papier.data[0].name == "&lt;b&gt;b&lt;/b&gt;"
    assert fig.data[0].x[0].startswith("<a")  # the dashboard's own figure is untouched
    assert papier.layout.width == round(16.0 * PX_PER_CM)
    assert papier.layout.font.family == LETTERTYPE


@pytest.mark.slow
@pytest.mark.browser
def test_winstpunt_names_in_the_pdf_chart_never_overlap(demo_warehouse):  # noqa: F811
    """Nine names side by side under the bars ran into each other on A4; on their side,
    each name has a line of its own, a full line of text apart from the next."""
    with connect_readonly(demo_warehouse) as con:
        _, grafiek = resultaten.winstpunten(con, lees_periode("2012"))
    with Tekenaar() as tekenaar:
        svg = tekenaar.teken([grafiek])["winstpunten"].decode()
    labels = re.findall(
        r'<g class="ytick"><text [^>]*transform="translate\(0,([\d.]+)\)"[^>]*'
        r"font-size: ([\d.]+)px[^>]*>([^<]*)</text>",
        svg,
    )
    assert [t.split()[0] for _, _, t in labels] == [f"W{i}" for i in range(1, 10)]
    assert "W2 Versterking alliantiemanagement" in labels[1][2]
    posities = [float(y) for y, _, _ in labels]
    grootte = max(float(g) for _, g, _ in labels)
    assert min(b - a for a, b in itertools.pairwise(posities)) >= 1.2 * grootte
    onder = re.findall(r'<g class="xtick"><text[^>]*>([^<]*)</text>', svg)
    assert onder and not any(t.startswith("W") for t in onder)  # numbers only below


def _grafiek(y: int) -> Grafiek:
    return Grafiek("balk", go.Figure(go.Bar(x=["Dordrecht"], y=[y])), 16.0, 7.5, "alt")


def test_a_changed_figure_never_gets_the_cached_drawing_of_another():
    assert _sleutel(_voor_papier(_grafiek(1))) == _sleutel(_voor_papier(_grafiek(1)))
    assert _sleutel(_voor_papier(_grafiek(1))) != _sleutel(_voor_papier(_grafiek(2)))


def test_a_report_made_again_takes_its_charts_from_the_cache_without_a_browser(
    tmp_path, monkeypatch
):
    """`true` stands in for Chromium: had the report started it, drawing would fail."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    monkeypatch.setenv("BROWSER_PATH", "/bin/true")
    getekend = b"<svg>eerder getekend</svg>"
    _Cache(tmp_path).schrijf({_sleutel(_voor_papier(_grafiek(1))): getekend})
    _Cache(tmp_path).merk("rapport 2012")
    with Tekenaar("rapport 2012") as tekenaar:
        assert tekenaar.teken([_grafiek(1)]) == {"balk": getekend}


def test_a_chart_missing_from_the_cache_is_drawn_by_the_browser(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    monkeypatch.setenv("BROWSER_PATH", "/bin/true")
    _Cache(tmp_path).schrijf({_sleutel(_voor_papier(_grafiek(1))): b"<svg/>"})
    _Cache(tmp_path).merk("rapport 2012")
    with Tekenaar("rapport 2012") as tekenaar, pytest.raises(GeenBrowser):
        tekenaar.teken([_grafiek(1), _grafiek(2)])
