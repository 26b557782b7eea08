"""The tab chosen last is the tab that stays open, however quickly a person moves on.

Only the open tab runs (dashboard.tabbladen), so every tab change is a run of the page. Two
arrow keys (or two clicks) before the first change's run ended could leave the Werkbank on
the first change's tab: that run's answer selected its tab again and replaced the second
choice before the browser had sent it (`tabbladen.LAATSTE_KEUZE` chooses it again). These
tests press and click without waiting in between, then wait until the runs ended and check
that the last choice is open with its content. The race is a matter of timing: the keys are
pressed three times over, each a chance for it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.dashboard import chromium

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _werkbank(browser, url: str):
    """The Werkbank on its first tab, its run ended."""
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{url}/werkbank")
    expect(pagina.get_by_text("Wat te doen").first).to_be_visible(timeout=30_000)
    _runs_ended(pagina)
    return pagina


def _runs_ended(pagina) -> None:
    """No run of the page going (the status widget shows while one runs)."""
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    expect(pagina.locator('[data-testid="stApp"]')).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=30_000
    )


def _open_with(pagina, tab: str, tekst: str) -> None:
    """Tab `tab` is open with its content (`tekst`) once the runs have ended, and stays so
    (a late answer that opened another tab would show here)."""
    hoofd = pagina.locator('[data-testid="stMain"]')
    knop = pagina.get_by_role("tab", name=tab)
    expect(knop).to_have_attribute("aria-selected", "true", timeout=30_000)
    expect(hoofd.get_by_text(tekst).first).to_be_visible(timeout=30_000)
    _runs_ended(pagina)
    pagina.wait_for_timeout(500)
    _runs_ended(pagina)
    expect(knop).to_have_attribute("aria-selected", "true", timeout=1_000)
    expect(hoofd.get_by_text(tekst).first).to_be_visible(timeout=1_000)


def test_two_arrow_keys_at_once_end_on_the_second(demo_platform: str, browser):
    pagina = _werkbank(browser, demo_platform)
    for tab, tekst in (
        ("Kandidaten", "Beste kandidaat"),
        ("Voorstel", "Download het voorstel als Excel"),
        ("Wat als", "Verrekening die dit voorkomt"),
    ):
        # the keys start from the open tab (a page drawn again may have let go of focus)
        pagina.locator('[role="tab"][aria-selected="true"]').focus()
        pagina.keyboard.press("ArrowRight")  # the next tab: its run starts
        pagina.keyboard.press("ArrowRight")  # the one after, while that run still goes
        _open_with(pagina, tab, tekst)


def test_two_clicks_at_once_end_on_the_second(demo_platform: str, browser):
    pagina = _werkbank(browser, demo_platform)
    for eerste, tweede, tekst in (
        ("Toets", "Kandidaten", "Beste kandidaat"),
        ("Bezetting", "Voorstel", "Download het voorstel als Excel"),
    ):
        pagina.get_by_role("tab", name=eerste).click()
        pagina.get_by_role("tab", name=tweede).click()
        _open_with(pagina, tweede, tekst)
