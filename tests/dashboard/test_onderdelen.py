"""The Tussenstand and the Urenbalans show one section per tab (dashboard.onderdelen): only
the open tab's charts and tables are drawn, *Alles onder elkaar* draws every section, each
closed section is sent as its copy for paper (so the page prints whole), and the chosen tab
and a section's own choices survive a look at another tab or page."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from dashboard import onderdelen, staven, tabbladen
from dashboard.stijl import AFDRUK, PRINT
from tests.dashboard.bouw import TABBLADEN, app
from tests.dashboard.helpers import staven_op, widget, zonder_fouten

TUSSENSTAND = "pages/tussenstand.py"
URENBALANS = "pages/urenbalans.py"
# per page: its tabs and the heading each section has on the screen and on paper
KOPPEN = {
    TUSSENSTAND: {
        "Urenbalans": "Urenbalans",
        "Werkvoorraad": "Werkvoorraad: lopend en afgerond per soort",
        "Winstpunten": "Winstpunten",
        "Leerervaringen": "Leerervaringen per kwartaal",
        "Winst en kwaliteit": "Winst per dimensie, efficiency en kwaliteit",
    },
    URENBALANS: {
        "Saldo": "Saldo per gemeente",
        "Verloop": "Verloop van het saldo",
        "Uren tegoed": "Tussenstand van het uren tegoed",
        "Prognose": "Prognose tot 31-12-2012",
    },
}
EERSTE = {TUSSENSTAND: "Urenbalans", URENBALANS: "Saldo"}


def grafieken(at) -> list[str]:
    """The titles of the charts the run drew."""
    return [json.loads(g.proto.spec)["layout"]["title"]["text"] for g in at.get("plotly_chart")]


def op_papier(at) -> list[str]:
    """The bodies of the run's elements that only paper shows."""
    return [h.proto.body for h in at.get("html") if f'class="{PRINT}"' in h.proto.body]


def cellen_op_papier(body: str) -> list[str]:
    """Every header and cell of the tables paper gets from `body`: the JSON each copy
    carries in its attribute, as the print script reads it."""
    tabellen = [json.loads(unescape(a)) for a in re.findall(f"{AFDRUK}='([^']*)'", body)]
    return [c for t in tabellen for c in [*t["koppen"], *(c for r in t["rijen"] for c in r)]]


def koppen_op_scherm(at) -> list[str]:
    """The section headings the screen shows (markdown level 4 or subheaders)."""
    return [m.value.removeprefix("#### ") for m in at.markdown if m.value.startswith("#### ")] + [
        s.value for s in at.subheader if not s.value.startswith("Stand per")
    ]


@pytest.mark.parametrize("pagina", [TUSSENSTAND, URENBALANS])
def test_each_tab_draws_its_own_section_and_sends_the_others_for_paper(klein_warehouse, pagina):
    koppen = KOPPEN[pagina]
    per_tab = {}
    for tab in koppen:
        at = zonder_fouten(app(pagina, tab=tab))
        assert [t.label for t in at.tabs] == [*koppen, onderdelen.ALLES]
        assert koppen_op_scherm(at) == [koppen[tab]]
        # every other section is on paper, in the page's order, and this one is not
        papier = op_papier(at)
        anderen = [kop for t, kop in koppen.items() if t != tab]
        for kop in anderen:
            assert sum(f">{kop}</h" in body for body in papier) == 1, (tab, kop)
        assert not any(f">{koppen[tab]}</h" in body for body in papier), tab
        per_tab[tab] = grafieken(at)
    alles = zonder_fouten(app(pagina, tab=onderdelen.ALLES))
    assert koppen_op_scherm(alles) == list(koppen.values())
    assert not any("</h" in body for body in op_papier(alles))  # nothing closed
    # every chart of the page is drawn in exactly one tab, and all of them under Alles
    assert sorted(t for titels in per_tab.values() for t in titels) == sorted(grafieken(alles))
    assert len(grafieken(alles)) >= 2 and all(len(t) <= 2 for t in per_tab.values())


@pytest.mark.parametrize("pagina", [TUSSENSTAND, URENBALANS])
def test_the_first_tab_holds_the_saldo_bars_and_is_open_by_default(klein_warehouse, pagina):
    at = zonder_fouten(app(pagina))
    assert at.session_state[TABBLADEN[pagina]] == EERSTE[pagina]
    # light bars, no Plotly chart: the page's first view (tests/dashboard/test_eerste_blik.py)
    assert grafieken(at) == []
    assert [tabel[0][:2] for tabel in staven_op(at)] == [list(staven.KOPPEN)]
    if pagina == TUSSENSTAND:
        gesloten_onderdelen_op_papier(at)  # the same first view: no second render


def gesloten_onderdelen_op_papier(at) -> None:
    """The Tussenstand's closed sections print their tables."""
    papier = "".join(op_papier(at))
    cellen = cellen_op_papier(papier)
    # the winstpunten table (a winstpunt's name) and the leerervaringen per quarter
    assert any("Beter inhoudelijk programmeren" in c for c in cellen)
    assert "Dilemma's" in cellen
    assert "<table" not in papier and "<script" not in papier  # built when printing


def test_a_sections_choice_stays_after_a_look_at_another_tab_and_prints_so(klein_warehouse):
    at = zonder_fouten(app(URENBALANS, tab="Verloop"))
    widget(at.radio, "Per").set_value("halfjaar").run()
    at.session_state[tabbladen.URENBALANS] = "Uren tegoed"
    zonder_fouten(at.run())
    assert all(r.label != "Per" for r in at.radio)
    # the closed course prints per half year, as the reader left it
    verloop = next(b for b in op_papier(at) if ">Verloop van het saldo</h" in b)
    assert "1e halfjaar 2012" in verloop and "K1 2012" not in verloop
    at.session_state[tabbladen.URENBALANS] = "Verloop"
    zonder_fouten(at.run())
    assert widget(at.radio, "Per").value == "halfjaar"


def test_the_chosen_tab_stays_after_a_visit_to_another_page(klein_warehouse):
    at = zonder_fouten(app(TUSSENSTAND, tab="Winstpunten"))
    at.run()
    at.switch_page("pages/werkvoorraad.py").run()
    zonder_fouten(at.switch_page(TUSSENSTAND).run())
    assert at.session_state[tabbladen.TUSSENSTAND] == "Winstpunten"
    assert koppen_op_scherm(at) == ["Winstpunten"]
