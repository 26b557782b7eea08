"""In Chromium: submit a meervoudig lokaal opdracht with its deelnemers (refused first, for
shares that do not add up), the MT accepts it and assigns the top kandidaat, and the
Werkvoorraad shows it with its shares, all through `proeftuin dashboard --source`.

Never downloads a browser (Debian's /usr/bin/chromium, as test_browser.py).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from dashboard.paginas import PAGINAS
from invoer.schrijven import DEELNEMERS, OPDRACHTEN, WIJZIGINGEN, platform_rows
from tests.dashboard import chromium
from tests.dashboard.chromium import schermafdruk, vereis_chromium, vrije_poort
from tests.dashboard.conftest import demo_kopie

pytestmark = pytest.mark.browser
TITEL = "Gezamenlijke nota kunst in de openbare ruimte"
EEN_GEVONDEN = re.compile(r"^1 van \d+ opdrachten$")
"""The Werkvoorraad's count once its live search (applied after a pause in typing) found
the one opdracht with a test's title."""


@pytest.fixture
def schrijvend_platform(demo_basis: Path, tmp_path: Path):
    """A copy of the demo folder and warehouse of its own; the dashboard writes into that
    folder."""
    vereis_chromium()
    bron, warehouse = demo_kopie(demo_basis, tmp_path)
    with chromium.platform(
        "--warehouse", str(warehouse), "--port", str(vrije_poort()), "--source", str(bron)
    ) as url:
        yield url, bron


def _kies(pagina, label: str, tekst: str) -> None:
    """Pick the option containing `tekst` in the Streamlit selectbox labelled `label`.

    Typed only once the list is open: under load the first keys typed into a box whose
    list was still opening were lost, and the list then said "Geen resultaten" for what
    was left of the text (the levensloop walk's `Winst *`, session 13). Should the text
    still match nothing, the list is closed and the choice made again (at most three
    times); the last failure names what the box held."""
    veld = pagina.get_by_label(label, exact=True)
    optie = pagina.get_by_role("option").filter(has_text=tekst).first
    for poging in range(3):
        veld.click()
        expect(pagina.get_by_role("listbox").first).to_be_visible(timeout=30_000)
        pagina.keyboard.press("ControlOrMeta+a")  # what a lost earlier try left behind
        pagina.keyboard.type(tekst)
        try:
            expect(optie).to_be_visible(timeout=5_000)
            break
        except AssertionError:
            getypt = pagina.evaluate("document.activeElement && document.activeElement.value")
            pagina.keyboard.press("Escape")
            if poging == 2:
                raise AssertionError(f"{label}: geen optie {tekst!r} bij {getypt!r}") from None
            klaar(pagina)
    optie.click()
    # the choice reruns the page: a field filled before that run ends may be a stale one
    klaar(pagina)


# The plan's required fields of the opdrachtformulier, as a submitter fills them in.
PLAN_VELDEN = (
    ("Bestuurlijk opdrachtgever *", "Wethouder Jansen"),
    ("Ambtelijk opdrachtgever *", "Afdelingshoofd De Boer"),
    ("Opdrachtformulering *", "Schrijf een regionale nota over kunst en cultuur."),
    ("Achtergrond *", "De raden vroegen om één koers."),
    ("Doel *", "Eén koers voor kunst in de openbare ruimte."),
    ("Beoogd resultaat *", "Een vastgestelde nota, voor 1 december."),
    ("Motivatie (winst) *", "De kennis van cultuur zit in Dordrecht."),
    ("Profiel opdrachtnemer *", "Beleidsadviseur cultuur met ervaring in erfgoed."),
)


def vul_plan_velden(pagina) -> None:
    """Fill what the plan requires beyond titel, soort, aanvrager and begrote uren.

    `Winst *` is chosen before the dates: a date field's calendar that opened late (after
    its Escape, under load) stood in the way of the next choice, and the list then had no
    option "kwaliteit" (the levensloop walk, sessions 13 and 14)."""
    for veld, tekst in PLAN_VELDEN:
        pagina.get_by_label(veld, exact=True).fill(tekst)
    _kies(pagina, "Winst *", "kwaliteit")
    pagina.keyboard.press("Escape")
    _typ_datum(pagina, "Startdatum *", "01032012")
    _typ_datum(pagina, "Einddatum *", "01122012")


_RUNS = """() => {
  if (!window.__proeftuinRuns) {
    window.__proeftuinRuns = {n: 0};
    new MutationObserver((wijzigingen) => {
      for (const m of wijzigingen)
        if (m.target.getAttribute("data-test-script-state") === "notRunning")
          window.__proeftuinRuns.n++;
    }).observe(document.body, {
      attributes: true, subtree: true, attributeFilter: ["data-test-script-state"],
    });
  }
  return window.__proeftuinRuns.n;
}"""
"""The number of runs of the page that ended since it was loaded (counted from the app's
`data-test-script-state`)."""


def klaar(pagina) -> None:
    """Until the page's run ended and it settled: `wacht_tot_klaar` without growing the
    window to the page's whole height and waiting for its charts. The walks assert on
    texts, widgets and the platform's files, not on drawn charts, and a window as tall as
    the page makes Chromium draw all of it at every later run (the werkbank's toets and
    the Werkvoorraad are several screens long)."""
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    expect(pagina.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=30_000
    )
    pagina.wait_for_timeout(500)


def na_een_run(pagina, doe) -> None:
    """Do `doe()` (a click, a key) and wait until a run of the page that started after it
    ended, then until the page settled (`klaar`)."""
    stapp = pagina.get_by_test_id("stApp")
    expect(stapp).to_have_attribute("data-test-script-state", "notRunning", timeout=60_000)
    runs = pagina.evaluate(_RUNS)
    doe()
    pagina.wait_for_function(f"window.__proeftuinRuns.n > {runs}", timeout=120_000)
    klaar(pagina)


def ververs(pagina) -> None:
    """Run the page again as Streamlit's R key does (the session, its open tabs and chosen
    widgets kept), and wait until that run ended: what a page shows after a background
    ETL run, without loading the frontend anew as a `goto` does."""

    def r() -> None:
        pagina.evaluate("document.activeElement && document.activeElement.blur()")
        pagina.keyboard.press("r")

    na_een_run(pagina, r)


def naar_pagina(pagina, pad: str) -> None:
    """To the page at `pad` ('' for Start) through the menu: a page switch in the same
    session (run again when the page is already open). Done when the address is the
    page's (Streamlit sets it as the page's run starts) and that run ended."""
    if urlparse(pagina.url).path.strip("/") == pad:
        ververs(pagina)
        return
    [titel] = [p.titel for p in PAGINAS if p.url == pad]
    nav = pagina.locator('[data-testid="stSidebarNav"]')
    nav.get_by_role("link", name=titel, exact=True).click()
    pagina.wait_for_url(lambda u: urlparse(u).path.strip("/") == pad, timeout=120_000)
    klaar(pagina)


def naar(pagina, pad: str, tekst: str, pogingen: int = 30) -> None:
    """`naar_pagina`, then run again until `tekst` shows (a background ETL run may still
    be busy)."""
    naar_pagina(pagina, pad)
    for _ in range(pogingen):
        try:
            expect(pagina.get_by_text(tekst).first).to_be_visible(timeout=15_000)
            return
        except AssertionError:
            ververs(pagina)
    raise AssertionError(f"{tekst!r} verschijnt niet op {pad or 'Start'}")


def _open(pagina, url: str, tekst: str) -> None:
    for _ in range(60):
        try:
            pagina.goto(url)
            expect(pagina.get_by_text(tekst).first).to_be_visible(timeout=15_000)
            return
        except AssertionError:
            time.sleep(1)
    raise AssertionError(f"{tekst!r} verschijnt niet op {url}")


def test_submit_accept_assign_and_see_it_on_the_werkvoorraad(schrijvend_platform, browser):
    url, bron = schrijvend_platform
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="en-US")
    # 1. an employee submits the opdrachtformulier
    _open(pagina, f"{url}/opdracht_aanmelden", "Velden met * zijn verplicht")
    pagina.get_by_label("Titel *", exact=True).fill(TITEL)
    _kies(pagina, "Soort opdracht *", "meervoudig lokaal")
    _kies(pagina, "Aanvragende gemeente *", "Dordrecht")
    pagina.get_by_label("Begrote uren *", exact=True).fill("120")
    vul_plan_velden(pagina)
    for gemeente, aandeel in (("Dordrecht", "60"), ("Zwijndrecht", "30")):
        vinkje = pagina.get_by_role("checkbox", name=gemeente, exact=True)
        pagina.locator("label").filter(has=vinkje).click()  # the label takes the click
        expect(vinkje).to_be_checked()
        pagina.get_by_label(f"Aandeel {gemeente} (%)", exact=True).fill(aandeel)
    pagina.get_by_role("button", name="Aanmelden").click()
    # 60 + 30: refused, the reason below the deelnemers, the form as it was
    fout = pagina.get_by_text("deze opdracht tellen op tot 0,9 (90%) in plaats van 1 (100%)")
    expect(fout).to_be_visible(timeout=60_000)
    klaar(pagina)
    schermafdruk(pagina, "opdracht_aanmelden_deelnemers_fout.png", full_page=True)
    assert not (bron / DEELNEMERS).exists()
    expect(pagina.get_by_role("checkbox", name="Zwijndrecht", exact=True)).to_be_checked()
    pagina.get_by_label("Aandeel Zwijndrecht (%)", exact=True).fill("40")
    pagina.get_by_role("button", name="Aanmelden").click()
    expect(pagina.get_by_text("is aangemeld").first).to_be_visible(timeout=60_000)
    klaar(pagina)
    # the browser shows the form empty again, not the saved opdracht ready to resend
    expect(pagina.get_by_label("Titel *", exact=True)).to_have_value("")
    expect(pagina.get_by_label("Begrote uren *", exact=True)).to_have_value("")
    schermafdruk(pagina, "opdracht_aanmelden_ingediend.png", full_page=True)
    [rij] = [r for r in platform_rows(bron, OPDRACHTEN) if r["titel"] == TITEL]
    pf = rij["opdracht_id"]
    assert [
        (d["gemeente"], d["aandeel"])
        for d in platform_rows(bron, DEELNEMERS)
        if d["opdracht_id"] == pf
    ] == [("DOR", "60%"), ("ZWD", "40%")]

    # 2. the MT tests it on the werkbank (through the menu), accepts it and assigns the
    # top kandidaat
    naar(pagina, "werkbank", "Wat te doen")
    pagina.get_by_role("tab", name="Toets").click()
    expect(pagina.get_by_text("wachten op de toets").first).to_be_visible()
    for _ in range(30):  # the background ETL makes it appear
        try:
            _kies(pagina, "Aangemelde opdracht", pf)
            break
        except AssertionError:
            time.sleep(1)
            ververs(pagina)
    else:
        raise AssertionError(f"{pf} verschijnt niet in de toets")
    expect(pagina.get_by_text("ingediend door demo@localhost").first).to_be_visible()
    for punt in ("Resultaat meetbaar", "Uren realistisch", "Past bij de proeftuin"):
        pagina.get_by_text(punt).first.click()
    knop = pagina.get_by_role("button", name="Accepteren")
    expect(knop).to_be_enabled(timeout=30_000)
    klaar(pagina)
    schermafdruk(pagina, "werkbank_toets.png", full_page=True)
    knop.click()
    expect(
        pagina.get_by_text(f"{pf} is geaccepteerd en voorlopig toegewezen aan").first
    ).to_be_visible(timeout=60_000)
    [wijziging] = [w for w in platform_rows(bron, WIJZIGINGEN) if w["opdracht_id"] == pf]
    assert wijziging["status"] == "geaccepteerd" and wijziging["opdrachtnemer"]

    # 3. the Werkvoorraad (through the menu) shows it accepted, with its opdrachtnemer
    # and history
    naar(pagina, "werkvoorraad", "Zoeken")
    pagina.get_by_label("Zoeken", exact=True).fill(TITEL)  # live: no Enter
    for _ in range(30):
        expect(pagina.get_by_text(EEN_GEVONDEN)).to_be_visible(timeout=30_000)
        klaar(pagina)
        # the search leaves one opdracht; its form's caption names its status
        stand = pagina.get_by_text(f"{pf} · meervoudig lokaal · status geaccepteerd")
        if stand.count():
            break
        time.sleep(1)
        ververs(pagina)  # the search is kept; the background ETL may have ended since
    else:
        raise AssertionError("de werkvoorraad toont de acceptatie niet")
    # a rerun still under way shows the old formulier beside the new one for a
    # moment: wait until there is one
    for kop in ("Statusgeschiedenis", "Deelnemers en aandelen"):
        expect(pagina.get_by_text(kop)).to_have_count(1, timeout=30_000)
        expect(pagina.get_by_text(kop)).to_be_visible()
    # the opdracht's small tables are static tables (dashboard.tabel_licht) in its formulier
    # (the list above it is one too)
    rijen = pagina.locator("section.opdrachtformulier table.tabel-licht tr")
    for gemeente, aandeel in (("Dordrecht", "60,0"), ("Zwijndrecht", "40,0")):
        cellen = rijen.filter(has_text=gemeente).filter(has_text=aandeel)
        expect(cellen.first).to_be_attached()
    schermafdruk(pagina, "werkvoorraad_na_toets.png", full_page=True)


def _typ_datum(pagina, label: str, cijfers: str) -> None:
    """Type a date into the Streamlit date field `label` (day, month, year segments)."""
    pagina.get_by_role("spinbutton", name=f"day, {label}").click()
    pagina.keyboard.type(cijfers)
    pagina.keyboard.press("Escape")  # close the calendar


def test_a_date_the_field_cannot_take_is_said_in_dutch_and_nothing_is_sent(
    schrijvend_platform, browser
):
    """Streamlit's date field took only ten years around today; a date outside its range
    turned it red with an English tooltip and the form was sent without the date."""
    url, bron = schrijvend_platform
    voor = platform_rows(bron, OPDRACHTEN)
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="en-US")
    _open(pagina, f"{url}/opdracht_aanmelden", "Velden met * zijn verplicht")
    pagina.get_by_label("Titel *", exact=True).fill("Nota met een verre planning")
    _typ_datum(pagina, "Einddatum *", "15032050")  # far ahead, and fine
    _typ_datum(pagina, "Startdatum *", "01011999")  # before the field's range
    pagina.get_by_role("button", name="Aanmelden").click()
    melding = pagina.get_by_role("alert").filter(has_text="Deze datum kan niet")
    expect(melding).to_have_count(1)
    expect(melding).to_have_text(
        "Deze datum kan niet: kies een datum van 01-01-2000 tot en met 31-12-2100, of "
        "maak het veld leeg. Het formulier is niet verzonden."
    )
    melding.scroll_into_view_if_needed()
    schermafdruk(pagina, "opdracht_aanmelden_datum_buiten_bereik.png")
    time.sleep(2)  # a sent form would have been refused or saved by now
    expect(pagina.get_by_text("soort_opdracht ontbreekt")).to_have_count(0)
    assert platform_rows(bron, OPDRACHTEN) == voor
    expect(pagina.get_by_role("group", name="Einddatum *")).not_to_have_attribute(
        "data-invalid", "true"
    )
