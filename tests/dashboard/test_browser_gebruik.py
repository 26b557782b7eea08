"""Usability in the real browser: a deep link as the very first request, opening a row,
live search, a typed peildatum, printing the Tussenstand on A4.

A real `proeftuin dashboard` on the demo warehouse of this file's own, and Debian's headless
Chromium; with PROEFTUIN_SCHERMAFDRUKKEN=1 the printed Tussenstand goes to tests/screenshots/.
A phone's width without overlapping controls, the college's tables at 1366 px and axe-core
at 390 px are checked on test_browser's visit of each page (`test_every_page_in_chromium`).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from dashboard import onderdelen, staven, werklijst
from tests.dashboard import chromium
from tests.dashboard.chromium import (
    SCHERMAFDRUKKEN,
    SCHERMAFDRUKKEN_AAN,
    vereis_chromium,
    vrije_poort,
)
from tests.dashboard.helpers import direct

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def platform(demo_warehouse: Path):
    """`proeftuin dashboard` (the local demo) of this file's own, not the shared
    `demo_platform`: its first test asserts on the very first request after the start."""
    vereis_chromium()
    with chromium.platform("--warehouse", str(demo_warehouse), "--port", str(vrije_poort())) as url:
        yield url


def _klaar(pagina) -> None:
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    pagina.wait_for_timeout(700)


def test_deep_link_opening_from_the_box_live_search_and_print(platform, browser, demo_warehouse):
    alle = direct(demo_warehouse, "select * from werkvoorraad")
    derde = werklijst.sorteer(alle, "zonder_eerst").row(2, named=True)
    pt7 = alle.filter(werklijst.zoek_voorwaarde("pt-7"))
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    # The very first request after the start is a bookmark of a page: it still gets the
    # platform's page list, sidebar and layout (not Streamlit's bare pages folder).
    pagina.goto(f"{platform}/werkvoorraad")
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text("Kies een opdracht bij Opdracht openen")).to_be_visible(timeout=30_000)
    zijbalk = pagina.locator('[data-testid="stSidebar"]')
    expect(zijbalk.get_by_text("Gegevens t/m")).to_be_visible()
    expect(zijbalk.get_by_text("Data & kwaliteit")).to_be_visible()
    _klaar(pagina)

    # Choosing the third of the list in the box above it opens its opdrachtformulier (open
    # work without opdrachtnemer first; the list is a static table, dashboard.werklijst_tabel).
    hoofd.get_by_role("combobox", name="Opdracht openen").click()
    pagina.get_by_role("option").nth(2).click()
    _klaar(pagina)
    expect(hoofd.locator("h3", has_text=derde["titel"])).to_be_visible(timeout=30_000)

    # Search applies while typing (no Enter) and forgives the leading zero.
    pagina.get_by_placeholder("titel, nummer (PT-7)").fill("pt-7")
    assert pt7.height == 1 and pt7["opdracht_id"][0] == "PT-07"
    gevonden = re.compile(rf"^1 van {alle.height} opdrachten$")
    expect(hoofd.get_by_text(gevonden)).to_be_visible(timeout=30_000)
    _klaar(pagina)
    expect(hoofd.locator("h3", has_text=pt7["titel"][0])).to_be_visible()

    # The Tussenstand of 30-06 (the first half year), reached through the menu.
    nav = pagina.locator('[data-testid="stSidebarNav"]')
    nav.get_by_role("link", name="Tussenstand", exact=True).click()
    expect(hoofd.locator("h1", has_text="Tussenstand")).to_be_visible(timeout=30_000)
    _klaar(pagina)
    pagina.get_by_test_id("stRadioGroup").get_by_text("Datum").click()
    _klaar(pagina)
    pagina.get_by_role("spinbutton", name="day, Peildatum").click()
    pagina.keyboard.type("30062012", delay=50)
    pagina.keyboard.press("Enter")  # applies the typed date (dashboard/stijl.py)
    expect(hoofd.get_by_text("Stand per 30 juni 2012")).to_be_visible(timeout=30_000)
    _klaar(pagina)
    # the open tab's saldo bars (dashboard.staven: no Plotly on a first view) drawn for the
    # new peildatum before printing
    expect(hoofd.locator(f"table.{staven.KLASSE}")).to_be_visible(timeout=30_000)

    # Printed on A4 with the first tab open: every section, the open one with its chart, the
    # closed ones as their tables (dashboard.onderdelen); titles and peildatum, no controls.
    tekst, paginas = _afgedrukt(pagina)
    assert paginas <= 3, paginas
    assert "Urensaldo per gemeente" in tekst  # the open tab's bars
    assert "Opdrachten per winstpunt" not in tekst  # a closed tab's chart is not sent
    for titel in ("Werkvoorraad: lopend en afgerond", "Leerervaringen per kwartaal"):
        assert titel in tekst
    assert "Beter inhoudelijk programmeren" in tekst  # a closed tab's table prints whole
    assert "Winst per dimensie" in tekst and "Gem. score proces" in tekst
    # Alles onder elkaar: every section with its charts, on two or three pages.
    pagina.get_by_role("tab", name=onderdelen.ALLES).click()
    expect(hoofd.get_by_text("Opdrachten per winstpunt").first).to_be_attached(timeout=30_000)
    _klaar(pagina)
    tekst, paginas = _afgedrukt(pagina)
    assert 2 <= paginas <= 3, paginas
    for titel in ("Urenbalans", "Opdrachten per winstpunt", "Leerervaringen per kwartaal"):
        assert titel in tekst
    assert "Beter inhoudelijk programmeren" in tekst  # the tables print whole
    if SCHERMAFDRUKKEN_AAN:
        SCHERMAFDRUKKEN.mkdir(exist_ok=True)
        (SCHERMAFDRUKKEN / "tussenstand-30-06-2012.pdf").write_bytes(
            pagina.pdf(format="A4", print_background=True)
        )


def _afgedrukt(pagina) -> tuple[str, int]:
    """The page printed on A4: its text and number of pages; checks that the peildatum is on
    paper and no control or tab."""
    pdf = PdfReader(io.BytesIO(pagina.pdf(format="A4", print_background=True)))
    tekst = "\n".join(p.extract_text() for p in pdf.pages)
    assert "Stand per 30 juni 2012" in tekst
    for bediening in ("Download", "Periode", "Kwartaal Halfjaar", "Data & kwaliteit"):
        assert bediening not in tekst, bediening
    assert onderdelen.ALLES not in tekst  # the tab bar
    return tekst, len(pdf.pages)
