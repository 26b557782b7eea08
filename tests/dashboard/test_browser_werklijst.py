"""Chromium: the Werkvoorraad's first view without a data grid (issue 26, h56). The demo's
40 opdrachten are a static list that loads none of the grid's code; an opdracht is opened
by keyboard alone through *Opdracht openen*. That the marked rows stand out on a screen and
a phone and that the list prints whole is checked on test_browser's visit of the page
(`test_every_page_in_chromium`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard import werklijst
from tests.dashboard import chromium
from tests.dashboard.test_browser import werkvoorraad_lijst

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def platform(demo_platform: str) -> str:
    """The local demo served once per test process (`demo_platform`, read only)."""
    return demo_platform


def test_an_opdracht_opens_by_keyboard_alone_from_a_list_without_grid(
    platform: str, browser, demo_warehouse: Path
):
    lijst = werkvoorraad_lijst(demo_warehouse)
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
