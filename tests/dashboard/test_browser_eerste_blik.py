"""Chromium: the first view of the Urenbalans, the Tussenstand and Winstpunten loads neither
Plotly's nor the data grid's, the metric's or the multiselect's code (issue 26); their light
bars are drawn, readable and accessible at 1366 px and on a phone, and print. axe-core checks
these same first views (the same demo server and pages, nothing clicked) in test_browser at
1366 px and in test_browser_gebruik at 390 px, so it is not run on them again here."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from dashboard import groepstaven, staven
from tests.dashboard import chromium
from tests.dashboard.chromium import wacht_tot_klaar

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SCHERMAFDRUKKEN = Path(__file__).resolve().parents[1] / "screenshots"
# per page: the class of its light bars
STAVEN = {
    "urenbalans": staven.KLASSE,
    "tussenstand": staven.KLASSE,
    "winstpunten": groepstaven.KLASSE,
}
ZWAAR = ("PlotlyChart", "DataFrame", "Metric.", "Multiselect")
"""The lazily loaded chunks a first view must not need (their file names start so)."""


@pytest.fixture
def platform(demo_platform: str) -> str:
    """The local demo served once per test process (`demo_platform`, read only)."""
    return demo_platform


@pytest.mark.parametrize("pad", list(STAVEN))
def test_the_first_view_is_light_readable_and_accessible(platform: str, browser, pad: str):
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    for scherm, naam in ((chromium.SCHERM, "breed"), (chromium.TELEFOON, "telefoon")):
        pagina, scripts = chromium.pagina_met_scripts(browser, f"{platform}/{pad}", scherm)
        hoofd = pagina.locator('[data-testid="stMain"]')
        tabel = hoofd.locator(f"table.{STAVEN[pad]}")
        expect(tabel).to_have_count(1, timeout=30_000)
        wacht_tot_klaar(pagina)
        for element in ("stPlotlyChart", "stDataFrame", "stMetric", "stMultiSelect", "stSkeleton"):
            expect(pagina.locator(f'[data-testid="{element}"]')).to_have_count(0)
        assert not [s for s in scripts if s.startswith(ZWAAR)], scripts
        # every bar is drawn and lies within its row, which fits the screen
        balken = tabel.locator("tbody span")
        assert balken.count() >= 3
        rij = tabel.locator("tbody tr").first.bounding_box()
        for i in range(balken.count()):
            vak = balken.nth(i).bounding_box()
            assert vak["width"] > 1 and vak["x"] + vak["width"] <= rij["x"] + rij["width"] + 1
        assert pagina.evaluate("document.documentElement.scrollWidth") <= scherm["width"]
        if pad == "winstpunten":
            # on a phone the winstpunt's name stands above its bars, on a screen beside them
            eerste = tabel.locator("tbody tr").first
            kop, staaf = eerste.locator("th").bounding_box(), eerste.locator("td").first
            naast = staaf.bounding_box()["x"] > kop["x"] + kop["width"] - 1
            assert naast == (naam == "breed"), naam
            assert tabel.locator("tbody span[title]").count() == balken.count()  # tooltips
            # laid out by CSS, still a table to a screen reader: winstpunt, series, figure
            rol = hoofd.get_by_role("table", name="Opdrachten per winstpunt")
            expect(rol.get_by_role("rowheader")).to_have_count(tabel.locator("tbody tr").count())
            expect(rol.get_by_role("columnheader")).to_have_count(4)
            expect(rol.get_by_role("cell")).to_have_count(3 * tabel.locator("tbody tr").count())
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"{pad}_eerste_blik_{naam}.png"))
        if naam == "breed":
            tekst = "\n".join(
                p.extract_text()
                for p in PdfReader(io.BytesIO(pagina.pdf(format="A4", print_background=True))).pages
            )
            titel = "Opdrachten per winstpunt" if pad == "winstpunten" else "Urensaldo per gemeente"
            assert titel in tekst
            assert "Hendrik-Ido-Ambacht" in tekst or "Beter inhoudelijk programmeren" in tekst
        pagina.close()
