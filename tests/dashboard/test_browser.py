"""The real thing: `proeftuin dashboard` in a subprocess, driven by Debian's headless Chromium.

The local demo (no login, role MT); every page also passes axe-core. Screenshots go to
tests/screenshots/. Login and roles through a real identity provider: test_login_browser.
"""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import expect

from cijfers import kolommen
from dashboard.paginas import PAGINAS
from tests.dashboard import chromium
from tests.dashboard.chromium import toegankelijk, wacht_tot_klaar
from tests.dashboard.helpers import direct

SCHERMAFDRUKKEN = Path(__file__).resolve().parents[1] / "screenshots"
# what each page of the app's list must show, by its file
VERWACHT = {
    "start.py": ["Proeftuin beleid Drechtsteden", "Hoe werkt het?", "Lopende opdrachten"],
    "proeftuin_uitgelegd.py": ["De proeftuin uitgelegd", "Wat de proeftuin wel en niet is"],
    "werkvoorraad.py": ["Werkvoorraad", "Opdrachtformulier", "Opdrachtformulering"],
    "mijn_proeftuin.py": ["Mijn proeftuin", "Mijn opdrachten", "Mijn ruimte"],
    # started without --source: the page says writing is off (test_browser_platform writes)
    "opdracht_aanmelden.py": ["Opdracht aanmelden", "proeftuin dashboard --source MAP"],
    # (the first of their tabs: dashboard.onderdelen; test_onderdelen opens the others)
    "urenbalans.py": ["Saldo per gemeente", "Uren tegoed", "Alles onder elkaar"],
    "tussenstand.py": ["Tussenstand", "Stand per", "Urenbalans", "Alles onder elkaar"],
    "winstpunten.py": ["Winstpunten", "Per dimensie", "Efficiency"],
    "kwaliteit_leren.py": ["Kwaliteit en leren", "Interviewsteekproef", "Leerverhalen"],
    "verrekening.py": ["Verrekening", "Tekorten betaald"],
    "data_kwaliteit.py": ["Data & kwaliteit", "Laadrondes", "Controles op de urenbank"],
    "werkbank.py": ["Werkbank", "Budget overschreden", "Wat te doen"],
}

pytestmark = pytest.mark.browser


@pytest.fixture
def platform(demo_platform: str) -> str:
    """The local demo served once per test process (`demo_platform`, read only; every test
    opens its own page, in a browser context of its own); its base URL."""
    return demo_platform


def _download_is_excel(pagina, warehouse: Path) -> None:
    """The Excel download really arrives in the browser and holds the shown tables."""
    with pagina.expect_download(timeout=30_000) as download:
        pagina.get_by_text("Download deze tussenstand (Excel)").click()
    # row 1 holds the title with the peildatum, the table starts on row 3
    bladen = pl.read_excel(download.value.path(), sheet_id=0, read_options={"header_row": 2})
    assert {"Urenbalans", "Winstpunten"} <= set(bladen)
    assert bladen["Winstpunten"].height == 9
    # the page's Dutch headers, the numbers as the page rounds them (and its totals row)
    assert bladen["Urenbalans"].columns[0] == "Gemeente"
    assert bladen["Urenbalans"]["Gemeente"].to_list()[-1] == "Totaal"
    assert bladen["Urenbalans"].schema["Saldo"].is_numeric()
    # the last quarter is chosen, so every quarter's leerervaringen, as the view counts them
    view = direct(
        warehouse, "select soort, sum(aantal) from leerervaringen_per_kwartaal group by 1"
    )
    leer = bladen["Leerervaringen"]
    assert (
        leer.height
        == direct(
            warehouse, "select count(distinct (jaar, kwartaal)) from leerervaringen_per_kwartaal"
        ).item()
    )
    assert {kop: leer[kop].sum() for kop in kolommen.LEERERVARING_SOORTEN.values()} == {
        kolommen.LEERERVARING_SOORTEN[soort]: aantal for soort, aantal in view.iter_rows()
    }
    assert bladen["Leerervaringen lijst"].height == sum(leer[k].sum() for k in leer.columns[1:])


def _werkbank_tabs(pagina) -> None:
    """Each of the Werkbank's other tabs, and the proposal taken over with one click."""
    for tab, tekst in (
        ("Kandidaten", "Beste kandidaat"),
        ("Bezetting", "Verwacht saldo aan het eind van elk resterend kwartaal"),
        ("Voorstel", "Download het voorstel als Excel"),
        ("Combineren", "gedeelde termen"),  # the titles also stand in Voorstel's table
        ("Wat als", "Verrekening die dit voorkomt"),
    ):
        pagina.get_by_role("tab", name=tab).click()
        expect(pagina.get_by_text(tekst).first).to_be_visible(timeout=30_000)
        wacht_tot_klaar(pagina)
        naam = tab.lower().replace(" ", "_")
        toegankelijk(pagina, f"werkbank {naam}")
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"werkbank_{naam}.png"), full_page=True)
    pagina.get_by_role("button", name="Neem het toewijzingsvoorstel over").click()
    expect(pagina.get_by_text("Alles wissen").first).to_be_visible(timeout=30_000)
    wacht_tot_klaar(pagina)
    pagina.screenshot(path=str(SCHERMAFDRUKKEN / "werkbank_voorstel.png"), full_page=True)
    assert "Traceback" not in pagina.locator('[data-testid="stMain"]').inner_text()


def test_every_page_in_chromium(platform: str, demo_warehouse: Path, browser):
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="en-US")
    assert set(VERWACHT) == {p.bestand for p in PAGINAS}
    for p in PAGINAS:
        pagina.set_viewport_size(chromium.SCHERM)
        pagina.goto(f"{platform}/{p.url}")
        hoofd = pagina.locator('[data-testid="stMain"]')
        for tekst in VERWACHT[p.bestand]:
            expect(hoofd.get_by_text(tekst, exact=False).first).to_be_visible(timeout=30_000)
        wacht_tot_klaar(pagina)
        naam = p.naam
        toegankelijk(pagina, naam)
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"{naam}.png"), full_page=True)
        inhoud = hoofd.inner_text()
        assert pagina.locator('[data-testid="stException"]').count() == 0, naam
        assert "Traceback" not in inhoud, naam
        # Dutch numbers even in an en-US browser: 1.234 / 12,5 and never 1,234.5.
        assert not re.search(r"\d,\d{3}\.\d", inhoud), naam
        if p.bestand == "tussenstand.py":
            _download_is_excel(pagina, demo_warehouse)
        if p.bestand == "werkbank.py":
            _werkbank_tabs(pagina)


def test_werkbank_tabs_by_keyboard_and_the_chosen_tab_stays_after_another_page(
    platform: str, browser
):
    """Only the open tab runs (dashboard.tabbladen): a tab is reached with the arrow keys
    as well as the mouse, its content replaces the other tab's, and the tab a person chose
    is open again when they come back from another page."""
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{platform}/werkbank")
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text("Wat te doen").first).to_be_visible(timeout=30_000)
    wacht_tot_klaar(pagina)
    pagina.get_by_role("tab", name="Signalen").focus()
    # Signalen → Toets → Kandidaten, each tab's run ended before the next key (a second key
    # while the first tab's run is still going can end on the first: noted in issue 26)
    for naam in ("Toets", "Kandidaten"):
        pagina.keyboard.press("ArrowRight")
        expect(pagina.get_by_role("tab", name=naam)).to_have_attribute(
            "aria-selected", "true", timeout=30_000
        )
        wacht_tot_klaar(pagina)
    pagina.keyboard.press("Enter")
    kandidaten = pagina.get_by_role("tab", name="Kandidaten")
    expect(kandidaten).to_have_attribute("aria-selected", "true", timeout=30_000)
    expect(hoofd.get_by_text("Beste kandidaat").first).to_be_visible(timeout=30_000)
    wacht_tot_klaar(pagina)
    expect(hoofd.get_by_text("Wat te doen")).to_have_count(0)  # Signalen did not run
    for scherm, naam in ((chromium.SCHERM, "breed"), (chromium.TELEFOON, "telefoon")):
        pagina.set_viewport_size(scherm)
        wacht_tot_klaar(pagina)
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"werkbank_tabs_{naam}.png"), full_page=True)
    pagina.set_viewport_size(chromium.SCHERM)
    nav = pagina.locator('[data-testid="stSidebarNav"]')
    nav.get_by_role("link", name="Werkvoorraad", exact=True).click()
    expect(hoofd.get_by_text("Opdrachtformulier").first).to_be_visible(timeout=30_000)
    wacht_tot_klaar(pagina)
    nav.get_by_role("link", name="Werkbank", exact=True).click()
    expect(kandidaten).to_have_attribute("aria-selected", "true", timeout=30_000)
    expect(hoofd.get_by_text("Beste kandidaat").first).to_be_visible(timeout=30_000)
    pagina.get_by_role("tab", name="Wat als").click()
    expect(hoofd.get_by_text("Verrekening die dit voorkomt").first).to_be_visible(timeout=30_000)
    expect(hoofd.get_by_text("Beste kandidaat")).to_have_count(0)


def test_the_glossary_on_start_is_sent_when_opened(platform: str, browser):
    """Folded, the Start page's glossary is not in the page (its markdown cost every first
    visit); opened, it shows after the rerun the click asks for."""
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(platform)
    wacht_tot_klaar(pagina)
    hoofd = pagina.locator('[data-testid="stMain"]')
    woord = hoofd.get_by_text("requesting municipality")
    expect(woord).to_have_count(0)
    hoofd.get_by_text("Begrippenlijst: wat betekenen de woorden?").click()
    expect(woord).to_be_visible(timeout=30_000)
    wacht_tot_klaar(pagina)
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    pagina.screenshot(path=str(SCHERMAFDRUKKEN / "start_begrippenlijst.png"))


def test_start_is_light_for_the_browser(platform: str, demo_warehouse: Path, browser):
    """Start, where everyone lands, loads neither the metric's, Plotly's nor the data
    grid's code (issue 26): its tiles and bars are static HTML, drawn with the page, that
    show the urenbalans as the Urenbalans page does, at 1366 px and on a phone. (axe-core
    checks this same first view in `test_every_page_in_chromium` and, at 390 px, in
    test_browser_gebruik.)"""
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    for scherm, naam in ((chromium.SCHERM, "breed"), (chromium.TELEFOON, "telefoon")):
        pagina = browser.new_page(viewport=scherm, locale="nl-NL")
        scripts: list[str] = []
        pagina.on("request", lambda r, s=scripts: s.append(r.url.rsplit("/", 1)[-1]))
        pagina.goto(platform)
        hoofd = pagina.locator('[data-testid="stMain"]')
        tegels = hoofd.locator("dl.tegels > div")
        expect(tegels).to_have_count(5, timeout=30_000)
        wacht_tot_klaar(pagina)
        for element in ("stMetric", "stPlotlyChart", "stDataFrame", "stSkeleton"):
            expect(pagina.locator(f'[data-testid="{element}"]')).to_have_count(0)
        assert not [s for s in scripts if s.startswith(("PlotlyChart", "Metric."))]
        rijen = hoofd.locator("table.staven tbody tr")
        namen = direct(
            demo_warehouse,
            "select g.naam from urenbalans u join gemeenten g on g.code = u.gemeente "
            "order by u.gemeente",
        )["naam"].to_list()
        expect(rijen).to_have_count(len(namen))
        assert [rijen.nth(i).locator("td").first.inner_text() for i in range(len(namen))] == namen
        # every non-zero saldo has a visible bar, the tiles sit side by side (two per
        # row on a phone) and the tables fit the screen
        staven = hoofd.locator("table.staven .baan span")
        assert staven.count() >= 2
        assert all(staven.nth(i).bounding_box()["width"] > 1 for i in range(staven.count()))
        vakken = [tegels.nth(i).bounding_box() for i in range(2)]
        assert vakken[0]["y"] == vakken[1]["y"]
        assert pagina.evaluate("document.documentElement.scrollWidth") <= scherm["width"]
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"start_licht_{naam}.png"), full_page=True)
        pagina.close()


@pytest.mark.parametrize(
    "pad, banden",
    [("proeftuin_uitgelegd", 9), ("verrekening", None)],
    ids=["uitgelegd", "verrekening"],
)
def test_the_flow_pages_are_light_for_the_browser(
    platform: str, browser, pad: str, banden: int | None
):
    """De proeftuin uitgelegd (the plan's 9 flows) and the Verrekening (a band per
    payment) draw their flow as inline SVG
    (`dashboard.stromen`, issue 26): no Plotly, metric or data grid code on their first
    view; one drawing shows, every band of it, readable and within the screen at 1366 px
    and on a phone. (axe-core checks these same first views in
    `test_every_page_in_chromium` and, at 390 px, in test_browser_gebruik.)"""
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
    for scherm, naam in ((chromium.SCHERM, "breed"), (chromium.TELEFOON, "telefoon")):
        pagina, scripts = chromium.pagina_met_scripts(browser, f"{platform}/{pad}", scherm)
        tekening = pagina.locator('[data-testid="stMain"] figure.stromen svg >> visible=true')
        expect(tekening).to_have_count(1, timeout=30_000)
        wacht_tot_klaar(pagina)
        for element in ("stMetric", "stPlotlyChart", "stDataFrame", "stSkeleton"):
            expect(pagina.locator(f'[data-testid="{element}"]')).to_have_count(0)
        assert not [s for s in scripts if s.startswith(("PlotlyChart", "Metric.", "DataFrame."))]
        assert tekening.get_attribute("role") == "img"
        if banden is None:  # a band per payment: a row of the page's table "Wie betaalt wie"
            betaalt = pagina.locator("table.tabel-licht").filter(has_text="Betaalt (uit)")
            banden = betaalt.locator("tbody tr").count()
            assert banden >= 2
        assert tekening.locator("path").count() == banden
        vak = tekening.bounding_box()
        assert vak["width"] > 300 and vak["x"] + vak["width"] <= scherm["width"]
        # the smallest label is still readable text on screen
        kleinste = tekening.evaluate(
            "svg => Math.min(...[...svg.querySelectorAll('tspan')]"
            ".map(t => t.getBoundingClientRect().height))"
        )
        assert kleinste >= 10
        assert pagina.evaluate("document.documentElement.scrollWidth") <= scherm["width"]
        tekening.scroll_into_view_if_needed()
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"stromen_{pad}_{naam}.png"))
        pagina.close()
