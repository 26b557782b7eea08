"""The pages of an opdracht's life: the plan's required fields, the whole formulier in the
toets, the steps on the werkbank (once per click), the role check, and resubmission."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dashboard import formulier, schrijven, ui
from invoer import stappen
from invoer.achtergrond import achtergrond
from invoer.schrijven import (
    HERINDIENINGEN,
    OPDRACHTEN,
    WIJZIGINGEN,
    Deelnemer,
    Geweigerd,
    platform_rows,
    submit_opdracht,
)
from tests.dashboard.bouw import app
from tests.dashboard.helpers import tabel_met, tekst, widget, zonder_fouten
from tests.dashboard.test_platform import (
    AANMELDEN,
    in_volgorde,
    lees,
    meld_aan,
    platform,  # noqa: F401 (the fixture `schrijfbaar` uses)
    wacht_op_etl,
)
from tests.etl.helpers import UREN_HEADER, write_csv

WERKBANK = "pages/werkbank.py"


@pytest.fixture
def schrijfbaar(platform):  # noqa: F811
    """A small source folder loaded by the real ETL, and the app writing to it."""
    return platform


MT = "mt@proeftuin.nl"
HEEL_FORMULIER = {
    "titel": "Nota sportparken",
    "soort_opdracht": "meervoudig_lokaal",
    "aanvrager": "DOR",
    "begrote_uren": 80,
    "type_werk": "beleidsnota",
    "bestuurlijk_opdrachtgever": "Wethouder Jansen",
    "ambtelijk_opdrachtgever": "Afdelingshoofd De Boer",
    "opdrachtformulering": "Schrijf een nota over de sportparken.",
    "achtergrond": "De raad vroeg erom.",
    "doel": "Eén beheerorganisatie.",
    "beoogd_resultaat": "Een vastgestelde nota voor 1 december.",
    "motivatie": "Kennis van sport zit in Zwijndrecht.",
    "profiel_opdrachtnemer": "Beleidsadviseur sport.",
    "lokale_gebruiken": "Eerst langs de portefeuillehouder.",
    "budget_eur": 2500,
    "startdatum": date(2012, 3, 1),
    "einddatum": date(2012, 11, 30),
    "winst": ["kwaliteit", "financieel"],
    "winstpunten": ["W4"],
}


def test_winst_and_its_motivatie_are_required_with_the_reason_next_to_the_field(schrijfbaar):
    bron, _ = schrijfbaar
    at = zonder_fouten(app(AANMELDEN))
    meld_aan(at, "Nota zonder winst", "lokaal", "SLI", 10.0)
    widget(at.text_area, "Motivatie (winst) *").input("   ")
    widget(at.multiselect, "Winst *").unselect("kwaliteit")
    at.button[0].click().run()
    fouten = {e.value for e in at.error}
    motivatie = (
        "motivatie (winst) ontbreekt: het plan vraagt waarom de opdracht via de proeftuin "
        "loopt (winst motivatie)"
    )
    assert fouten == {
        motivatie,
        "winst ontbreekt: kies de winst: inhoudelijk, financieel en/of kwaliteit",
    }
    volgorde = in_volgorde(at.main)
    veld = next(
        i for i, e in enumerate(volgorde) if getattr(e, "label", "") == "Motivatie (winst) *"
    )
    assert getattr(volgorde[veld + 1], "value", None) == motivatie  # right below its field
    assert not (bron / OPDRACHTEN).exists()


def test_the_plans_required_fields_are_named_with_why():
    leeg = formulier.ontbrekende_velden({"titel": "x", "winst": []})
    assert set(leeg) == set(formulier.WAAROM)
    assert leeg["einddatum"] == "einddatum ontbreekt: het plan vraagt de procesplanning"
    assert formulier.ontbrekende_velden(HEEL_FORMULIER) == {}


def test_the_toets_shows_the_whole_formulier_beside_the_checklist_and_who_booked(schrijfbaar):
    bron, warehouse = schrijfbaar
    pf = f"PF-{datetime.now().year}-001"
    write_csv(
        bron / "dordrecht" / "uren.csv",
        [UREN_HEADER, ["M-1", pf, "02-04-2012", "6"], ["M-2", pf, "03-04-2012", "2,5"]],
    )
    submit_opdracht(
        bron,
        HEEL_FORMULIER,
        "anna@dordrecht.nl",
        deelnemers=[Deelnemer("DOR", "60%"), Deelnemer("ZWD", "40%")],
    )
    wacht_op_etl(bron, warehouse)
    mt = zonder_fouten(app(WERKBANK, tab="Toets"))
    widget(mt.selectbox, "Aangemelde opdracht").select(pf).run()
    getoond = tekst(mt)
    for veld in formulier.VELDEN:  # every field of the form, by its label
        assert f"**{veld.label}**" in getoond, veld.label
    for waarde in (
        "Wethouder Jansen",
        "Kennis van sport zit in Zwijndrecht.",
        "01-03-2012",
        "30-11-2012",
        "€\u00a02.500",  # fmt.euro writes a non-breaking space
        "80,0 uur",
        "continuïteit/kwaliteit, financieel",
        "Eerst langs de portefeuillehouder.",
    ):
        assert ui.plat(waarde) in getoond, waarde
    # each checklist question in one bordered row with the fields it asks about (and no
    # other question)
    for code, vraag in formulier.CHECKLIST:
        vakken = [b for b in _blokken(mt.main) if vraag in _labels(b) and _vragen(b) == 1]
        assert any(
            all(formulier.VELD[n].label in _tekst_in(b) for n in formulier.CHECKLIST_VELDEN[code])
            for b in vakken
        ), vraag
    geboekt = tabel_met(mt, "Medewerker")
    assert geboekt[["Medewerker", "Uren"]].values.tolist() == [["Anna", "6,0"], ["Bram", "2,5"]]
    assert "Al geboekt: 8,5 uur" in getoond
    aandelen = tabel_met(mt, "Aandeel (%)")
    assert aandelen["Aandeel (%)"].tolist() == ["60,0", "40,0"]


def _blokken(blok) -> list:
    """`blok` and every block inside it."""
    kinderen = getattr(blok, "children", None) or {}
    return [blok, *(b for k in kinderen.values() for b in _blokken(k))]


def _labels(blok) -> list[str]:
    return [str(getattr(e, "label", "")) for e in in_volgorde(blok)]


def _vragen(blok) -> int:
    vragen = {v for _, v in formulier.CHECKLIST}
    return sum(label in vragen for label in _labels(blok))


def _tekst_in(blok) -> str:
    return "\n".join(str(getattr(e, "value", "")) for e in in_volgorde(blok))


def test_two_mt_members_accepting_from_the_same_screen_write_one_step(schrijfbaar):
    bron, warehouse = schrijfbaar
    pf = submit_opdracht(bron, HEEL_FORMULIER | {"soort_opdracht": "lokaal"}, "a@b.nl").opdracht_id
    wacht_op_etl(bron, warehouse)
    schermen = []
    for _ in range(2):
        mt = zonder_fouten(app(WERKBANK, tab="Toets"))
        widget(mt.selectbox, "Aangemelde opdracht").select(pf).run()
        for box in mt.checkbox:
            if box.key and box.key.startswith(f"toets_{pf}_"):
                box.check()
        schermen.append(mt.run())
    schermen[0].button(key="accepteren").click().run()
    zonder_fouten(schermen[0])
    assert any(f"{pf} is geaccepteerd" in s.value for s in schermen[0].success)
    # the second screen's click: "already recorded", or (when the background ETL was
    # quicker) the opdracht has left the toets and the click finds no button: one row
    schermen[1].button(key="accepteren").click().run()
    zonder_fouten(schermen[1])
    gezegd = [s.value for s in schermen[1].success]
    assert not any(f"{pf} is geaccepteerd" in s for s in gezegd), gezegd
    assert [r["actie"] for r in platform_rows(bron, WIJZIGINGEN)] == ["accepteren"]


def test_the_steps_of_an_accepted_opdracht_on_the_werkbank(schrijfbaar):
    bron, warehouse = schrijfbaar
    pf = submit_opdracht(bron, HEEL_FORMULIER | {"soort_opdracht": "lokaal"}, "a@b.nl").opdracht_id
    stappen.zet(bron, stappen.accepteren(pf, 0, "M-2"), MT)
    wacht_op_etl(bron, warehouse)
    mt = zonder_fouten(app(WERKBANK, tab="Toets"))
    mt.selectbox(key="levensloop_opdracht").select(pf).run()
    assert ui.plat("Bram (voorlopig: wacht op de leidinggevende)") in tekst(mt)
    mt.text_input(key=f"leidinggevende_{pf}").input("Els de Vries")
    mt.date_input(key=f"akkoord_op_{pf}").set_value(date(2012, 4, 3)).run()
    mt.button(key="stap_bevestigen").click().run()
    zonder_fouten(mt)
    assert any("is definitief" in s.value for s in mt.success)
    mt.button(key="stap_starten").click().run()  # the planning of the form
    zonder_fouten(mt)
    assert [r["actie"] for r in platform_rows(bron, WIJZIGINGEN)] == [
        "accepteren",
        "bevestigen",
        "starten",
    ]
    wacht_op_etl(bron, warehouse)
    wv = zonder_fouten(app("pages/werkvoorraad.py"))
    widget(wv.selectbox, "Opdracht openen").select(pf).run()
    historie = tabel_met(wv, "Wat")
    assert historie["Actie"].tolist()[-2:] == ["bevestigen", "starten"]
    assert "akkoord leidinggevende Els de Vries; akkoord op 03-04-2012" in historie["Wat"].tolist()
    assert "planning 01-03-2012 tot 30-11-2012" in historie["Wat"].tolist()


def test_a_role_other_than_mt_cannot_take_a_step(schrijfbaar):
    """Outside a run set up by the app the role is the least one (medewerker)."""
    bron, _ = schrijfbaar
    pf = submit_opdracht(bron, HEEL_FORMULIER | {"soort_opdracht": "lokaal"}, "a@b.nl").opdracht_id
    with pytest.raises(Geweigerd, match="accepteren mag niet met de rol Medewerker"):
        schrijven.stap(stappen.accepteren(pf, 0))
    assert not (bron / WIJZIGINGEN).exists()


def test_the_indiener_corrects_a_teruggestuurde_opdracht_and_resubmits_it(schrijfbaar):
    bron, warehouse = schrijfbaar
    pf = submit_opdracht(bron, HEEL_FORMULIER | {"soort_opdracht": "lokaal"}, "a@b.nl").opdracht_id
    stappen.zet(bron, stappen.terugsturen(pf, 0, "Het resultaat is niet meetbaar"), MT)
    wacht_op_etl(bron, warehouse)
    nieuw = "Een nota, door de raad vastgesteld op 1 december."
    schermen = []
    for _ in range(2):  # the same form sent twice (two tabs, or a second click)
        at = zonder_fouten(app(AANMELDEN))
        assert f"stuurde {pf} terug: **Het resultaat is niet meetbaar**" in tekst(at)
        resultaat = at.text_area(key=f"herindienen_{pf}_beoogd_resultaat")
        assert resultaat.label == "Beoogd resultaat *"
        assert resultaat.value == HEEL_FORMULIER["beoogd_resultaat"]  # what was sent
        resultaat.input(nieuw)
        schermen.append(at)
    for at in schermen:
        next(b for b in at.button if b.label == "Opnieuw indienen").click().run()
        zonder_fouten(at)
    assert any(f"{pf} is opnieuw ingediend" in s.value for s in schermen[0].success)
    assert any("niets dubbel" in s.value for s in schermen[1].success)
    assert len(platform_rows(bron, HERINDIENINGEN)) == 1
    wacht_op_etl(bron, warehouse)
    wv = zonder_fouten(app("pages/werkvoorraad.py"))
    widget(wv.selectbox, "Opdracht openen").select(pf).run()
    assert nieuw in tekst(wv)
    assert tabel_met(wv, "Wat")["Actie"].tolist() == ["aanmelden", "terugsturen", "herindienen"]


def test_a_step_written_by_a_click_that_was_stopped_reaches_the_warehouse_at_the_next(
    schrijfbaar,
):
    """A double click: Streamlit stops the first click's run at its next `st` call, which
    can be right after the step was written and before the ETL was asked for. The second
    click finds the step written (nothing twice) and must still bring it in: before the
    fix the row stayed out of the warehouse for good (issue 20's browser walk)."""
    bron, warehouse = schrijfbaar
    pf = submit_opdracht(bron, HEEL_FORMULIER | {"soort_opdracht": "lokaal"}, "a@b.nl").opdracht_id
    wacht_op_etl(bron, warehouse)
    reden = "Het resultaat is niet meetbaar"
    stappen.zet(bron, stappen.terugsturen(pf, 0, reden), MT)  # the stopped click: no run
    mt = zonder_fouten(app(WERKBANK, tab="Toets"))
    widget(mt.selectbox, "Aangemelde opdracht").select(pf).run()
    mt.text_input(key=f"toets_reden_{pf}").input(reden).run()
    mt.button(key="terugsturen").click().run()
    zonder_fouten(mt)
    assert any("niets dubbel" in s.value for s in mt.success)
    assert [r["actie"] for r in platform_rows(bron, WIJZIGINGEN)] == ["terugsturen"]
    uitkomst = achtergrond(bron, warehouse).wacht(mt.session_state[schrijven.TICKET], 120)
    assert uitkomst is not None and uitkomst.gelukt, uitkomst
    assert lees("select laatste_actie from werkvoorraad where opdracht_id = ?", pf) == [
        ("terugsturen",)
    ]
