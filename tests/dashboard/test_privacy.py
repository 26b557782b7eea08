"""Privacy by role (contract section 8, issue 21): every page each role may open, on the
real demo warehouse, holds no person where the role may not see one.

Person data is read straight from the warehouse (personnel numbers, names, the e-mail
addresses of submitters and the MT), so a new column that leaks one fails here. The MT's
run proves the check can fail: it does find them.
"""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth, privacy
from dashboard.authbestand import Rol
from dashboard.paginas import PAGINAS
from tests.dashboard.bouw import APP
from tests.dashboard.helpers import direct, personen, tekst, widget, zonder_fouten
from warehouse.settings import WAREHOUSE_ENV

# The platform's own opdrachten: their status history has submitters, the MT and
# opdrachtnemers (demo/platform.py).
MET_HISTORIE = ("PF-2012-001", "PF-2012-002")
AFGEKEURD_KOP = "Afgekeurde rijen"


def _alles(at: AppTest) -> str:
    """What the page shows, the sidebar and every option a select box offers."""
    delen = [tekst(at)]
    delen += [m.value for m in at.sidebar.markdown]
    delen += [str(o) for s in at.selectbox for o in s.options]
    return "\n".join(delen)


def _paginas_van(rol: Rol, warehouse: Path) -> dict[str, str]:
    """Page name -> all it shows to `rol`; the Werkvoorraad with each history opened."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state[auth.DEMO_SLEUTEL] = rol
    zonder_fouten(at.run())
    gezien = {}
    for pagina in PAGINAS:
        # Mijn proeftuin shows a person their own data; without a login its chooser of demo
        # employees stands in for the login (a local single-user demo). What another person
        # sees there with a real login: tests/dashboard/test_browser_medewerkerszijde.py.
        if not auth.mag(rol, pagina.naam) or pagina.naam == "mijn_proeftuin":
            continue
        zonder_fouten(at.switch_page(pagina.pad).run())
        delen = [_alles(at)]
        if pagina.naam == "werkvoorraad":
            for opdracht in MET_HISTORIE:
                widget(at.selectbox, "Opdracht openen").set_value(opdracht).run()
                delen.append(_alles(zonder_fouten(at)))
        gezien[pagina.naam] = "\n".join(delen)
    return gezien


def _gevonden(wie: set[str], tekst_: str) -> set[str]:
    return {p for p in wie if re.search(rf"\b{re.escape(p)}\b", tekst_)}


@pytest.fixture(scope="module")
def demo(demo_warehouse: Path):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(WAREHOUSE_ENV, str(demo_warehouse))
        yield demo_warehouse


@pytest.mark.slow
@pytest.mark.parametrize("rol", [Rol("medewerker"), Rol("college", "ALB")])
def test_no_person_anywhere_for_medewerker_and_college(demo, rol):
    alle = personen(demo)
    paginas = _paginas_van(rol, demo)
    for pagina, gezien in paginas.items():
        assert not _gevonden(alle, gezien), (rol, pagina)
    werkvoorraad = paginas["werkvoorraad"]
    assert privacy.MT_NAAM in werkvoorraad, "the history names the role that acted"
    assert "een medewerker van Dordrecht" in werkvoorraad  # the submitter / opdrachtnemer


@pytest.mark.slow
def test_controller_sees_person_ids_only_where_a_rejected_row_is_fixed(demo):
    alle = personen(demo)
    gezien = _paginas_van(Rol("controller"), demo)
    for pagina, tekst_ in gezien.items():
        if pagina != "data_kwaliteit":
            assert not _gevonden(alle, tekst_), pagina
    # on Data & kwaliteit only the ids the rejected rows name, and no hours of that day
    afgekeurd = direct(demo, "select reden from etl_afgekeurd").get_column("reden")
    in_redenen = _gevonden(alle, "\n".join(afgekeurd))
    assert in_redenen, "the demo rejects a day over 24 hours of a real employee"
    assert _gevonden(alle, gezien["data_kwaliteit"]) <= in_redenen
    assert "heeft op 22-02-2012 al 8 uur" in "\n".join(afgekeurd)
    assert "al 8 uur" not in gezien["data_kwaliteit"]
    assert "SLI081 heeft op 22-02-2012 samen meer dan 24 uur" in gezien["data_kwaliteit"]


@pytest.mark.slow
def test_the_mt_does_see_the_persons(demo):
    """The check above can fail: the same pages show the MT who did what."""
    werkvoorraad = _paginas_van(Rol("mt"), demo)["werkvoorraad"]
    assert {"ALB013", "mt@proeftuin-drechtsteden.nl", "l.jansen@dordrecht.nl"} <= _gevonden(
        personen(demo), werkvoorraad
    )


def test_a_college_downloads_its_own_statement_only(klein_warehouse):
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state[auth.DEMO_SLEUTEL] = Rol("college", "PAP")
    zonder_fouten(at.run())
    zonder_fouten(at.switch_page("pages/tussenstand.py").run())
    assert widget(at.selectbox, "Rapport voor").options == [
        "alle gemeenten (tussenstand)",
        "Papendrecht",
    ]


def test_the_leidinggevende_who_agreed_is_named_to_the_mt_only():
    """A firm toewijzing records the leidinggevende's name (contract section 7): a person,
    so only the MT reads it; the others read that the consent was given."""
    historie = pl.DataFrame(
        {
            "opdrachtnemer": ["PAP007", "PAP007"],
            "opdrachtnemer_gemeente": ["PAP", "PAP"],
            "door": ["mt@drechtsteden.nl", "mt@drechtsteden.nl"],
            "actie": ["toewijzen", "bevestigen"],
            "aanvrager": ["DOR", "DOR"],
            "leidinggevende": [None, "J. de Vries"],
        }
    )
    namen = {"PAP": "Papendrecht", "DOR": "Dordrecht"}
    assert privacy.statushistorie(historie, namen, True)["leidinggevende"][1] == "J. de Vries"
    anoniem = privacy.statushistorie(historie, namen, False)
    assert anoniem["leidinggevende"].to_list() == [None, "gegeven"]
    assert "PAP007" not in str(anoniem.to_dicts())
    assert anoniem["opdrachtnemer"].to_list() == ["een medewerker van Papendrecht"] * 2
