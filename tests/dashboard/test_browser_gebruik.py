"""Usability in the real browser: deep links, opening a row, live search, printing the
Tussenstand on A4, and a phone's width without overlapping controls.

Uses the `platform` fixture of `test_browser` (a real `proeftuin dashboard` on the demo
warehouse) and Debian's headless Chromium; screenshots go to tests/screenshots/.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from dashboard import onderdelen, staven, werklijst
from dashboard.paginas import PAGINAS
from dashboard.stijl import LICHT
from tests.dashboard import chromium
from tests.dashboard.chromium import vereis_chromium, vrije_poort
from tests.dashboard.helpers import direct
from tests.dashboard.test_browser import SCHERMAFDRUKKEN

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

    # The Tussenstand of 30-06 (the first half year).
    pagina.goto(f"{platform}/tussenstand")
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


def _overlappen(pagina) -> list[str]:
    """Pairs of visible top-level elements of the main column whose boxes overlap, and
    tables or charts that stick out of their element onto the next."""
    return pagina.evaluate(
        """() => {
        const els = [...document.querySelectorAll(
            '[data-testid="stMain"] [data-testid="stElementContainer"]')]
          .filter(e => !e.parentElement.closest('[data-testid="stElementContainer"]'))
          .filter(e => e.offsetHeight > 0 && e.closest('[data-testid="stExpander"]') === null);
        const boxes = els.map(e => [e, e.getBoundingClientRect()]);
        const uit = [];
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const [a, ra] = boxes[i], [b, rb] = boxes[j];
            if (ra.left < rb.right - 1 && rb.left < ra.right - 1 &&
                ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1)
                uit.push(a.innerText.slice(0, 30) + ' / ' + b.innerText.slice(0, 30));
        }
        // a table or chart must not stick out of its own element (onto the next one)
        for (const d of document.querySelectorAll(
                '[data-testid="stMain"] [data-testid="stDataFrame"],' +
                '[data-testid="stMain"] [data-testid="stPlotlyChart"]')) {
            const r = d.getBoundingClientRect();
            const c = d.closest('[data-testid="stElementContainer"]').getBoundingClientRect();
            if (r.height > 0 && r.bottom > c.bottom + 1) uit.push('uit: ' + d.dataset.testid);
        }
        return uit;
    }"""
    )


@pytest.mark.parametrize("pad", ["werkvoorraad", "tussenstand", "data_kwaliteit", "verrekening"])
def test_phone_width_has_no_overlapping_controls_and_says_tables_scroll(platform, browser, pad):
    pagina = browser.new_page(viewport=chromium.TELEFOON, locale="nl-NL")
    pagina.goto(f"{platform}/{pad}")
    expect(pagina.locator('[data-testid="stMain"] h1')).to_be_visible(timeout=30_000)
    _klaar(pagina)
    assert _overlappen(pagina) == []
    hint = pagina.get_by_text("Schuif de tabel opzij voor meer").first
    expect(hint).to_be_visible()
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"{pad}-390.png"))
    # on a wide screen the hint takes no room
    pagina.set_viewport_size(chromium.SCHERM)
    pagina.wait_for_timeout(500)
    expect(hint).to_be_hidden()


def test_the_colleges_tables_fit_at_1366_px(platform, browser):
    """No table of the Tussenstand needs sideways scrolling on a 1366 px screen: the saldo
    is the column a college reads first, and the grid cuts off what does not fit."""
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{platform}/tussenstand")
    expect(pagina.locator('[data-testid="stMain"] h1')).to_be_visible(timeout=30_000)
    _klaar(pagina)
    pagina.get_by_role("tab", name=onderdelen.ALLES).click()  # every section's tables
    expect(pagina.get_by_text("Opdrachten per winstpunt").first).to_be_attached(timeout=30_000)
    _klaar(pagina)
    # the grids draw only in view: a window as tall as the page shows them all, 1366 wide
    hoogte = pagina.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    pagina.set_viewport_size({"width": 1366, "height": hoogte + 100})
    expect(pagina.locator('[data-testid="stMain"] .dvn-scroller').first).to_be_attached()
    _klaar(pagina)
    breedtes = pagina.evaluate(
        """() => [...document.querySelectorAll('[data-testid="stMain"] .dvn-scroller')]
            .filter(s => s.offsetHeight > 0)
            .map(s => [s.scrollWidth, s.clientWidth])"""
    )
    assert len(breedtes) >= 2
    assert [b for b in breedtes if b[0] > b[1] + 1] == []
    # the saldo per gemeente is a static table now (h51): it fits as well
    vakken = pagina.evaluate(
        f"""() => [...document.querySelectorAll('[data-testid="stMain"] div.{LICHT}')]
            .filter(s => s.offsetHeight > 0)
            .map(s => [s.scrollWidth, s.clientWidth])"""
    )
    assert vakken and [b for b in vakken if b[0] > b[1] + 1] == []


def test_every_page_has_no_serious_accessibility_violation_at_phone_width(platform, browser):
    """axe-core at 390 px (the wide screen is checked page by page in test_browser)."""
    pagina = browser.new_page(viewport=chromium.TELEFOON, locale="nl-NL")
    for p in PAGINAS:
        pagina.goto(f"{platform}/{p.url}")
        expect(pagina.locator('[data-testid="stMain"] h1')).to_be_visible(timeout=30_000)
        _klaar(pagina)
        chromium.toegankelijk(pagina, f"{p.naam} op 390 px")
