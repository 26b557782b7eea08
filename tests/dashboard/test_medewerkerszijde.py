"""News on Start, Mijn proeftuin (room and interest) and the interest in the MT's
Kandidaten, on a real source folder loaded by the real ETL; hostile text stays text."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth, tabbladen
from dashboard.authbestand import Rol
from invoer.mensen import INTERESSE, NIEUWS, RUIMTE
from invoer.schrijven import platform_rows
from tests.dashboard.bouw import APP
from tests.dashboard.conftest import bouw_platform, platform_kopie
from tests.dashboard.helpers import tabel_met, tekst, widget, zonder_fouten
from tests.dashboard.test_platform import wacht_op_etl
from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV

VIJANDIG = "<script>alert('x')</script> ![p](https://kwaad.example/p.png) [a](javascript:x)"
OPEN = ["PT-4", "Open nota", "lokaal", "PAP", "40", "geaccepteerd"]


@pytest.fixture(scope="module")
def basis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small platform folder with one open opdracht more, loaded by the real ETL
    (once for this module; each test writes to a copy)."""
    map_ = tmp_path_factory.mktemp("medewerkerszijde")
    bouw_platform(map_, [OPEN])
    return map_


@pytest.fixture
def platform(basis: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    bron, warehouse = platform_kopie(basis, tmp_path)
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))
    monkeypatch.setenv(SOURCE_ENV, str(bron))
    return bron, warehouse


def als(rol: str, pagina: str | None = None, tab: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state[auth.DEMO_SLEUTEL] = Rol(rol)
    at.run()
    if pagina:
        at.switch_page(pagina)
        if tab:  # the Werkbank runs only its open tab
            at.session_state[tabbladen.WERKBANK] = tab
        at.run()
    return zonder_fouten(at)


def test_mt_publishes_hostile_news_everyone_reads_it_as_text_and_mt_withdraws(platform):
    bron, warehouse = platform
    at = als("mt")
    widget(at.text_input, "Titel").input("Welkom <b>allemaal</b>")
    widget(at.text_area, "Bericht").input(VIJANDIG)
    widget(at.selectbox, "Over opdracht (niet verplicht)").select("PT-4")
    zonder_fouten(at.button(key="FormSubmitter:nieuws_0-Publiceren").click().run())
    [rij] = platform_rows(bron, NIEUWS)
    assert re.fullmatch(r"N-\d{4}-001", rij["nieuws_id"])
    assert (rij["actie"], rij["opdracht_id"], rij["tekst"]) == ("publiceren", "PT-4", VIJANDIG)
    wacht_op_etl(bron, warehouse)

    medewerker = als("medewerker")
    pagina = tekst(medewerker)
    # escaped for markdown: shown as typed, never a tag, image or link
    assert "\\<script\\>" in pagina and "<script>" not in pagina
    assert "Over opdracht PT\\-4: Open nota" in pagina
    assert not medewerker.expander or all(
        "Nieuws beheren" not in e.label for e in medewerker.expander
    )

    mt = als("mt")
    zonder_fouten(mt.button(key=f"intrekken_{rij['nieuws_id']}").click().run())
    assert [r["actie"] for r in platform_rows(bron, NIEUWS)] == ["publiceren", "intrekken"]
    wacht_op_etl(bron, warehouse)
    assert "Welkom" not in tekst(als("medewerker"))


def test_employee_offers_room_shows_interest_and_the_mt_sees_it_in_kandidaten(platform):
    bron, warehouse = platform
    at = als("medewerker", "pages/mijn_proeftuin.py")
    widget(at.selectbox, "Demo-medewerker (lokale demo: kies wie u bent)").select("M-3").run()
    van, tot = date.today(), date.today() + timedelta(days=60)
    widget(at.date_input, "Van").set_value(van)
    widget(at.date_input, "Tot en met").set_value(tot)
    widget(at.number_input, "Uren per week").set_value(8.0)
    widget(at.text_input, "Voor welk soort werk").input("beleidsnota's")
    zonder_fouten(at.button(key="FormSubmitter:ruimte_0-Ruimte aanbieden").click().run())
    widget(at.selectbox, "Open opdracht").select("PT-4")
    widget(at.text_area, "Korte motivatie").input(VIJANDIG)
    zonder_fouten(at.button(key="FormSubmitter:interesse_1-Interesse tonen").click().run())
    [ruimte] = platform_rows(bron, RUIMTE)
    assert (ruimte["medewerker_id"], ruimte["uren_per_week"], ruimte["van"]) == (
        "M-3",
        "8",
        van.strftime("%d-%m-%Y"),
    )
    [interesse] = platform_rows(bron, INTERESSE)
    assert (interesse["opdracht_id"], interesse["motivatie"]) == ("PT-4", VIJANDIG)
    wacht_op_etl(bron, warehouse)

    eigen = als("medewerker", "pages/mijn_proeftuin.py")
    widget(eigen.selectbox, "Demo-medewerker (lokale demo: kies wie u bent)").select("M-3").run()
    pagina = tekst(eigen)
    assert "8,0 uur per week" in pagina and "\\<script\\>" in pagina and "<script>" not in pagina

    # the MT: Cees (M-3) is marked and first among equals (no one has expertise here)
    mt = als("mt", "pages/werkbank.py", tab="Kandidaten")
    widget(mt.selectbox, "Open opdracht").select("PT-4").run()
    kandidaten = tabel_met(mt, "Interesse")
    assert kandidaten.iloc[0]["Naam"] == "Cees"
    assert kandidaten.iloc[0]["Interesse"] in ("ja", True)
    ruimte = f"8 uur/week t/m {tot.strftime('%d-%m-%Y')} (beleidsnota's)"
    assert kandidaten.iloc[0]["Aangeboden ruimte"] == ruimte
    assert "Cees: \\<script\\>" in tekst(mt)
    # ... and in the Bezetting tab, beside the capacity: the offer and the interest
    mt.session_state[tabbladen.WERKBANK] = "Bezetting"
    zonder_fouten(mt.run())
    aanbod = tabel_met(mt, "Soort werk")
    assert (aanbod.iloc[0]["Naam"], aanbod.iloc[0]["Soort werk"]) == ("Cees", "beleidsnota's")
    belangstelling = tabel_met(mt, "Motivatie")
    assert list(belangstelling.iloc[0][["Naam", "Opdracht", "Motivatie"]]) == [
        "Cees",
        "PT-4",
        VIJANDIG,
    ]

    # other employees see no names of who is interested
    for pagina_ in ("pages/start.py", "pages/werkvoorraad.py", "pages/proeftuin_uitgelegd.py"):
        assert "Cees" not in tekst(als("medewerker", pagina_)), pagina_

    # the employee withdraws their interest: a row, not a deletion
    eigen = als("medewerker", "pages/mijn_proeftuin.py")
    widget(eigen.selectbox, "Demo-medewerker (lokale demo: kies wie u bent)").select("M-3").run()
    zonder_fouten(eigen.button(key="interesse_in_PT-4").click().run())
    assert [r["actie"] for r in platform_rows(bron, INTERESSE)] == ["tonen", "intrekken"]
