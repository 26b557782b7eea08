"""The real thing: `proeftuin dashboard` in a subprocess, driven by Debian's headless Chromium.

The local demo (no login, role MT). `test_every_page_in_chromium` opens every page once at
1366 px and once at 390 px, each through a full page load, and runs axe-core on it; the
checks of a page's first view (light pages without Plotly or data grid code, the flows, the
bars, the static tables, printing, the phone's layout, the charts' margins) run on that
same visit, so a page is drawn once per width instead of once per check. Screenshots go to
tests/screenshots/ only with PROEFTUIN_SCHERMAFDRUKKEN=1 (`schermafdruk`: no test reads
them; the handbook has its own script). Login and roles through a real identity provider:
test_login_browser.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from cijfers import kolommen
from dashboard import groepstaven, onderdelen, staven, werklijst
from dashboard.paginas import PAGINAS
from dashboard.stijl import LICHT
from tests.dashboard import chromium
from tests.dashboard.chromium import schermafdruk, toegankelijk, wacht_tot_klaar
from tests.dashboard.helpers import direct

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

ZWAAR = ("PlotlyChart", "DataFrame", "Metric.", "Multiselect")
"""The lazily loaded chunks a light first view must not need (their file names start so)."""
STAVEN = {
    "urenbalans.py": staven.KLASSE,
    "tussenstand.py": staven.KLASSE,
    "winstpunten.py": groepstaven.KLASSE,
}
"""Pages whose first view shows light bars (issue 26), by file: the class of their bars."""
STATISCH = {  # the page's heading to wait for, its static tables, texts they print
    "winstpunten.py": ("Per dimensie", 8, ["inhoudelijk", "Bij een andere gemeente", "Schaal"]),
    "verrekening.py": ("Per gemeente", 3, ["Betaalt (uit)", "Uit geldinbreng", "Alle boekjaren"]),
    # the load runs, the last run's files and its rejected rows (each static up to 30 rows)
    "data_kwaliteit.py": (
        "Bestanden van de laatste ronde",
        3,
        ["Gelezen", "Opmerking", "Gestart", "Reden"],
    ),
}
SCHUIFHINT = ("werkvoorraad.py", "tussenstand.py", "data_kwaliteit.py", "verrekening.py")
"""Pages whose tables a phone scrolls sideways: no overlapping controls, and the hint."""
KOPIE = "table.alleen-print"
# per chart: the margins it was given and the ones plotly drew it with (after automargin)
MARGES = """[...document.querySelectorAll('.js-plotly-plot')].map(gd => {
  const l = gd._fullLayout; return [l.margin.l, l._size.l, l.margin.b, l._size.b];
})"""


@pytest.fixture
def platform(demo_platform: str) -> str:
    """The local demo served once per test process (`demo_platform`, read only; every test
    opens its own page, in a browser context of its own); its base URL."""
    return demo_platform


def _pdf_tekst(pagina) -> str:
    """The page printed on A4, as text, once the session's one-time scripts (the print
    script among them) ran in this tab."""
    pagina.wait_for_function("() => window.proeftuinAfdruk === true", timeout=30_000)
    pdf = PdfReader(io.BytesIO(pagina.pdf(format="A4", print_background=True)))
    return "\n".join(p.extract_text() for p in pdf.pages)


def _licht(pagina, scripts: list[str], zwaar=ZWAAR, elementen=()) -> None:
    """No Plotly, data grid, metric or skeleton on this first view, nor their code."""
    for element in ("stPlotlyChart", "stDataFrame", "stMetric", "stSkeleton", *elementen):
        expect(pagina.locator(f'[data-testid="{element}"]')).to_have_count(0)
    assert not [s for s in scripts if s.startswith(zwaar)], scripts


def _start_licht(pagina, scripts, scherm, warehouse: Path) -> None:
    """Start, where everyone lands, loads neither the metric's nor Plotly's code (issue
    26): its tiles and bars are static HTML, drawn with the page, that show the urenbalans
    as the Urenbalans page does, at 1366 px and on a phone."""
    hoofd = pagina.locator('[data-testid="stMain"]')
    tegels = hoofd.locator("dl.tegels > div")
    expect(tegels).to_have_count(5, timeout=30_000)
    _licht(pagina, scripts, zwaar=("PlotlyChart", "Metric."))
    rijen = hoofd.locator("table.staven tbody tr")
    namen = direct(
        warehouse,
        "select g.naam from urenbalans u join gemeenten g on g.code = u.gemeente "
        "order by u.gemeente",
    )["naam"].to_list()
    expect(rijen).to_have_count(len(namen))
    assert [rijen.nth(i).locator("td").first.inner_text() for i in range(len(namen))] == namen
    # every non-zero saldo has a visible bar, the tiles sit side by side (two per
    # row on a phone) and the tables fit the screen
    balken = hoofd.locator("table.staven .baan span")
    assert balken.count() >= 2
    assert all(balken.nth(i).bounding_box()["width"] > 1 for i in range(balken.count()))
    vakken = [tegels.nth(i).bounding_box() for i in range(2)]
    assert vakken[0]["y"] == vakken[1]["y"]
    assert pagina.evaluate("document.documentElement.scrollWidth") <= scherm["width"]


def _begrippenlijst(pagina) -> None:
    """Folded, the Start page's glossary is not in the page (its markdown cost every first
    visit); opened, it shows after the rerun the click asks for."""
    hoofd = pagina.locator('[data-testid="stMain"]')
    woord = hoofd.get_by_text("requesting municipality")
    expect(woord).to_have_count(0)
    hoofd.get_by_text("Begrippenlijst: wat betekenen de woorden?").click()
    expect(woord).to_be_visible(timeout=30_000)
    wacht_tot_klaar(pagina)
    schermafdruk(pagina, "start_begrippenlijst.png")


def _stromen(pagina, scripts, scherm, banden: int | None) -> None:
    """De proeftuin uitgelegd (the plan's 9 flows) and the Verrekening (a band per
    payment) draw their flow as inline SVG (`dashboard.stromen`, issue 26): no Plotly,
    metric or data grid code on their first view; one drawing shows, every band of it,
    readable and within the screen at 1366 px and on a phone."""
    tekening = pagina.locator('[data-testid="stMain"] figure.stromen svg >> visible=true')
    expect(tekening).to_have_count(1, timeout=30_000)
    _licht(pagina, scripts, zwaar=("PlotlyChart", "Metric.", "DataFrame."))
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


def _staven(pagina, scripts, scherm, bestand: str) -> None:
    """The first view of the Urenbalans, the Tussenstand and Winstpunten loads neither
    Plotly's nor the data grid's, the metric's or the multiselect's code (issue 26); their
    light bars are drawn and readable at 1366 px and on a phone."""
    hoofd = pagina.locator('[data-testid="stMain"]')
    tabel = hoofd.locator(f"table.{STAVEN[bestand]}")
    expect(tabel).to_have_count(1, timeout=30_000)
    _licht(pagina, scripts, elementen=("stMultiSelect",))
    # every bar is drawn and lies within its row, which fits the screen
    balken = tabel.locator("tbody span")
    assert balken.count() >= 3
    rij = tabel.locator("tbody tr").first.bounding_box()
    for i in range(balken.count()):
        vak = balken.nth(i).bounding_box()
        assert vak["width"] > 1 and vak["x"] + vak["width"] <= rij["x"] + rij["width"] + 1
    assert pagina.evaluate("document.documentElement.scrollWidth") <= scherm["width"]
    if bestand == "winstpunten.py":
        # on a phone the winstpunt's name stands above its bars, on a screen beside them
        eerste = tabel.locator("tbody tr").first
        kop, staaf = eerste.locator("th").bounding_box(), eerste.locator("td").first
        naast = staaf.bounding_box()["x"] > kop["x"] + kop["width"] - 1
        assert naast == (scherm == chromium.SCHERM), scherm
        assert tabel.locator("tbody span[title]").count() == balken.count()  # tooltips
        # laid out by CSS, still a table to a screen reader: winstpunt, series, figure
        rol = hoofd.get_by_role("table", name="Opdrachten per winstpunt")
        expect(rol.get_by_role("rowheader")).to_have_count(tabel.locator("tbody tr").count())
        expect(rol.get_by_role("columnheader")).to_have_count(4)
        expect(rol.get_by_role("cell")).to_have_count(3 * tabel.locator("tbody tr").count())


def _staven_afgedrukt(tekst: str, bestand: str) -> None:
    """The light bars print."""
    titel = "Opdrachten per winstpunt" if bestand == "winstpunten.py" else "Urensaldo per gemeente"
    assert titel in tekst
    assert "Hendrik-Ido-Ambacht" in tekst or "Beter inhoudelijk programmeren" in tekst


def _statisch(pagina, bestand: str) -> list[str]:
    """The page's static tables (`dashboard.tabel_licht`) show and sit inside the main
    column (a wider one scrolls in its own box); returns the texts they must print."""
    kop, aantal, teksten = STATISCH[bestand]
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text(kop, exact=True)).to_be_visible(timeout=30_000)
    tabellen = hoofd.locator("table.tabel-licht")
    assert tabellen.count() == aantal
    expect(tabellen.first).to_be_visible()
    breedte = pagina.evaluate(
        "() => document.querySelector('[data-testid=stMainBlockContainer]').clientWidth"
    )
    for vak in pagina.locator("div.tabel-licht").all():
        assert vak.bounding_box()["width"] <= breedte
    return teksten


def werkvoorraad_lijst(warehouse: Path) -> pl.DataFrame:
    """The list as the page orders it first (open work without opdrachtnemer first)."""
    alle = direct(
        warehouse,
        "select w.*, s.signaal_tekst from werkvoorraad w "
        "left join werkvoorraad_signalen s using (opdracht_id)",
    )
    return werklijst.sorteer(alle, "zonder_eerst")


def _gemarkeerde_rijen(pagina, lijst: pl.DataFrame) -> None:
    """The Werkvoorraad's static list (dashboard.werklijst_tabel): the rows that need
    someone stand out, in words too; a box of about fifteen rows that scrolls under its
    header."""
    nodig = lijst.select(werklijst.zoekt_nemer() | pl.col("signaal_tekst").is_not_null())
    tabel = pagina.locator(f"div.{werklijst.KLASSE} table")
    expect(tabel).to_be_visible(timeout=30_000)
    rijen = tabel.locator("tbody tr")
    kleuren = rijen.evaluate_all("rs => rs.map(r => getComputedStyle(r.cells[0]).backgroundColor)")
    gewoon = "rgba(0, 0, 0, 0)"
    assert [k != gewoon for k in kleuren] == nodig.to_series().to_list()
    eerste = rijen.first.locator("td").first
    assert eerste.inner_text().startswith("⚠ ")  # in words too, not by colour alone
    vak = pagina.locator(f"div.{werklijst.KLASSE} div[role=region]")
    hoogte = vak.evaluate("e => [e.clientHeight, e.scrollHeight]")
    assert hoogte[0] < hoogte[1] and hoogte[0] <= 34 * 16 + 2, hoogte
    vak.evaluate("e => e.scrollTo(0, 400)")
    kop = tabel.locator("th").first.bounding_box()
    assert abs(kop["y"] - vak.bounding_box()["y"]) <= 2
    vak.evaluate("e => e.scrollTo(0, 0)")


def _werkvoorraad_afgedrukt(tekst: str, lijst: pl.DataFrame) -> None:
    """The demo's list is a static table: every row on paper, the list whole, not its box."""
    # a long number may wrap in its narrow column on paper: compared without white space
    zonder = re.sub(r"\s", "", tekst)
    ontbreekt = [i for i in lijst["opdracht_id"] if i not in zonder]
    assert not ontbreekt, ontbreekt
    assert lijst.row(-1, named=True)["titel"].split()[0] in tekst
    assert "Uren over" in tekst


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


def _schuifhint(pagina) -> None:
    """On a phone no controls overlap and the page says its tables scroll; on a wide
    screen that hint takes no room (the window is made wide: the page's last check)."""
    assert _overlappen(pagina) == []
    hint = pagina.get_by_text("Schuif de tabel opzij voor meer").first
    expect(hint).to_be_visible()
    pagina.set_viewport_size(chromium.SCHERM)
    pagina.wait_for_timeout(500)
    expect(hint).to_be_hidden()


def _alle_onderdelen(pagina) -> None:
    """Every section of a page of sections (dashboard.onderdelen) open, its charts drawn
    (the first tab has none, h51)."""
    pagina.get_by_role("tab", name=onderdelen.ALLES).click(timeout=60_000)
    grafiek = pagina.locator('[data-testid="stPlotlyChart"] .main-svg').first
    expect(grafiek).to_be_attached(timeout=60_000)
    wacht_tot_klaar(pagina)


def _marges(pagina, bestand: str) -> None:
    """Plotly keeps the margins `dashboard.marges` gives the charts at 1366 px, so it lays
    each chart out once, not a second time for its labels (issue 26)."""
    marges = pagina.evaluate(MARGES)
    assert marges, bestand
    for gegeven_l, getekend_l, gegeven_b, getekend_b in marges:
        assert (getekend_l, getekend_b) == (gegeven_l, gegeven_b), (bestand, marges)


def _tabellen_passen(pagina) -> None:
    """No table of the Tussenstand (every section open) needs sideways scrolling on a
    1366 px screen: the saldo is the column a college reads first, and the grid cuts off
    what does not fit."""
    # the grids draw only in view: a window as tall as the page shows them all, 1366 wide
    hoogte = pagina.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    pagina.set_viewport_size({"width": 1366, "height": hoogte + 100})
    expect(pagina.locator('[data-testid="stMain"] .dvn-scroller').first).to_be_attached()
    wacht_tot_klaar(pagina)
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


def _rooster_afgedrukt(pagina, warehouse: Path) -> None:
    """The Urenbalans's tegoed matrix (all sections open) is a data grid: its copy for
    paper is made when the page prints, holds every gemeente, and stays off the screen;
    the browser's print preview (print media) fills it too."""
    namen = direct(warehouse, "select naam from gemeenten order by 1")["naam"].to_list()
    rooster = pagina.locator('[data-testid="stDataFrame"] >> visible=true').first
    expect(rooster).to_be_visible(timeout=30_000)
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
    # the print preview, on the same page loaded again
    pagina.reload()
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    pagina.wait_for_function("() => window.proeftuinAfdruk === true", timeout=30_000)
    pagina.get_by_role("tab", name=onderdelen.ALLES).click()
    expect(pagina.locator('[data-testid="stDataFrame"] >> visible=true').first).to_be_visible(
        timeout=30_000
    )
    wacht_tot_klaar(pagina)
    assert pagina.locator(KOPIE).count() == 0
    pagina.emulate_media(media="print")
    expect(pagina.locator(KOPIE).first).to_be_visible(timeout=10_000)


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
        schermafdruk(pagina, f"werkbank_{naam}.png", full_page=True)
    pagina.get_by_role("button", name="Neem het toewijzingsvoorstel over").click()
    expect(pagina.get_by_text("Alles wissen").first).to_be_visible(timeout=30_000)
    wacht_tot_klaar(pagina)
    schermafdruk(pagina, "werkbank_voorstel.png", full_page=True)
    assert "Traceback" not in pagina.locator('[data-testid="stMain"]').inner_text()


@pytest.mark.parametrize("scherm", [chromium.SCHERM, chromium.TELEFOON], ids=["1366px", "390px"])
def test_every_page_in_chromium(platform: str, demo_warehouse: Path, browser, scherm: dict):
    """Every page of the app's list, each through a full load at this width: it shows what
    it must, passes axe-core, has no traceback and Dutch numbers in an en-US browser; then
    the checks of that page's first view, and at 1366 px what its controls do (the Excel
    download, the Werkbank's tabs, every section open)."""
    breed = scherm == chromium.SCHERM
    px = scherm["width"]
    assert set(VERWACHT) == {p.bestand for p in PAGINAS}
    lijst = werkvoorraad_lijst(demo_warehouse)
    # one tab walks the pages, each a full load (a new session); the chunks a page needs
    # are requested again even when the browser's cache holds them (so a light first view
    # is checked by the requests of its own load)
    pagina = browser.new_page(viewport=scherm, locale="en-US")
    scripts: list[str] = []
    pagina.on("request", lambda r: scripts.append(r.url.rsplit("/", 1)[-1]))
    for p in PAGINAS:
        pagina.set_viewport_size(scherm)
        pagina.emulate_media(media="screen")
        scripts.clear()
        pagina.goto(f"{platform}/{p.url}")
        hoofd = pagina.locator('[data-testid="stMain"]')
        if breed:
            for tekst in VERWACHT[p.bestand]:
                expect(hoofd.get_by_text(tekst, exact=False).first).to_be_visible(timeout=30_000)
        else:
            expect(hoofd.locator("h1")).to_be_visible(timeout=30_000)
        wacht_tot_klaar(pagina)
        # the first view, before anything is clicked
        if p.bestand == "start.py":
            _start_licht(pagina, scripts, scherm, demo_warehouse)
        if p.bestand == "proeftuin_uitgelegd.py":
            _stromen(pagina, scripts, scherm, 9)
        if p.bestand == "verrekening.py":
            _stromen(pagina, scripts, scherm, None)
        if p.bestand in STAVEN:
            _staven(pagina, scripts, scherm, p.bestand)
        if p.bestand == "werkvoorraad.py":
            _gemarkeerde_rijen(pagina, lijst)
        toegankelijk(pagina, f"{p.naam} op {px} px")
        schermafdruk(pagina, f"{p.naam}_{px}.png", full_page=True)
        inhoud = hoofd.inner_text()
        assert pagina.locator('[data-testid="stException"]').count() == 0, p.naam
        assert "Traceback" not in inhoud, p.naam
        # Dutch numbers even in an en-US browser: 1.234 / 12,5 and never 1,234.5.
        assert not re.search(r"\d,\d{3}\.\d", inhoud), p.naam
        if not breed:
            if p.bestand in STATISCH:  # a wider table scrolls inside its box, not the page
                assert pagina.evaluate("document.documentElement.scrollWidth") <= px
            if p.bestand in SCHUIFHINT:
                _schuifhint(pagina)
            continue
        # printed at 1366 px, as the page is first shown
        if p.bestand in STAVEN:
            _staven_afgedrukt(_pdf_tekst(pagina), p.bestand)
        # what the controls do
        if p.bestand == "start.py":
            _begrippenlijst(pagina)
        if p.bestand == "tussenstand.py":
            _download_is_excel(pagina, demo_warehouse)
            _alle_onderdelen(pagina)
            _marges(pagina, p.bestand)
            _tabellen_passen(pagina)
        if p.bestand == "urenbalans.py":
            _alle_onderdelen(pagina)
            _marges(pagina, p.bestand)
            _rooster_afgedrukt(pagina, demo_warehouse)
        if p.bestand == "werkbank.py":
            _werkbank_tabs(pagina)


def test_werkbank_tabs_by_keyboard_and_the_chosen_tab_stays_after_another_page(
    platform: str, browser
):
    """Only the open tab runs (dashboard.tabbladen): a tab is reached with the arrow keys
    as well as the mouse, its content replaces the other tab's, and the tab a person chose
    is open again when they come back from another page."""
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
    if chromium.SCHERMAFDRUKKEN_AAN:  # the chosen tab at both widths, for a person to look at
        for scherm, naam in ((chromium.SCHERM, "breed"), (chromium.TELEFOON, "telefoon")):
            pagina.set_viewport_size(scherm)
            wacht_tot_klaar(pagina)
            schermafdruk(pagina, f"werkbank_tabs_{naam}.png", full_page=True)
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


def test_the_werkvoorraad_prints_every_opdracht(platform: str, browser, demo_warehouse: Path):
    """The demo's list is a static table (dashboard.werklijst_tabel): every row on paper,
    the list whole and not its box. (A page of its own, printed as first shown: printed
    on the walk's visit, after its box was scrolled in a window as tall as the page, the
    last rows were missing from the PDF; not explained yet.)"""
    lijst = werkvoorraad_lijst(demo_warehouse)
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{platform}/werkvoorraad")
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text(f"{lijst.height} van {lijst.height} opdrachten")).to_be_visible(
        timeout=30_000
    )
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    pagina.wait_for_timeout(700)
    _werkvoorraad_afgedrukt(_pdf_tekst(pagina), lijst)


@pytest.mark.parametrize("bestand", list(STATISCH))
def test_static_tables_show_print_and_fit(platform: str, browser, bestand: str):
    """The static tables of `dashboard.tabel_licht` show and print as they are shown (a
    page of its own, printed as first shown: printed on the walk's visit, in a window as
    tall as the page, a table's text was missing from the PDF once)."""
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(f"{platform}/{bestand.removesuffix('.py')}")
    kop = pagina.locator('[data-testid="stMain"]').get_by_text(STATISCH[bestand][0], exact=True)
    expect(kop).to_be_visible(timeout=30_000)
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    pagina.wait_for_timeout(700)
    teksten = _statisch(pagina, bestand)
    tekst = _pdf_tekst(pagina)
    for t in teksten:
        assert t in tekst, t
