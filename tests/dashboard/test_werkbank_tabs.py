"""The Werkbank runs only its open tab (dashboard.tabbladen): every tab can be opened and
shows its own content, the others are not run, and the chosen tab stays open across a
rerun and a visit to another page."""

from __future__ import annotations

from dashboard import tabbladen, teksten
from tests.dashboard.bouw import app
from tests.dashboard.helpers import tekst, zonder_fouten

PAGINA = "pages/werkbank.py"
TABBLADEN = ["Signalen", "Toets", "Kandidaten", "Bezetting", "Voorstel", "Combineren", "Wat als"]
# a widget (by label) or a text only that tab shows
EIGEN = {"Signalen": "Boekjaar", "Kandidaten": "Open opdracht"}
EIGEN_TEKST = {"Bezetting": teksten.BEZETTING, "Wat als": teksten.WAT_ALS}


def labels(at) -> set[str]:
    return {w.label for soort in (at.selectbox, at.multiselect) for w in soort}


def test_every_tab_opens_alone_without_errors(klein_warehouse):
    for tab in TABBLADEN:
        at = zonder_fouten(app(PAGINA, tab=tab))
        assert [t.label for t in at.tabs] == TABBLADEN  # the tab bar is always whole
        assert at.session_state[tabbladen.WERKBANK] == tab
        # the content is inside the open tab, and only there
        gevuld = [t.label for t in at.tabs if len(t.children)]
        assert gevuld == [tab], gevuld
        for ander, eigen in EIGEN.items():
            assert (eigen in labels(at)) == (ander == tab), (tab, ander)
        for ander, eigen in EIGEN_TEKST.items():
            assert (eigen in tekst(at)) == (ander == tab), (tab, ander)


def test_the_first_tab_is_open_by_default(klein_warehouse):
    at = zonder_fouten(app(PAGINA))
    assert at.session_state[tabbladen.WERKBANK] == "Signalen"
    assert "Boekjaar" in labels(at) and "Open opdracht" not in labels(at)


def test_the_chosen_tab_survives_a_rerun_and_a_visit_to_another_page(klein_warehouse):
    at = zonder_fouten(app(PAGINA, tab="Kandidaten"))
    at.run()
    assert "Open opdracht" in labels(at)
    at.switch_page("pages/werkvoorraad.py").run()
    assert at.title[0].value == "Werkvoorraad"
    zonder_fouten(at.switch_page(PAGINA).run())
    assert at.session_state[tabbladen.WERKBANK] == "Kandidaten"
    assert "Open opdracht" in labels(at) and "Boekjaar" not in labels(at)
