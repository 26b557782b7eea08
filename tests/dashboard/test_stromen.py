"""The light flow diagrams (`dashboard.stromen`): the same figures as the query and the
plan's example, bands as wide as their values, every text escaped, readable without sight."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date

import polars as pl
import pytest

from cijfers import stromen
from cijfers.format import euro
from dashboard.stromen import STAAF, indeling, stromen_html, svg
from tests.console import run_console_script
from tests.dashboard.bouw import app
from tests.dashboard.helpers import direct, tabel_met, widget, zonder_fouten
from tests.sql.helpers import BUILTIN_GEMEENTEN
from warehouse.referentie import GEMEENTEN
from warehouse.settings import WAREHOUSE_ENV

SVG = "{http://www.w3.org/2000/svg}"
PAREN = pl.DataFrame(
    {
        "soort": ["tekort", "tekort", "tekort", "geldinbreng", "geldinbreng"],
        "van_gemeente": ["ALB", "ALB", "SLI", "GELDINBRENG", "GELDINBRENG"],
        "geldinbreng_van": [None, None, None, "HIA", "HIA"],
        "naar_gemeente": ["DOR", "ZWD", "DOR", "DOR", "ZWD"],
        "uren": [20.0, 10.0, 5.0, 1.0, 1.0],
        "bedrag_eur": [1400.0, 700.0, 350.25, 66.3, 66.3],
    }
)


def _breed(html: str) -> ET.Element:
    """The wide drawing of a diagram's HTML, parsed as XML (so it must be well formed)."""
    return ET.fromstring(re.search(r'<div class="breed">(<svg.*?</svg>)</div>', html).group(1))


def _geometrie(pad: str) -> tuple[float, float, float, float]:
    """A band's (source top, source bottom, target top, target bottom) from its path."""
    g = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", pad)]
    # M x0,y0 C xm,y0 xm,y1 x1,y1 L x1,y1+d C xm,y1+d xm,y0+d x0,y0+d Z
    return g[1], g[-1], g[7], g[9]


def test_the_verrekening_page_draws_every_payment_of_the_query(klein_warehouse):
    at = zonder_fouten(app("pages/verrekening.py"))
    assert not at.get("plotly_chart") and not at.metric
    [html] = [m.value for m in at.markdown if 'class="stromen"' in m.value]
    paren = direct(klein_warehouse, "select * from verrekening")
    namen = dict(direct(klein_warehouse, "select code, naam from gemeenten").iter_rows())
    assert paren.height >= 2
    getekend = sorted(p.findtext(f"{SVG}title") for p in _breed(html).iter(f"{SVG}path"))
    verwacht = sorted(
        f"{stromen.knoop_naam(b, namen)} betaalt {namen[n]}: {euro(w, 2)}"
        for b, n, w in stromen.bron(paren).select("bron", "naar_gemeente", "bedrag_eur").iter_rows()
    )
    assert getekend == verwacht
    # each receiver's node says what it receives in all, as the query sums it
    ontvangen = paren.group_by("naar_gemeente").agg(pl.col("bedrag_eur").sum())
    knopen = {g.findtext(f"{SVG}title") for g in _breed(html).iter(f"{SVG}g")}
    for naar, bedrag in ontvangen.iter_rows():
        assert f"{namen[naar]}: {euro(bedrag, 2)}" in knopen


def test_the_flow_has_every_payment_once():
    stroom = stromen.verrekening(PAREN, BUILTIN_GEMEENTEN)
    assert sorted(b.waarde for b in stroom.banden) == sorted(PAREN["bedrag_eur"].to_list())
    # into a receiver what the payers pay out; the pot pays out what it holds
    binnen, uit = defaultdict(float), defaultdict(float)
    for b in stroom.banden:
        uit[b.van] += b.waarde
        binnen[b.naar] += b.waarde
    assert sum(binnen.values()) == pytest.approx(sum(uit.values()))
    assert binnen["naar:DOR"] == pytest.approx(1400.0 + 350.25 + 66.3)
    assert uit["GELDINBRENG:HIA"] == pytest.approx(132.6)


def test_the_hour_bank_example_is_the_plans_and_every_opdracht_passes_on_what_it_gets():
    stroom = stromen.urenbank_voorbeeld(BUILTIN_GEMEENTEN)
    for opdracht, brenger, uren, aandelen in stromen.VOORBEELD_URENBANK:
        [gebracht] = [b for b in stroom.banden if b.naar == f"opdracht:{opdracht}"]
        assert (gebracht.van, gebracht.waarde) == (f"brengt:{brenger}", uren)
        gehaald = {b.naar: b.waarde for b in stroom.banden if b.van == f"opdracht:{opdracht}"}
        assert gehaald == {f"haalt:{g}": uren * a for g, a in aandelen.items()}
        assert sum(gehaald.values()) == pytest.approx(uren)  # in equals out
    assert stroom.totaal("haalt:ALB") == 200 + 40  # the cultuurvisie and its share
    assert [k.sleutel for k in stroom.knopen if k.kolom == 2] == [f"haalt:{g}" for g in GEMEENTEN]


@pytest.mark.parametrize("breedte, wrap", [(860, None), (420, 16)])
@pytest.mark.parametrize(
    "stroom",
    [stromen.verrekening(PAREN, BUILTIN_GEMEENTEN), stromen.urenbank_voorbeeld(BUILTIN_GEMEENTEN)],
)
def test_bands_are_as_wide_as_their_values_and_fill_their_nodes(stroom, breedte, wrap):
    vorm = indeling(stroom, breedte, wrap)
    knopen = {k.sleutel: k for k in vorm.knopen}
    schalen = []
    van, naar = defaultdict(list), defaultdict(list)
    for band, baan in zip(stroom.banden, vorm.banden, strict=True):
        boven, onder, doel_boven, doel_onder = _geometrie(baan.pad)
        assert onder - boven == pytest.approx(doel_onder - doel_boven, abs=0.02)
        schalen.append((onder - boven) / band.waarde)
        van[band.van].append((boven, onder))
        naar[band.naar].append((doel_boven, doel_onder))
    assert max(schalen) == pytest.approx(min(schalen), rel=0.005)  # one scale for all
    for sleutel, stukken in [*van.items(), *naar.items()]:
        k = knopen[sleutel]
        stukken.sort()
        # the bands at a node lie edge to edge and cover its bar exactly
        assert stukken[0][0] == pytest.approx(k.y, abs=0.02)
        assert stukken[-1][1] == pytest.approx(k.y + k.hoogte, abs=0.05)
        for (_, a), (b, _) in itertools.pairwise(stukken):
            assert a == pytest.approx(b, abs=0.02)
    # everything inside the drawing, columns left to right, labels never on top of each other
    for k in vorm.knopen:
        assert k.x >= 0 and k.x + STAAF <= breedte and k.y >= 0 and k.y + k.hoogte <= vorm.hoogte
    for kolom in {k.x for k in vorm.knopen}:
        regels = sorted(
            (k.tekst_y, k.tekst_y + (len(k.regels) - 1) * 16) for k in vorm.knopen if k.x == kolom
        )
        for (_, eind), (begin, _) in itertools.pairwise(regels):
            assert begin - eind >= 16


def test_hostile_names_stay_text_and_the_picture_reads_without_sight():
    namen = BUILTIN_GEMEENTEN | {
        "ALB": '<script>alert("x")</script>',
        "DOR": "Dordrecht & <b>Co</b>",
    }
    html = stromen_html(stromen.verrekening(PAREN, namen))
    assert "<script" not in html and "<b>" not in html
    tekening = _breed(html)
    teksten = " ".join(tekening.itertext())
    assert '<script>alert("x")</script>' in teksten and "Dordrecht & <b>Co</b>" in teksten
    # role img, named by its title and described by every payment in words
    assert tekening.get("role") == "img"
    titel, uitleg = (tekening.find(f"{SVG}{t}") for t in ("title", "desc"))
    assert tekening.get("aria-labelledby").split() == [titel.get("id"), uitleg.get("id")]
    assert titel.text == "Geldstromen bij de verrekening (euro)"
    assert f"Sliedrecht betaalt Dordrecht & <b>Co</b>: {euro(350.25, 2)}" in uitleg.text
    assert "Geldinbreng Hendrik-Ido-Ambacht betaalt" in uitleg.text
    # the wide and the narrow drawing: ids unique on the page, the figures in Dutch
    assert len(set(re.findall(r'id="([^"]+)"', html))) == 4
    assert "€\xa01.816,55" in teksten  # Dordrecht receives 1400 + 350,25 + 66,30
    assert 'viewBox="0 0 420 ' in svg(stromen.verrekening(PAREN, namen), 420, 16)


@pytest.mark.slow
def test_the_demos_verrekening_draws_no_grid_chart_or_metric_on_its_first_view(
    tmp_path, monkeypatch
):
    """On the demo data every element of the Verrekening is static HTML (issue 26): the
    flow, the tiles and the tables, the corrections too (a grid only when they are many).
    The present demo (`proeftuin demo`'s, with last year's late file: corrections), as the
    browser benchmark measures it."""
    demo_warehouse = tmp_path / "proeftuin.duckdb"
    for stap in (
        ["demo-data", str(tmp_path / "bron")],
        ["etl", "--source", str(tmp_path / "bron"), "--warehouse", str(demo_warehouse)],
    ):
        assert run_console_script(*stap).returncode == 0
    monkeypatch.setenv(WAREHOUSE_ENV, str(demo_warehouse))
    at = zonder_fouten(app("pages/verrekening.py"))
    jaar = widget(at.selectbox, "Boekjaar").value
    correcties = direct(
        demo_warehouse,
        "select * from correcties_na_vaststelling where geboekt_op between ? and ?",
        date(jaar, 1, 1),
        date(jaar, 12, 31),
    )
    assert correcties.height >= 1
    assert len(tabel_met(at, "Telt in")) == correcties.height
    assert not at.dataframe and not at.metric and not at.get("plotly_chart")
