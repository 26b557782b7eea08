"""The platform's forms in the app: aanmelden, the MT's toets, and the status history."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from dashboard import db, formulier
from invoer.achtergrond import achtergrond
from invoer.schrijven import (
    DEELNEMERS,
    OPDRACHTEN,
    WIJZIGINGEN,
    Deelnemer,
    Geweigerd,
    platform_rows,
)
from tests.dashboard.bouw import app
from tests.dashboard.conftest import platform_kopie
from tests.dashboard.helpers import tabel_met, tekst, widget, zonder_fouten
from tests.etl.helpers import UREN_HEADER, write_csv
from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV

AANMELDEN = "pages/opdracht_aanmelden.py"


@pytest.fixture
def platform(
    platform_basis: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """A small source folder loaded by the real ETL (a copy of the run's one build); the
    app writes to it."""
    bron, warehouse = platform_kopie(platform_basis, tmp_path)
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))
    monkeypatch.setenv(SOURCE_ENV, str(bron))
    return bron, warehouse


def lees(sql: str, *params: object) -> list[tuple]:
    """Read as the dashboard does (its one connection follows the swapped file; a second
    connection in this process would get DuckDB's cached instance of the old file)."""
    versie = db.huidige_versie()
    assert versie is not None
    return db.lees(versie, sql, params).rows()


def wacht_op_etl(bron: Path, warehouse: Path) -> None:
    runner = achtergrond(bron, warehouse)
    uitkomst = runner.wacht(runner.vraag(), timeout=120)
    assert uitkomst is not None and uitkomst.gelukt, uitkomst


# The plan's required fields beyond the four the ETL requires, filled alike everywhere.
PLAN_TEKSTEN = {
    "Bestuurlijk opdrachtgever *": "Wethouder Jansen",
    "Ambtelijk opdrachtgever *": "Afdelingshoofd De Boer",
}
PLAN_LANG = {
    "Opdrachtformulering *": "Schrijf de nota.",
    "Achtergrond *": "De raad vroeg erom.",
    "Doel *": "Eén koers.",
    "Beoogd resultaat *": "Een vastgestelde nota.",
    "Motivatie (winst) *": "Kennis uit de regio.",
    "Profiel opdrachtnemer *": "Beleidsadviseur.",
}


def meld_aan(at, titel: str, soort: str, gemeente: str, uren: float) -> None:
    """Fill every required field of the opdrachtformulier (the ETL's four, the plan's)."""
    widget(at.text_input, "Titel *").input(titel)
    widget(at.selectbox, "Soort opdracht *").select(soort)
    widget(at.selectbox, "Aanvragende gemeente *").select(gemeente)
    widget(at.number_input, "Begrote uren *").set_value(uren)
    for label, waarde in PLAN_TEKSTEN.items():
        widget(at.text_input, label).input(waarde)
    for label, waarde in PLAN_LANG.items():
        widget(at.text_area, label).input(waarde)
    widget(at.date_input, "Startdatum *").set_value(date(2012, 3, 1))
    widget(at.date_input, "Einddatum *").set_value(date(2012, 12, 1))
    widget(at.multiselect, "Winst *").select("kwaliteit")


def test_without_source_the_forms_say_writing_is_off(platform, monkeypatch):
    monkeypatch.delenv(SOURCE_ENV)
    at = zonder_fouten(app(AANMELDEN))
    assert "proeftuin dashboard --source MAP" in tekst(at)
    assert not at.text_input


def test_invalid_form_shows_the_error_next_to_the_field_and_writes_nothing(platform):
    bron, _ = platform
    at = zonder_fouten(app(AANMELDEN))
    widget(at.selectbox, "Soort opdracht *").select("lokaal")
    widget(at.selectbox, "Aanvragende gemeente *").select("SLI")
    at.button[0].click().run()  # the form's submit button: titel and uren are empty
    fouten = [e.value for e in at.error]
    assert "titel ontbreekt" in fouten
    assert "begrote_uren ontbreekt" in fouten
    assert not (bron / OPDRACHTEN).exists()


def test_a_hand_edited_platform_file_is_listed_and_a_broken_one_said_in_dutch(platform):
    """Saved by Excel as Windows-1252 with `sep=;`, the page crashed with a
    UnicodeDecodeError and blocked every submission; now it lists the rows with the line
    the ETL names. A file the ETL cannot read is said in Dutch; the form stays."""
    bron, _ = platform
    kop = "Opdracht_ID;Titel;Soort_opdracht;Aanvrager;Begrote_uren;Status;Ingediend_op"
    rij = "PF-2012-001;Café-nota;lokaal;SLI;8;aangemeld;01-03-2012 10:00:00"
    (bron / "platform").mkdir()
    (bron / OPDRACHTEN).write_bytes(f"sep=;\r\n{kop}\r\n\r\n{rij}\r\n".encode("cp1252"))
    at = zonder_fouten(app(AANMELDEN))
    mijn = tabel_met(at, "Stand")
    assert mijn[["Nummer", "Titel"]].values.tolist() == [["PF-2012-001", "Café-nota"]]
    meld_aan(at, "Tweede nota", "lokaal", "SLI", 10.0)
    zonder_fouten(at.button[0].click().run())
    assert [(r["titel"], r["regel"]) for r in platform_rows(bron, OPDRACHTEN)] == [
        ("Café-nota", "4"),  # after `sep=;`, the header and an empty line
        ("Tweede nota", "5"),
    ]
    (bron / OPDRACHTEN).write_text(f'{kop}\n"nooit gesloten\n', encoding="utf-8")
    at = app(AANMELDEN)
    assert not at.exception
    assert [e.value for e in at.error] == [
        f"{OPDRACHTEN} kan niet worden bijgewerkt: CSV is onleesbaar vanaf regel 2: een "
        'aanhalingsteken (") wordt niet gesloten. Er is niets opgeslagen; laat een '
        "controller het bestand herstellen (zie Data & kwaliteit)."
    ]
    assert widget(at.text_input, "Titel *") is not None


def test_planning_dates_far_ahead_are_taken_and_written_the_dutch_way(platform):
    """Streamlit's date field took only ten years around today: the range is explicit."""
    bron, _ = platform
    at = zonder_fouten(app(AANMELDEN))
    for label in ("Startdatum *", "Einddatum *"):
        veld = widget(at.date_input, label)
        assert (veld.min, veld.max) == (date(2000, 1, 1), date(2100, 12, 31))
        assert "01-01-2000 tot en met 31-12-2100" in veld.help
    meld_aan(at, "Nota met een verre planning", "lokaal", "SLI", 10.0)
    widget(at.date_input, "Startdatum *").set_value(date(2000, 1, 1))
    widget(at.date_input, "Einddatum *").set_value(date(2100, 12, 31))
    zonder_fouten(at.button[0].click().run())
    [rij] = platform_rows(bron, OPDRACHTEN)
    assert (rij["startdatum"], rij["einddatum"]) == ("01-01-2000", "31-12-2100")


def test_submit_accept_assign_and_see_the_history(platform):
    bron, warehouse = platform
    at = zonder_fouten(app(AANMELDEN))
    meld_aan(at, "Nota sportparken", "lokaal", "SLI", 80.0)
    widget(at.text_area, "Doel *").input("Eén beheerorganisatie")
    at.button[0].click().run()
    zonder_fouten(at)
    assert any("PF-" in s.value and "aangemeld" in s.value for s in at.success)
    # the form comes back empty: a second click cannot submit the same opdracht again
    assert widget(at.text_input, "Titel *").value == ""
    assert widget(at.number_input, "Begrote uren *").value is None
    assert widget(at.selectbox, "Soort opdracht *").value is None
    [rij] = platform_rows(bron, OPDRACHTEN)
    pf = rij["opdracht_id"]
    assert rij["ingediend_door"] == "demo@localhost"
    wacht_op_etl(bron, warehouse)
    assert lees("select status from werkvoorraad where opdracht_id = ?", pf) == [("aangemeld",)]
    at.run()
    mijn = tabel_met(at, "Stand")
    assert mijn["Stand"].tolist() == ["aangemeld"]
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", mijn["Ingediend"][0])  # no seconds

    # the MT's toets on the werkbank: the four checks, a kandidaat, accepteren
    mt = zonder_fouten(app("pages/werkbank.py", tab="Toets"))
    widget(mt.selectbox, "Aangemelde opdracht").select(pf).run()
    for box in mt.checkbox:
        if box.key and box.key.startswith(f"toets_{pf}_"):
            box.check()
    mt.run()
    nemer = widget(mt.selectbox, "Opdrachtnemer (kandidaten, beste eerst)").value
    assert nemer is not None
    mt.button(key="accepteren").click().run()
    zonder_fouten(mt)
    assert any(f"{pf} is geaccepteerd" in s.value for s in mt.success)
    [wijziging] = platform_rows(bron, WIJZIGINGEN)
    assert (wijziging["opdracht_id"], wijziging["status"], wijziging["opdrachtnemer"]) == (
        pf,
        "geaccepteerd",
        nemer,
    )
    wacht_op_etl(bron, warehouse)

    # werkvoorraad: the new status, the opdrachtnemer and the history (who, when, why)
    wv = zonder_fouten(app("pages/werkvoorraad.py"))
    widget(wv.selectbox, "Opdracht openen").select(pf).run()
    historie = tabel_met(wv, "Sinds")
    assert historie["Status"].tolist() == ["aangemeld", "geaccepteerd"]
    assert historie["Door"].tolist() == ["demo@localhost", "demo@localhost"]
    assert historie["Opdrachtnemer"].tolist()[-1] == nemer


def test_terugsturen_needs_a_reason_the_submitter_sees(platform):
    bron, warehouse = platform
    at = zonder_fouten(app(AANMELDEN))
    meld_aan(at, "Vage opdracht", "lokaal", "PAP", 10.0)
    at.button[0].click().run()
    wacht_op_etl(bron, warehouse)
    mt = zonder_fouten(app("pages/werkbank.py", tab="Toets"))
    assert mt.button(key="terugsturen").disabled
    pf = platform_rows(bron, OPDRACHTEN)[0]["opdracht_id"]
    widget(mt.selectbox, "Aangemelde opdracht").select(pf).run()
    mt.text_input(key=f"toets_reden_{pf}").input("Het beoogd resultaat ontbreekt").run()
    mt.button(key="terugsturen").click().run()
    zonder_fouten(mt)
    wacht_op_etl(bron, warehouse)
    at.run()
    assert tabel_met(at, "Stand")["Stand"].tolist() == [
        "teruggestuurd door het MT: Het beoogd resultaat ontbreekt"
    ]


def test_a_rejected_platform_row_shows_on_data_kwaliteit_and_to_the_submitter(platform):
    """A controller's hand edit (or an old row) the ETL rejects: both pages say why."""
    bron, warehouse = platform
    at = zonder_fouten(app(AANMELDEN))
    meld_aan(at, "Goed", "lokaal", "DOR", 8.0)
    at.button[0].click().run()
    pad = bron / OPDRACHTEN
    pad.write_text(pad.read_text(encoding="utf-8-sig").replace(";DOR;", ";Gouda;"), "utf-8")
    wacht_op_etl(bron, warehouse)
    reden = "aanvrager 'Gouda' is onbekend"
    at.run()
    assert tabel_met(at, "Stand")["Stand"].tolist()[0].startswith(f"afgekeurd door de ETL: {reden}")
    dk = zonder_fouten(app("pages/data_kwaliteit.py"))
    assert reden in tekst(dk)
    assert "platform/opdrachten_platform.csv" in tekst(dk)


def vul_cultuurvisie(at, aandelen: dict[str, str]) -> None:
    """A meervoudig lokaal opdracht of the gemeenten in `aandelen` (naam -> % as typed)."""
    meld_aan(at, "Gezamenlijke cultuurvisie", "meervoudig_lokaal", "DOR", 120.0)
    for naam, aandeel in aandelen.items():
        widget(at.checkbox, naam).check()
        widget(at.text_input, f"Aandeel {naam} (%)").input(aandeel)


def in_volgorde(blok) -> list:
    """The elements of the page top to bottom (the tree's blocks opened)."""
    kinderen = getattr(blok, "children", None)
    if not kinderen:
        return [blok]
    return [e for k in kinderen.values() for e in in_volgorde(k)]


def test_a_meervoudig_lokaal_opdracht_with_its_deelnemers_reaches_the_werkvoorraad(platform):
    bron, warehouse = platform
    pf = f"PF-{datetime.now().year}-001"  # the id the platform will hand out
    write_csv(bron / "dordrecht" / "uren.csv", [UREN_HEADER, ["M-1", pf, "02-04-2012", "10"]])
    at = zonder_fouten(app(AANMELDEN))
    vul_cultuurvisie(at, {"Dordrecht": "60", "Zwijndrecht": "40"})
    at.button[0].click().run()
    zonder_fouten(at)
    assert any(pf in s.value and "aangemeld" in s.value for s in at.success)
    assert not widget(at.checkbox, "Dordrecht").value  # the form comes back empty
    assert [
        (r["opdracht_id"], r["gemeente"], r["aandeel"]) for r in platform_rows(bron, DEELNEMERS)
    ] == [
        (pf, "DOR", "60%"),
        (pf, "ZWD", "40%"),
    ]
    wacht_op_etl(bron, warehouse)
    assert lees(
        "select gemeente, aandeel from deelnemers where opdracht_id = ? order by 1", pf
    ) == [
        ("DOR", pytest.approx(0.6)),
        ("ZWD", pytest.approx(0.4)),
    ]
    # Dordrecht's employee brings 10 hours; Dordrecht takes 6 of them, Zwijndrecht 4
    assert lees(
        "select gemeente, gebracht_uren, gehaald_uren from urenbalans "
        "where gemeente in ('DOR', 'ZWD') order by 1"
    ) == [("DOR", 10, 6), ("ZWD", 0, 4)]
    assert lees("select sum(gebracht_uren - gehaald_uren) from urenbalans") == [(0,)]
    wv = zonder_fouten(app("pages/werkvoorraad.py"))
    widget(wv.selectbox, "Opdracht openen").select(pf).run()
    aandelen = tabel_met(wv, "Aandeel (%)")
    assert aandelen[["Gemeente", "Aandeel (%)"]].values.tolist() == [
        ["Dordrecht", "60,0"],
        ["Zwijndrecht", "40,0"],
    ]


@pytest.mark.parametrize(
    ("aandelen", "reden"),
    [
        ({"Dordrecht": ""}, "is meervoudig_lokaal maar heeft 1 geldige deelnemer(s)"),
        (
            {"Dordrecht": "60", "Zwijndrecht": "30"},
            "aandelen van deze opdracht tellen op tot 0,9 (90%) in plaats van 1 (100%)",
        ),
        ({"Dordrecht": "60,5", "Zwijndrecht": "abc"}, "ZWD: aandeel 'abc%' is geen aandeel"),
    ],
)
def test_wrong_deelnemers_are_refused_next_to_the_field_and_nothing_is_written(
    platform, aandelen, reden
):
    bron, _ = platform
    at = zonder_fouten(app(AANMELDEN))
    vul_cultuurvisie(at, aandelen)
    at.button[0].click().run()
    [fout] = at.error
    assert reden in fout.value
    # right below the deelnemers (the last gemeente's share), above the submit button
    volgorde = in_volgorde(at.main)
    laatste_aandeel = max(
        i for i, e in enumerate(volgorde) if str(getattr(e, "label", "")).startswith("Aandeel ")
    )
    assert volgorde[laatste_aandeel + 1 :][:1] == [fout]
    assert not (bron / OPDRACHTEN).exists() and not (bron / DEELNEMERS).exists()
    assert widget(at.checkbox, "Dordrecht").value  # the form keeps what was typed


def test_deelnemers_without_shares_share_equally(platform):
    bron, warehouse = platform
    at = zonder_fouten(app(AANMELDEN))
    vul_cultuurvisie(at, dict.fromkeys(("Alblasserdam", "Papendrecht", "Sliedrecht"), ""))
    at.button[0].click().run()
    zonder_fouten(at)
    [rij] = platform_rows(bron, OPDRACHTEN)
    wacht_op_etl(bron, warehouse)
    assert lees(
        "select gemeente, round(aandeel, 6) from opdracht_aandelen where opdracht_id = ? "
        "order by 1",
        rij["opdracht_id"],
    ) == [("ALB", 0.333333), ("PAP", 0.333333), ("SLI", 0.333333)]


def test_shares_are_read_as_percentages_and_one_beside_an_unticked_gemeente_is_refused():
    namen = {"DOR": "Dordrecht", "ZWD": "Zwijndrecht", "SLI": "Sliedrecht"}
    keuze = {"DOR": (True, " 60,5 % "), "ZWD": (True, "39,5"), "SLI": (False, "")}
    assert formulier.deelnemers(keuze, namen) == [
        Deelnemer("DOR", "60,5%"),
        Deelnemer("ZWD", "39,5%"),
    ]
    with pytest.raises(Geweigerd) as refused:
        formulier.deelnemers(keuze | {"SLI": (False, "10")}, namen)
    assert refused.value.fouten == {"deelnemers": "vink Sliedrecht aan, of maak het aandeel leeg"}
