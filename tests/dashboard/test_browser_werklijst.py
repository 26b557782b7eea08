"""Chromium: the Werkvoorraad's first view without a data grid (issue 26, h56). The demo's
40 opdrachten are a static list that loads none of the grid's code; an opdracht is opened
by keyboard alone through *Opdracht openen*; the marked rows stand out on a screen and a
phone, and the list prints whole."""

from __future__ import annotations

import io
from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from dashboard import werklijst
from tests.dashboard import chromium
from tests.dashboard.chromium import toegankelijk
from tests.dashboard.helpers import direct

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SCHERMAFDRUKKEN = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def platform(demo_platform: str) -> str:
    """The local demo served once per test process (`demo_platform`, read only)."""
    return demo_platform


def _werkvoorraad(warehouse: Path) -> pl.DataFrame:
    """The list as the page orders it first (open work without opdrachtnemer first)."""
    alle = direct(
        warehouse,
        "select w.*, s.signaal_tekst from werkvoorraad w "
        "left join werkvoorraad_signalen s using (opdracht_id)",
    )
    return werklijst.sorteer(alle, "zonder_eerst")


def test_an_opdracht_opens_by_keyboard_alone_from_a_list_without_grid(
    platform: str, browser, demo_warehouse: Path
):
    lijst = _werkvoorraad(demo_warehouse)
    doel = lijst.row(5, named=True)  # not the first: that one is open already
    pagina, scripts = chromium.pagina_met_scripts(
        browser, f"{platform}/werkvoorraad", chromium.SCHERM
    )
    hoofd = pagina.locator('[data-testid="stMain"]')
    tabel = hoofd.locator(f"div.{werklijst.KLASSE} table")
    expect(tabel).to_be_visible(timeout=30_000)
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    expect(tabel.locator("tbody tr")).to_have_count(lijst.height)
    expect(hoofd.locator('[data-testid="stDataFrame"]')).to_have_count(0)
    assert not [s for s in scripts if s.startswith(("DataFrame", "FullScreenFrame"))], scripts

    # keyboard alone: Tab from the top of the page to the box, type, Enter
    doos = hoofd.get_by_role("combobox", name="Opdracht openen")
    for _ in range(40):
        pagina.keyboard.press("Tab")
        if doos.evaluate("e => e === document.activeElement"):
            break
    else:
        pytest.fail("Opdracht openen is niet met Tab te bereiken")
    pagina.keyboard.type(f"{doel['opdracht_id']} · ", delay=20)
    pagina.keyboard.press("Enter")
    expect(hoofd.locator("h3", has_text=doel["titel"])).to_be_visible(timeout=30_000)
    expect(doos).to_have_value(f"{doel['opdracht_id']} · {doel['titel']}")
    # the list after the box is the next stop of Tab (a region that scrolls)
    pagina.keyboard.press("Tab")
    actief = pagina.evaluate("document.activeElement.getAttribute('role')")
    assert actief == "region"


def test_marked_rows_stand_out_on_screen_and_phone_and_the_list_prints(
    platform: str, browser, demo_warehouse: Path
):
    lijst = _werkvoorraad(demo_warehouse)
    nodig = lijst.select(werklijst.zoekt_nemer() | pl.col("signaal_tekst").is_not_null())
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    for scherm, naam in ((chromium.SCHERM, "breed"), (chromium.TELEFOON, "telefoon")):
        pagina = browser.new_page(viewport=scherm, locale="nl-NL")
        pagina.goto(f"{platform}/werkvoorraad")
        tabel = pagina.locator(f"div.{werklijst.KLASSE} table")
        expect(tabel).to_be_visible(timeout=30_000)
        expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
        rijen = tabel.locator("tbody tr")
        kleuren = rijen.evaluate_all(
            "rs => rs.map(r => getComputedStyle(r.cells[0]).backgroundColor)"
        )
        gewoon = "rgba(0, 0, 0, 0)"
        assert [k != gewoon for k in kleuren] == nodig.to_series().to_list()
        eerste = rijen.first.locator("td").first
        assert eerste.inner_text().startswith("⚠ ")  # in words too, not by colour alone
        # a box of about fifteen rows that scrolls, its header staying in view
        vak = pagina.locator(f"div.{werklijst.KLASSE} div[role=region]")
        hoogte = vak.evaluate("e => [e.clientHeight, e.scrollHeight]")
        assert hoogte[0] < hoogte[1] and hoogte[0] <= 34 * 16 + 2, hoogte
        vak.evaluate("e => e.scrollTo(0, 400)")
        kop = tabel.locator("th").first.bounding_box()
        assert abs(kop["y"] - vak.bounding_box()["y"]) <= 2
        vak.evaluate("e => e.scrollTo(0, 0)")
        toegankelijk(pagina, f"werkvoorraad {naam}")
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"werkvoorraad_lijst_{naam}.png"))
        if naam == "breed":
            pdf = PdfReader(io.BytesIO(pagina.pdf(format="A4", print_background=True)))
            tekst = "\n".join(p.extract_text() for p in pdf.pages)
            laatste = lijst.row(-1, named=True)["titel"]
            assert laatste.split()[0] in tekst  # the list prints whole, not its box
            assert "Uren over" in tekst
        pagina.close()
