"""The charts as printed: the dashboard's figures drawn by matplotlib, without a browser,
with the values, names and labels a reader checks, and source text kept as text."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import plotly.graph_objects as go
import polars as pl
import pytest

from cijfers import charts, stromen
from report import resultaten
from report.grafieken import Grafiek, teken
from report.periode import lees_periode
from report.tekening import platte_tekst
from tests.console import REPO
from tests.dashboard.conftest import demo_warehouse  # noqa: F401
from tests.sql.helpers import BUILTIN_GEMEENTEN
from warehouse.connect import connect_readonly

SVG = "{http://www.w3.org/2000/svg}"
VIJANDIG = "Dor$drecht$ <b>&amp; co</b> & $x^2$"


def _teksten(svg: bytes) -> list[tuple[str, str]]:
    """Every text of the drawing as a reader sees it (the XML decoded), with its style."""
    boom = ET.fromstring(svg)
    return [("".join(t.itertext()), t.get("style", "")) for t in boom.iter(f"{SVG}text")]


def _balans(namen: dict[str, str]) -> pl.DataFrame:
    codes = list(namen)
    return pl.DataFrame(
        {
            "gemeente": codes,
            "naam": [namen[c] for c in codes],
            "saldo_uren": [-1234.0, 207.0, -8.0, 157.0, -73.0, 951.0],
        }
    )


def _reeks(namen: dict[str, str]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "gemeente": ["ALB", "ALB", "DOR", "DOR"],
            "naam": [namen["ALB"], namen["ALB"], namen["DOR"], namen["DOR"]],
            "periode": ["K1 2012", "K2 2012"] * 2,
            "saldo_cumulatief": [-5.0, 3.0, 5.0, -3.0],
        }
    )


def test_the_saldo_chart_holds_every_gemeente_and_its_dutch_saldo_in_order():
    fig = charts.saldo_per_gemeente(_balans(BUILTIN_GEMEENTEN), BUILTIN_GEMEENTEN)
    teksten = [t for t, _ in _teksten(teken([Grafiek("saldo", fig, 16.0, 7.5, "alt")])["saldo"])]
    assert teksten.index("Alblasserdam") < teksten.index("Dordrecht") < teksten.index("Zwijndrecht")
    for label in ("-1.234", "+207", "-8", "+157", "-73", "+951"):
        assert label in teksten, label
    assert "Urensaldo per gemeente" in teksten
    assert "urensaldo (uren; + is tegoed)" in teksten


def test_a_statement_marks_its_own_gemeente_in_bold_with_its_figure_inside_the_bar():
    fig = charts.saldo_per_gemeente(_balans(BUILTIN_GEMEENTEN), BUILTIN_GEMEENTEN, markeer="DOR")
    teksten = _teksten(teken([Grafiek("saldo", fig, 16.0, 7.0, "alt")])["saldo"])
    vet = [t for t, stijl in teksten if "font-weight: 700" in stijl]
    assert vet == ["Dordrecht"]
    stijl = dict(teksten)["+207"]
    assert "fill: #ffffff" in stijl  # white on its own, full-coloured bar


def test_hostile_names_are_drawn_literally():
    """`$` is no mathtext, `<b>` no markup and `&amp;` no entity: what the source says."""
    namen = BUILTIN_GEMEENTEN | {"DOR": VIJANDIG}
    grafieken = [
        Grafiek(
            "saldo", charts.saldo_per_gemeente(_balans(namen), namen, markeer="DOR"), 16, 7, ""
        ),
        Grafiek("saldo2", charts.saldo_per_gemeente(_balans(namen), namen), 16, 7, ""),
        Grafiek("verloop", charts.verloop(_reeks(namen), namen), 16, 7, ""),  # in the legend
    ]
    for naam, svg in teken(grafieken).items():
        assert VIJANDIG in [t for t, _ in _teksten(svg)], naam
        assert b"<b>" not in svg


def test_plotly_labels_become_plain_text():
    assert platte_tekst("<b>a &lt;b&gt; &amp;amp; $</b>") == ("a <b> &amp; $", True)
    assert platte_tekst("W1<br>Beter") == ("W1\nBeter", False)


def test_the_settlement_flow_names_every_gemeente_with_its_total_in_euros():
    paren = pl.DataFrame(
        {
            "van_gemeente": ["ALB", "SLI"],
            "naar_gemeente": ["DOR", "DOR"],
            "uren": [10.0, 5.0],
            "bedrag_eur": [1234.5, 617.25],
            "geldinbreng_van": [None, None],
        },
        schema_overrides={"geldinbreng_van": pl.String},
    )
    namen = BUILTIN_GEMEENTEN | {"SLI": VIJANDIG}
    stroom = stromen.verrekening(paren, namen)
    teksten = [t for t, _ in _teksten(teken([Grafiek("v", stroom, 17.0, 8.0, "alt")])["v"])]
    assert stroom.titel in teksten
    for regel in (
        "Alblasserdam",
        "€\xa01.234,50",
        VIJANDIG,
        "€\xa0617,25",
        "Dordrecht",
        "€\xa01.851,75",
    ):
        assert regel in teksten, regel


def test_word_gets_a_png_sharp_enough_for_print():
    fig = charts.saldo_per_gemeente(_balans(BUILTIN_GEMEENTEN), BUILTIN_GEMEENTEN)
    png = teken([Grafiek("saldo", fig, 16.0, 7.5, "alt")], "png")["saldo"]
    assert png.startswith(b"\x89PNG")
    breedte = int.from_bytes(png[16:20], "big")
    assert breedte >= 16.0 / 2.54 * 200 - 2


def test_the_report_imports_matplotlib_only_when_it_draws():
    """The dashboard imports the report with its Tussenstand page (the PDF button): the
    page must not pay matplotlib's import before someone asks for a PDF."""
    code = "import sys, report.maak; print('matplotlib' in sys.modules)"
    uit = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert uit.stdout.strip() == "False", uit.stderr


def test_a_figure_without_categories_draws_empty():
    svg = teken([Grafiek("leeg", go.Figure(), 10.0, 5.0, "alt")])["leeg"]
    assert ET.fromstring(svg).tag == f"{SVG}svg"


@pytest.mark.slow
def test_winstpunt_names_in_the_pdf_chart_never_overlap(demo_warehouse):  # noqa: F811
    """Nine names side by side under the bars ran into each other on A4; on their side,
    each name has a line of its own, a full line of text apart from the next."""
    with connect_readonly(demo_warehouse) as con:
        _, grafiek = resultaten.winstpunten(con, lees_periode("2012"))
    svg = teken([grafiek])["winstpunten"].decode()
    labels = re.findall(
        r'<text style="font-size: ([\d.]+)px;[^"]*text-anchor: end[^"]*"[^>]* y="([\d.]+)"[^>]*>'
        r"(W\d[^<]*)</text>",
        svg,
    )
    assert [t.split()[0] for _, _, t in labels] == [f"W{i}" for i in range(1, 10)]
    assert labels[1][2].startswith("W2 Versterking alliantiemanagement")
    posities = [float(y) for _, y, _ in labels]
    grootte = max(float(g) for g, _, _ in labels)
    assert min(b - a for a, b in itertools.pairwise(posities)) >= 1.2 * grootte
