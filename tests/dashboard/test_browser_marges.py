"""Chromium: plotly keeps the margins `dashboard.marges` gives the charts of the chart pages
at 1366 px, so it lays each chart out once, not a second time for its labels (issue 26)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashboard import onderdelen
from dashboard.paginas import PAGINAS
from tests.dashboard import chromium
from tests.dashboard.chromium import wacht_tot_klaar

pytestmark = [pytest.mark.browser, pytest.mark.slow]
# (Winstpunten and Verrekening draw no Plotly chart: dashboard.groepstaven, dashboard.stromen)
GRAFIEKPAGINAS = ("tussenstand.py", "urenbalans.py")
MET_ONDERDELEN = ("tussenstand.py", "urenbalans.py")  # pages of sections (dashboard.onderdelen)
# per chart: the margins it was given and the ones plotly drew it with (after automargin)
MARGES = """[...document.querySelectorAll('.js-plotly-plot')].map(gd => {
  const l = gd._fullLayout; return [l.margin.l, l._size.l, l.margin.b, l._size.b];
})"""


@pytest.fixture
def platform(demo_platform: str) -> str:
    """The local demo served once per test process (`demo_platform`, read only)."""
    return demo_platform


@pytest.mark.parametrize("bestand", GRAFIEKPAGINAS)
def test_plotly_keeps_the_given_margins(platform: str, bestand: str, browser):
    pagina_ = next(p for p in PAGINAS if p.bestand == bestand)
    url = platform
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{url}/{pagina_.url}")
    if bestand in MET_ONDERDELEN:  # every chart; the first tab has none (h51)
        pagina.get_by_role("tab", name=onderdelen.ALLES).click(timeout=60_000)
    grafiek = pagina.locator('[data-testid="stPlotlyChart"] .main-svg').first
    expect(grafiek).to_be_attached(timeout=60_000)
    wacht_tot_klaar(pagina)
    marges = pagina.evaluate(MARGES)
    assert marges, bestand
    for gegeven_l, getekend_l, gegeven_b, getekend_b in marges:
        assert (getekend_l, getekend_b) == (gegeven_l, gegeven_b), (bestand, marges)
