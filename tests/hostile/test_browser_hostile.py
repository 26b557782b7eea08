"""In real Chromium (issue 15): ten simultaneous first visits to a fresh dashboard all
render without a traceback, and hostile source text fetches nothing and links nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from etl.load import run_etl
from tests.console import REPO
from tests.dashboard import chromium
from tests.dashboard.chromium import schermafdruk, vereis_chromium, vrije_poort
from tests.etl.helpers import MEDEWERKERS, UREN_HEADER, write_csv

EVIL = "evil.example"
SVG_LINK = f'<a xlink:href="http://{EVIL}/">Dordrecht</a>'

pytestmark = pytest.mark.browser


@pytest.fixture
def hostile_platform(tmp_path: Path):
    vereis_chromium()
    bron = tmp_path / "bron"
    write_csv(bron / "medewerkers.csv", MEDEWERKERS)
    write_csv(bron / "gemeenten.csv", [["code", "naam"], ["DOR", SVG_LINK]])
    header = ["opdracht_id", "titel", "soort_opdracht", "aanvrager", "begrote_uren", "status"]
    header += ["opdrachtformulering", "achtergrond"]
    write_csv(
        bron / "opdrachten.csv",
        [
            header,
            [
                "PT-1",
                f"[klik](http://{EVIL}/titel)",
                "lokaal",
                "DOR",
                "10",
                "lopend",
                f"![p](http://{EVIL}/t.png)",
                f'<img src="http://{EVIL}/x.png"> [x](http://{EVIL}/)',
            ],
        ],
    )
    write_csv(bron / "uren.csv", [UREN_HEADER, ["M-1", "PT-1", "01-03-2012", "2"]])
    warehouse = tmp_path / "proeftuin.duckdb"
    assert run_etl(bron, warehouse).geschreven
    with chromium.platform(
        "--warehouse",
        str(warehouse),
        "--port",
        str(vrije_poort()),
        env={"PYTHONPATH": str(REPO)},
    ) as url:
        yield url


def test_first_visits_at_once_and_hostile_text_in_chromium(hostile_platform: str, browser):
    requests: list[str] = []
    context = browser.new_context(viewport=chromium.SCHERM)
    context.on("request", lambda r: requests.append(r.url))
    paths = ["werkvoorraad", "urenbalans"] * 5  # ten first sessions, all at once
    pages = [context.new_page() for _ in paths]
    for page, path in zip(pages, paths, strict=True):
        page.goto(f"{hostile_platform}/{path}", wait_until="commit")
    for page in pages:
        expect(page.locator('[data-testid="stMain"]')).to_be_visible(timeout=60_000)
        expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=60_000)
        page.wait_for_timeout(300)
        text = page.locator('[data-testid="stMain"]').inner_text()
        assert "Traceback" not in text and "partially initialized" not in text, text[:500]
        assert page.locator('[data-testid="stException"]').count() == 0
    werkvoorraad = pages[0]
    for page, name in ((pages[0], "werkvoorraad"), (pages[1], "urenbalans")):
        schermafdruk(page, f"vijandig-{name}.png", full_page=True)  # PROEFTUIN_SCHERMAFDRUKKEN=1
    assert (
        f"![p](http://{EVIL}/t.png)" in werkvoorraad.locator('[data-testid="stMain"]').inner_text()
    )
    urenbalans = pages[1]
    expect(urenbalans.locator("table.staven").first).to_be_visible(timeout=30_000)
    assert SVG_LINK.replace("xlink:", "") not in urenbalans.content()
    for page in pages[:2]:
        bad = page.locator(f'a[href*="{EVIL}"], img[src*="{EVIL}"]')
        assert bad.count() == 0, [
            bad.nth(i).evaluate("e => e.outerHTML") for i in range(bad.count())
        ]
        assert page.locator(f'[*|href*="{EVIL}"]').count() == 0
    assert not [r for r in requests if EVIL in r]
