"""The Werkbank runs only its open tab (dashboard.tabbladen): every tab can be opened and
shows its own content, the others are not run, and the chosen tab stays open across a
rerun and a visit to another page."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import tabbladen, teksten, werkbank_signalen
from tests.dashboard.bouw import app
from tests.dashboard.helpers import tekst, widget, zonder_fouten
from warehouse.settings import WAREHOUSE_ENV

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


def test_a_run_opens_the_last_choice_not_the_tab_the_run_before_kept(klein_warehouse):
    """Each run takes the open tab from the tab bar's own state, which holds the person's
    last choice; what the run before kept for a return from another page (Toets) does not
    override it (the browser's side of a quick second choice: test_browser_tabbladen)."""
    at = zonder_fouten(app(PAGINA, tab="Toets"))
    at.session_state[tabbladen.WERKBANK] = "Kandidaten"  # chosen before Toets's run was read
    zonder_fouten(at.run())
    assert [t.label for t in at.tabs if len(t.children)] == ["Kandidaten"]
    assert "Open opdracht" in labels(at)


def _open(at, tab: str):
    """Open a tab as a click on it does (the tab's choice, then the rerun it asks for)."""
    at.session_state[tabbladen.WERKBANK] = tab
    return zonder_fouten(at.run())


def test_a_tabs_filters_and_choices_stay_after_a_look_at_another_tab(
    demo_warehouse: Path, monkeypatch: pytest.MonkeyPatch
):
    """Only the open tab's widgets are drawn, and Streamlit drops the state of a widget it
    did not draw; the filters and choices of a tab are given back when it opens again."""
    monkeypatch.setenv(WAREHOUSE_ENV, str(demo_warehouse))
    at = zonder_fouten(app(PAGINA))
    at.session_state[werkbank_signalen.FILTERS] = True  # the signal filters' panel opened
    at.run()
    widget(at.multiselect, "Signaal").select("budget_overschreden").run()
    widget(at.multiselect, "Gemeente").select("DOR").run()
    _open(at, "Kandidaten")
    kandidaat = widget(at.selectbox, "Open opdracht")
    andere = "PT-31"  # an open opdracht of the demo, not the first one listed
    assert kandidaat.value != andere
    kandidaat.select(andere).run()
    _open(at, "Bezetting")
    assert "Signaal" not in labels(at)
    _open(at, "Signalen")
    at.session_state[werkbank_signalen.FILTERS] = True  # opened again after the visit
    at.run()
    assert widget(at.multiselect, "Signaal").value == ["budget_overschreden"]
    assert widget(at.multiselect, "Gemeente").value == ["DOR"]
    _open(at, "Kandidaten")
    assert widget(at.selectbox, "Open opdracht").value == andere
