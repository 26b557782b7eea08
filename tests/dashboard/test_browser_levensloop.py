"""In Chromium: one opdracht's whole life on the platform (contract section 7): submitted,
sent back, corrected and resubmitted, accepted with a voorlopige opdrachtnemer, the
leidinggevende's akkoord, started, moved, another opdracht merged into it, finished with
the opdrachtgevers' akkoord. Two buttons double-clicked (Aanmelden, a form's, and Starten,
a step's); every step's button twice from one screen is test_levensloop_dubbel's (AppTest).
After each step: one row in `platform/`, and the warehouse in the new stand: the
Werkvoorraad's row, the history and the prognose per gemeente (what the pages read); at
the end the Werkvoorraad page itself with the whole history. One page is opened by its
URL, the others through the menu; after a background ETL run the page is run again
(Streamlit's R key) rather than loaded anew. Never downloads a browser (Debian's
/usr/bin/chromium).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect

from invoer.schrijven import HERINDIENINGEN, OPDRACHTEN, WIJZIGINGEN, platform_rows
from tests.dashboard import chromium
from tests.dashboard.chromium import schermafdruk
from tests.dashboard.test_browser_platform import (
    EEN_GEVONDEN,
    _kies,
    _open,
    klaar,
    naar,
    schrijvend_platform,  # noqa: F401 (the fixture `platform_met_bron` uses)
    ververs,
    vul_plan_velden,
)
from warehouse.connect import connect_readonly

pytestmark = pytest.mark.browser

TITEL = "Nota speelruimte in de wijken"


@pytest.fixture
def platform_met_bron(schrijvend_platform):  # noqa: F811
    """The demo of 2012 served with `--source`: the url, the source folder, the warehouse."""
    url, bron = schrijvend_platform
    return url, bron, bron.parent / "proeftuin.duckdb"


def _stand(warehouse: Path, sql: str, *params: object) -> list[tuple]:
    con = connect_readonly(warehouse)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def _wacht_op(warehouse: Path, sql: str, params: tuple, verwacht: list[tuple]) -> None:
    """Until the background ETL has loaded the step: the warehouse answers `verwacht`
    (at most 5 minutes: on a loaded 2-core machine a run waits its turn; a wait is not what
    this test asserts). Asked again only when a run swapped a new file in (another inode
    or time): opening the demo warehouse every second cost more than the look."""
    gelezen = None
    for _ in range(300):
        try:
            info = warehouse.stat()
            bestand = (info.st_ino, info.st_mtime_ns, info.st_size)
            if bestand != gelezen and _stand(warehouse, sql, *params) == verwacht:
                return
            gelezen = bestand
        except Exception:  # the run swaps the file in; read again
            gelezen = None
        time.sleep(1)
    raise AssertionError(f"{sql} {params}: {_stand(warehouse, sql, *params)} != {verwacht}")


PROGNOSE = (
    "select gemeente, resterende_uren_gebracht, resterende_uren_gehaald, prognose_saldo_uren, "
    "resterende_uren_zonder_opdrachtnemer from prognose"
)


def _prognose(warehouse: Path) -> dict[str, list[float]]:
    """Per gemeente what the Werkbank's prognose shows: the remaining hours brought and
    taken, the expected saldo at 31 December, the remaining hours without opdrachtnemer."""
    return {g: [round(x, 3) for x in r] for g, *r in _stand(warehouse, PROGNOSE)}


def _met(start: dict[str, list[float]], uren: float, brenger: str | None) -> dict:
    """The prognose of `start` with this opdracht's remaining `uren`: lokaal for
    Sliedrecht, so SLI takes them all, brought by the opdrachtnemer's gemeente `brenger`;
    without one they count apart (zonder opdrachtnemer) and change no saldo."""
    verwacht = {g: list(r) for g, r in start.items()}
    if brenger is None:
        verwacht["SLI"][3] += uren
    else:
        verwacht[brenger][0] += uren
        verwacht[brenger][2] += uren
        verwacht["SLI"][1] += uren
        verwacht["SLI"][2] -= uren
    return {g: [round(x, 3) for x in r] for g, r in verwacht.items()}


def _na_stap(warehouse: Path, pf: str, acties: list[str], prognose: dict, zonder=True) -> None:
    """After a step is in the warehouse: the history the Werkvoorraad shows (its acties,
    oldest first) and the prognose (`zonder`: also the hours without opdrachtnemer, which
    the merged opdracht's deelnemers change too)."""
    historie = "select actie from statushistorie where opdracht_id = ? order by volgnummer"
    assert [a for (a,) in _stand(warehouse, historie, pf)] == acties
    nu = _prognose(warehouse)
    kolommen = slice(None) if zonder else slice(0, 3)
    assert {g: r[kolommen] for g, r in nu.items()} == {g: r[kolommen] for g, r in prognose.items()}


def _acties(bron: Path, pf: str) -> Counter:
    return Counter(r["actie"] for r in platform_rows(bron, WIJZIGINGEN) if r["opdracht_id"] == pf)


def _zichtbaar(pagina, label: str):
    """The visible field labelled `label` (a hidden tab holds fields of the same name)."""
    return pagina.get_by_label(label, exact=True).filter(visible=True).first


def _vul(pagina, label: str, tekst: str) -> None:
    """Type into the visible field `label` and leave it, as a person does (Streamlit takes
    a text on blur; Tab would open the date field that follows)."""
    veld = _zichtbaar(pagina, label)
    veld.fill(tekst)
    veld.blur()
    klaar(pagina)


def _klik(pagina, naam: str, gezegd: str, dubbel: bool = False) -> None:
    """Click the button `naam` (`dubbel`: double-click it); the page confirms `gezegd`. A
    double click's second click may come first or after: then the page says it was already
    there."""
    knop = pagina.get_by_role("button", name=naam, exact=True)
    expect(knop).to_be_enabled(timeout=30_000)
    if dubbel:
        knop.dblclick()
        antwoord = re.compile(f"{re.escape(gezegd)}|al vastgelegd|niets dubbel")
    else:
        knop.click()
        antwoord = re.compile(re.escape(gezegd))
    expect(pagina.get_by_text(antwoord).first).to_be_visible(timeout=60_000)
    klaar(pagina)


def _toets_klaar(pagina) -> None:
    """The Toets tab shown and its run ended: a click on a tab runs the page again (only
    the open tab runs), and a select box opened during that run would close under it."""
    expect(pagina.get_by_text("wachten op de toets").first).to_be_visible(timeout=30_000)
    expect(pagina.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=30_000
    )


def _toets(pagina) -> None:
    """The werkbank's Toets tab, through the menu (a page switch in the same session)."""
    naar(pagina, "werkbank", "Werkbank")
    pagina.get_by_role("tab", name="Toets").click()
    _toets_klaar(pagina)


def _levensloop(pagina, pf: str, tab: str) -> None:
    """The werkbank's Toets tab, where the page already is, run again after the background
    ETL loaded the last step: opdracht `pf` under Opdrachten in uitvoering, tab `tab`."""
    ververs(pagina)
    _toets_klaar(pagina)
    veld = _zichtbaar(pagina, "Opdracht")
    veld.click()
    expect(pagina.get_by_role("listbox").first).to_be_visible(timeout=30_000)
    pagina.keyboard.type(pf)
    pagina.get_by_role("option").filter(has_text=pf).first.click()
    klaar(pagina)
    pagina.get_by_role("tab", name=tab, exact=True).click()


def test_one_opdracht_from_submission_to_afgerond_two_buttons_clicked_twice(
    platform_met_bron, browser
):
    url, bron, warehouse = platform_met_bron
    status = "select status, laatste_actie from werkvoorraad where opdracht_id = ?"
    start = _prognose(warehouse)
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="en-US")
    # 1. submitted (Aanmelden double-clicked: one opdracht); the one page opened by its URL
    _open(pagina, f"{url}/opdracht_aanmelden", "Velden met * zijn verplicht")
    pagina.get_by_label("Titel *", exact=True).fill(TITEL)
    _kies(pagina, "Soort opdracht *", "lokaal")
    _kies(pagina, "Aanvragende gemeente *", "Sliedrecht")
    pagina.get_by_label("Begrote uren *", exact=True).fill("100")
    vul_plan_velden(pagina)
    pagina.get_by_role("button", name="Aanmelden").dblclick()
    expect(pagina.get_by_text("is aangemeld").first).to_be_visible(timeout=60_000)
    [rij] = [r for r in platform_rows(bron, OPDRACHTEN) if r["titel"] == TITEL]
    pf = rij["opdracht_id"]
    _wacht_op(warehouse, status, (pf,), [("aangemeld", "aanmelden")])
    acties = ["aanmelden"]
    _na_stap(warehouse, pf, acties, _met(start, 100, None))

    # 2. the MT sends it back, with the reason
    _toets(pagina)
    _kies(pagina, "Aangemelde opdracht", pf)
    reden = "Reden (verplicht bij terugsturen of annuleren; de indiener ziet haar)"
    _vul(pagina, reden, "Het beoogd resultaat is niet meetbaar")
    schermafdruk(pagina, "werkbank_toets_heel_formulier.png")
    _klik(pagina, "Terugsturen", f"{pf} is teruggestuurd")
    assert _acties(bron, pf) == Counter({"terugsturen": 1})
    _wacht_op(warehouse, status, (pf,), [("aangemeld", "terugsturen")])
    _na_stap(warehouse, pf, acties := [*acties, "terugsturen"], _met(start, 100, None))

    # 3. the indiener corrects the form and resubmits it: the same number
    naar(pagina, "opdracht_aanmelden", "Teruggestuurd: verbeteren")
    expect(pagina.get_by_text("Het beoogd resultaat is niet meetbaar").first).to_be_visible()
    formulier = pagina.get_by_test_id("stForm").filter(has_text="Opnieuw indienen")
    formulier.get_by_label("Beoogd resultaat *", exact=True).fill(
        "Een nota die de raad op 1 december vaststelt."
    )
    schermafdruk(pagina, "opdracht_aanmelden_teruggestuurd.png", full_page=True)
    _klik(pagina, "Opnieuw indienen", f"{pf} is opnieuw ingediend")
    assert len(platform_rows(bron, HERINDIENINGEN)) == 1
    _wacht_op(warehouse, status, (pf,), [("aangemeld", "herindienen")])
    _na_stap(warehouse, pf, acties := [*acties, "herindienen"], _met(start, 100, None))

    # 4. accepted, with the top kandidaat as voorlopige opdrachtnemer
    _toets(pagina)
    _kies(pagina, "Aangemelde opdracht", pf)
    for punt in ("Resultaat meetbaar", "Uren realistisch", "Past bij de proeftuin"):
        pagina.get_by_text(punt).first.click()
    _klik(pagina, "Accepteren", f"{pf} is geaccepteerd")
    assert _acties(bron, pf)["accepteren"] == 1
    voorlopig = "select status, opdrachtnemer_voorlopig from werkvoorraad where opdracht_id = ?"
    _wacht_op(warehouse, voorlopig, (pf,), [("geaccepteerd", True)])
    # the voorlopige opdrachtnemer's gemeente brings the hours in the prognose
    [(brenger,)] = _stand(
        warehouse,
        "select m.gemeente from werkvoorraad w join medewerkers m "
        "on m.medewerker_id = w.opdrachtnemer where w.opdracht_id = ?",
        pf,
    )
    _na_stap(warehouse, pf, acties := [*acties, "accepteren"], _met(start, 100, brenger))

    # 5. the leidinggevende agreed: the MT records who and when; firm
    _levensloop(pagina, pf, "Akkoord leidinggevende")
    expect(pagina.get_by_text("voorlopig: wacht op de leidinggevende").first).to_be_visible()
    _vul(pagina, "Naam van de leidinggevende", "Els de Vries")
    schermafdruk(pagina, "werkbank_levensloop_akkoord.png")
    _klik(pagina, "Akkoord vastleggen", "is definitief")
    assert _acties(bron, pf)["bevestigen"] == 1
    _wacht_op(warehouse, voorlopig, (pf,), [("geaccepteerd", False)])
    _na_stap(warehouse, pf, acties := [*acties, "bevestigen"], _met(start, 100, brenger))

    # 6. started, with the form's planning (Starten double-clicked: one step)
    _levensloop(pagina, pf, "Starten")
    _klik(pagina, "Starten", f"{pf} is gestart", dubbel=True)
    assert _acties(bron, pf)["starten"] == 1
    _wacht_op(warehouse, status, (pf,), [("lopend", "starten")])
    _na_stap(warehouse, pf, acties := [*acties, "starten"], _met(start, 100, brenger))

    # 7. moved: more hours, with a reason
    _levensloop(pagina, pf, "Verschuiven")
    _vul(pagina, "Begrote uren", "120")
    _vul(pagina, "Reden van verschuiven", "De wijken vragen meer overleg")
    _klik(pagina, "Verschuiven", f"{pf} is verschoven")
    assert _acties(bron, pf)["verschuiven"] == 1
    uren = "select begrote_uren from werkvoorraad where opdracht_id = ?"
    _wacht_op(warehouse, uren, (pf,), [(120.0,)])
    _na_stap(warehouse, pf, acties := [*acties, "verschuiven"], _met(start, 120, brenger))

    # 8. another open opdracht merged into it
    [(b, b_uren)] = _stand(
        warehouse,
        "select opdracht_id, begrote_uren from werkvoorraad where status = 'aangemeld' "
        "and opdracht_id <> ? order by opdracht_id limit 1",
        pf,
    )
    _levensloop(pagina, pf, "Samenvoegen")
    _kies(pagina, "Opdracht die hierin opgaat", b)
    schermafdruk(pagina, "werkbank_levensloop_samenvoegen.png")
    _klik(pagina, "Samenvoegen", f"{b} is samengevoegd in {pf}")
    assert _acties(bron, pf)["samenvoegen"] == 1 and _acties(bron, b)["samenvoegen"] == 1
    _wacht_op(
        warehouse,
        "select status, laatste_toelichting from werkvoorraad where opdracht_id = ?",
        (b,),
        [("geannuleerd", f"samengevoegd in {pf}")],
    )
    _wacht_op(warehouse, uren, (pf,), [(120.0 + b_uren,)])
    samen = _met(start, 120 + b_uren, brenger)
    _na_stap(warehouse, pf, acties := [*acties, "samenvoegen"], samen, zonder=False)

    # 9. finished, with the opdrachtgevers' akkoord
    _levensloop(pagina, pf, "Afronden")
    _klik(pagina, "Afronden", f"{pf} is afgerond")
    assert _acties(bron, pf)["afronden"] == 1
    _wacht_op(
        warehouse,
        "select status, akkoord_opdrachtgever from werkvoorraad where opdracht_id = ?",
        (pf,),
        [("afgerond", True)],
    )
    # afgerond: no remaining hours, the prognose as before the submission
    _na_stap(warehouse, pf, [*acties, "afronden"], _met(start, 0, brenger), zonder=False)
    assert _acties(bron, pf) == Counter(
        {a: 1 for a in ("terugsturen", "herindienen", "accepteren", "bevestigen")}
        | {a: 1 for a in ("starten", "verschuiven", "samenvoegen", "afronden")}
    )

    # 10. the Werkvoorraad (through the menu): afgerond, and the whole history
    naar(pagina, "werkvoorraad", "Zoeken")
    pagina.get_by_label("Zoeken", exact=True).fill(TITEL)
    expect(pagina.get_by_text(EEN_GEVONDEN)).to_be_visible(timeout=30_000)
    klaar(pagina)
    # the warehouse holds the step already (above): the page's run reads it
    expect(pagina.get_by_text(f"{pf} · lokaal · status afgerond")).to_have_count(1)
    expect(pagina.get_by_text("Statusgeschiedenis")).to_have_count(1, timeout=30_000)
    # a static table (tabel_licht) in the formulier, not the list above it
    rijen = pagina.locator("section.opdrachtformulier table.tabel-licht tr")
    for actie in ("terugsturen", "herindienen", "bevestigen", "samenvoegen", "afronden"):
        expect(rijen.filter(has_text=actie).first).to_be_attached()
    expect(rijen.filter(has_text="akkoord leidinggevende Els de Vries").first).to_be_attached()
    schermafdruk(pagina, "werkvoorraad_levensloop.png", full_page=True)
