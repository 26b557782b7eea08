"""Printing in the real browser after issue 26's lighter switches: a data grid's copy for
paper is made by the browser when it prints (the page holds no hidden table until then);
the Werkvoorraad's static list prints every opdracht; the static tables of
`dashboard.tabel_licht` print as they are shown. Screenshots of the changed pages at
1366 px and phone width go to tests/screenshots/."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from dashboard import onderdelen
from tests.dashboard import chromium
from tests.dashboard.helpers import direct
from tests.dashboard.test_browser import SCHERMAFDRUKKEN, platform  # noqa: F401

pytestmark = [pytest.mark.slow, pytest.mark.browser]

KOPIE = "table.alleen-print"


def _klaar(pagina) -> None:
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    # the session's one-time scripts (the print script among them) ran in this tab
    pagina.wait_for_function("() => window.proeftuinAfdruk === true", timeout=30_000)
    pagina.wait_for_timeout(700)


def _pdf_tekst(pagina) -> str:
    pdf = PdfReader(io.BytesIO(pagina.pdf(format="A4", print_background=True)))
    return "\n".join(p.extract_text() for p in pdf.pages)


def test_the_werkvoorraad_prints_every_opdracht(platform, browser, demo_warehouse):  # noqa: F811
    """The demo's list is a static table (dashboard.werklijst_tabel): every row on paper."""
    alle = direct(demo_warehouse, "select opdracht_id from werkvoorraad order by 1")
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{platform}/werkvoorraad")
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text(f"{alle.height} van {alle.height} opdrachten")).to_be_visible(
        timeout=30_000
    )
    _klaar(pagina)
    # a long number may wrap in its narrow column on paper: compared without white space
    tekst = re.sub(r"\s", "", _pdf_tekst(pagina))
    ontbreekt = [i for i in alle["opdracht_id"] if i not in tekst]
    assert not ontbreekt, ontbreekt
    pagina.close()


def test_a_data_grid_prints_from_a_copy_made_at_printing(platform, browser, demo_warehouse):  # noqa: F811
    """The Urenbalans's tegoed matrix (all sections open) is a data grid: its copy for paper
    is made when the page prints, holds every gemeente, and stays off the screen."""
    namen = direct(demo_warehouse, "select naam from gemeenten order by 1")["naam"].to_list()
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{platform}/urenbalans")
    _klaar(pagina)
    pagina.get_by_role("tab", name=onderdelen.ALLES).click()
    rooster = pagina.locator('[data-testid="stDataFrame"] >> visible=true').first
    expect(rooster).to_be_visible(timeout=30_000)
    _klaar(pagina)
    # on screen the page holds no table for paper: its copy waits in one attribute
    assert pagina.locator(KOPIE).count() == 0
    assert pagina.locator("[data-afdruk]").count() >= 1
    _pdf_tekst(pagina)
    # the copies made for paper hold the grid's rows and stay off the screen afterwards
    assert pagina.locator(KOPIE).count() >= 1
    kopieen = " ".join(pagina.locator(KOPIE).all_text_contents())
    ontbreekt = [n for n in namen if n not in kopieen]
    assert not ontbreekt, ontbreekt
    expect(pagina.locator(KOPIE).first).to_be_hidden()
    # the browser's print preview (print media) fills them too
    pagina.reload()
    _klaar(pagina)
    pagina.get_by_role("tab", name=onderdelen.ALLES).click()
    expect(pagina.locator('[data-testid="stDataFrame"] >> visible=true').first).to_be_visible(
        timeout=30_000
    )
    _klaar(pagina)
    assert pagina.locator(KOPIE).count() == 0
    pagina.emulate_media(media="print")
    expect(pagina.locator(KOPIE).first).to_be_visible(timeout=10_000)
    pagina.close()


PAGINAS = {  # the page's heading to wait for, its static tables, texts they print
    "winstpunten": ("Per dimensie", 8, ["inhoudelijk", "Bij een andere gemeente", "Schaal"]),
    "verrekening": ("Per gemeente", 3, ["Betaalt (uit)", "Uit geldinbreng", "Alle boekjaren"]),
    # the load runs, the last run's files and its rejected rows (each static up to 30 rows)
    "data_kwaliteit": (
        "Bestanden van de laatste ronde",
        3,
        ["Gelezen", "Opmerking", "Gestart", "Reden"],
    ),
}


@pytest.mark.parametrize("pad", list(PAGINAS))
def test_static_tables_show_print_and_fit_a_phone(platform, browser, pad):  # noqa: F811
    kop, aantal, teksten = PAGINAS[pad]
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{platform}/{pad}")
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text(kop, exact=True)).to_be_visible(timeout=30_000)
    _klaar(pagina)
    tabellen = hoofd.locator("table.tabel-licht")
    assert tabellen.count() == aantal
    expect(tabellen.first).to_be_visible()
    # a static table sits inside the main column; a wider one scrolls in its own box
    breedte = pagina.evaluate(
        "() => document.querySelector('[data-testid=stMainBlockContainer]').clientWidth"
    )
    for vak in pagina.locator("div.tabel-licht").all():
        assert vak.bounding_box()["width"] <= breedte
    tekst = _pdf_tekst(pagina)
    for t in teksten:
        assert t in tekst, t
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    for naam, maat in (("breed", chromium.SCHERM), ("telefoon", chromium.TELEFOON)):
        pagina.set_viewport_size(maat)
        _klaar(pagina)
        hoogte = pagina.evaluate(
            "() => document.querySelector('[data-testid=stMain]').scrollHeight"
        )
        pagina.set_viewport_size({"width": maat["width"], "height": min(hoogte, 8000)})
        pagina.wait_for_timeout(500)
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"licht-{pad}-{naam}.png"))
    # on a phone the table scrolls sideways inside its box, the page does not
    assert pagina.evaluate("() => document.documentElement.scrollWidth") <= maat["width"]
    pagina.close()
