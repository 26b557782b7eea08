"""In Chromium: submit a meervoudig lokaal opdracht with its deelnemers (refused first, for
shares that do not add up), the MT accepts it and assigns the top kandidaat, and the
Werkvoorraad shows it with its shares, all through `proeftuin dashboard --source`.

Never downloads a browser (Debian's /usr/bin/chromium, as test_browser.py).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from invoer.schrijven import DEELNEMERS, OPDRACHTEN, WIJZIGINGEN, platform_rows
from tests.dashboard import chromium
from tests.dashboard.chromium import vereis_chromium, vrije_poort, wacht_tot_klaar
from tests.dashboard.conftest import demo_kopie
from tests.dashboard.test_browser import SCHERMAFDRUKKEN

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
    """Pick the option containing `tekst` in the Streamlit selectbox labelled `label`."""
    pagina.get_by_label(label, exact=True).click()
    pagina.keyboard.type(tekst)
    optie = pagina.get_by_role("option").filter(has_text=tekst).first
    try:
        expect(optie).to_be_visible(timeout=5_000)
    except AssertionError:
        pagina.keyboard.press("Escape")
        raise
    optie.click()
    # the choice reruns the page: a field filled before that run ends may be a stale one
    wacht_tot_klaar(pagina)


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
    """Fill what the plan requires beyond titel, soort, aanvrager and begrote uren."""
    for veld, tekst in PLAN_VELDEN:
        pagina.get_by_label(veld, exact=True).fill(tekst)
    _typ_datum(pagina, "Startdatum *", "01032012")
    _typ_datum(pagina, "Einddatum *", "01122012")
    _kies(pagina, "Winst *", "kwaliteit")
    pagina.keyboard.press("Escape")


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
    SCHERMAFDRUKKEN.mkdir(exist_ok=True)
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
    wacht_tot_klaar(pagina)
    pagina.screenshot(
        path=str(SCHERMAFDRUKKEN / "opdracht_aanmelden_deelnemers_fout.png"), full_page=True
    )
    assert not (bron / DEELNEMERS).exists()
    expect(pagina.get_by_role("checkbox", name="Zwijndrecht", exact=True)).to_be_checked()
    pagina.get_by_label("Aandeel Zwijndrecht (%)", exact=True).fill("40")
    pagina.get_by_role("button", name="Aanmelden").click()
    expect(pagina.get_by_text("is aangemeld").first).to_be_visible(timeout=60_000)
    wacht_tot_klaar(pagina)
    # the browser shows the form empty again, not the saved opdracht ready to resend
    expect(pagina.get_by_label("Titel *", exact=True)).to_have_value("")
    expect(pagina.get_by_label("Begrote uren *", exact=True)).to_have_value("")
    pagina.screenshot(
        path=str(SCHERMAFDRUKKEN / "opdracht_aanmelden_ingediend.png"), full_page=True
    )
    [rij] = [r for r in platform_rows(bron, OPDRACHTEN) if r["titel"] == TITEL]
    pf = rij["opdracht_id"]
    assert [
        (d["gemeente"], d["aandeel"])
        for d in platform_rows(bron, DEELNEMERS)
        if d["opdracht_id"] == pf
    ] == [("DOR", "60%"), ("ZWD", "40%")]

    # 2. the MT tests it on the werkbank, accepts it and assigns the top kandidaat
    for _ in range(30):  # the background ETL makes it appear
        _open(pagina, f"{url}/werkbank", "Wat te doen")
        pagina.get_by_role("tab", name="Toets").click()
        expect(pagina.get_by_text("wachten op de toets").first).to_be_visible()
        try:
            _kies(pagina, "Aangemelde opdracht", pf)
            break
        except AssertionError:
            time.sleep(1)
    else:
        raise AssertionError(f"{pf} verschijnt niet in de toets")
    expect(pagina.get_by_text("ingediend door demo@localhost").first).to_be_visible()
    for punt in ("Resultaat meetbaar", "Uren realistisch", "Past bij de proeftuin"):
        pagina.get_by_text(punt).first.click()
    knop = pagina.get_by_role("button", name="Accepteren")
    expect(knop).to_be_enabled(timeout=30_000)
    wacht_tot_klaar(pagina)
    pagina.screenshot(path=str(SCHERMAFDRUKKEN / "werkbank_toets.png"), full_page=True)
    knop.click()
    expect(
        pagina.get_by_text(f"{pf} is geaccepteerd en voorlopig toegewezen aan").first
    ).to_be_visible(timeout=60_000)
    [wijziging] = [w for w in platform_rows(bron, WIJZIGINGEN) if w["opdracht_id"] == pf]
    assert wijziging["status"] == "geaccepteerd" and wijziging["opdrachtnemer"]

    # 3. the Werkvoorraad shows it accepted, with its opdrachtnemer and history
    for _ in range(30):
        pagina.goto(f"{url}/werkvoorraad")
        pagina.get_by_label("Zoeken", exact=True).fill(TITEL)  # live: no Enter
        expect(pagina.get_by_text(EEN_GEVONDEN)).to_be_visible(timeout=30_000)
        wacht_tot_klaar(pagina)
        # the search leaves one opdracht; its form's caption names its status
        stand = pagina.get_by_text(f"{pf} · meervoudig lokaal · status geaccepteerd")
        if stand.count():
            break
        time.sleep(1)
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
    pagina.screenshot(path=str(SCHERMAFDRUKKEN / "werkvoorraad_na_toets.png"), full_page=True)


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
    pagina.screenshot(path=str(SCHERMAFDRUKKEN / "opdracht_aanmelden_datum_buiten_bereik.png"))
    time.sleep(2)  # a sent form would have been refused or saved by now
    expect(pagina.get_by_text("soort_opdracht ontbreekt")).to_have_count(0)
    assert platform_rows(bron, OPDRACHTEN) == voor
    expect(pagina.get_by_role("group", name="Einddatum *")).not_to_have_attribute(
        "data-invalid", "true"
    )
