"""Tabs that run only the chosen tab's body.

`st.tabs` runs and sends every tab's body on every run: on the Werkbank that was seven
tabs of tables, charts and widgets for one visible tab, most of a page switch's time in
the browser (docs/benchmarks.md, "Lazy Werkbank tabs"). With `on_change="rerun"` the
tabs keep their choice in the session and a click on a tab reruns the page, so the page
can run just the open tab. The choice is also kept under a plain session key: a widget's
own state is dropped when the person visits another page, and the tab a person chose
should still be open when they come back.

The tab chosen last wins, however quickly a person moves on (`LAATSTE_KEUZE`): Streamlit's
frontend takes the open tab from every run's answer when it differs from the answer
before, and also sets the widget's value to it. A run's answer that arrives after the
person chose the next tab, but before that choice was sent, thus replaces the choice: two
arrow keys pressed at once could leave the Werkbank on the first key's tab (the server had
only ever heard of that tab; tests/dashboard/test_browser_tabbladen.py). The server cannot
undo that, so the page keeps the person's last choice and chooses it again when a run
ended on another tab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

WERKBANK = "werkbank_tab"  # the Werkbank's tabs; also what a test sets to open one
TUSSENSTAND = "tussenstand_tab"  # the Tussenstand's sections (dashboard.onderdelen)
URENBALANS = "urenbalans_tab"  # the Urenbalans's sections
W = TypeVar("W")

# The person's last tab choice, chosen again when a run's answer left another tab open
# (see the module's docstring). Ours, a constant (no source text reaches it), run once per
# browser tab (`stijl.toepassen`, with the page's other scripts). A choice is the tab
# clicked, or the tab an arrow, Home or End key on a tab goes to, reckoned here as the
# frontend moves (the next or previous tab, round at the ends): the frontend may drop such
# a key while a run goes, or move before its focus can be read; a key on the page itself
# while a choice waits goes on from that choice (the tab bar lost focus when the page was
# drawn again). It is kept per tab bar until a run ended with it open, or the page
# changed. When a run has ended (the app's script state is notRunning) and another tab is
# open, the chosen tab is clicked (and focused): a choice like the person's own, which the
# frontend sends and the page runs.
LAATSTE_KEUZE = """
if (!window.proeftuinLaatsteTab) {
  window.proeftuinLaatsteTab = true;
  const gekozen = new WeakMap();
  const label = (tab) => tab.textContent.trim();
  const kies = (tab, stap) => {
    const tabs = tab && tab.closest('[data-testid="stTabs"]');
    if (!tabs) return;
    const alle = [...tabs.querySelectorAll('[role="tab"]')];
    const i = alle.indexOf(tab);
    const j = stap === "Home" ? 0 : stap === "End" ? alle.length - 1 : i + (stap || 0);
    const doel = alle[(j + alle.length) % alle.length];
    if (i >= 0) gekozen.set(tabs, { label: label(doel), pagina: location.pathname });
    if (i >= 0) laatste = tabs;
  };
  let laatste = null;
  const tab = (e) => e.isTrusted && e.target.closest && e.target.closest('[role="tab"]');
  document.addEventListener("click", (e) => kies(tab(e)), true);
  const STAP = { ArrowRight: 1, ArrowLeft: -1, Home: "Home", End: "End" };
  const VELD = "input, textarea, select, [contenteditable], [role=grid], [role=slider]";
  // a key on the page itself while a choice waits: the tab bar let go of focus when the
  // page was drawn again, and the key was meant for it
  const wacht = () => laatste && laatste.isConnected && gekozen.get(laatste);
  const vanKeuze = () =>
    [...laatste.querySelectorAll('[role="tab"]')].find((t) => label(t) === wacht().label);
  document.addEventListener("keydown", (e) => {
    if (!STAP[e.key] || !e.isTrusted) return;
    if (tab(e)) kies(tab(e), STAP[e.key]);
    else if (!e.target.closest(VELD) && wacht()) kies(vanKeuze(), STAP[e.key]);
  }, true);
  const app = () => document.querySelector('[data-testid="stApp"]');
  const klaar = () => app() && app().getAttribute("data-test-script-state") === "notRunning";
  const herstel = () => {
    if (!klaar()) return;
    for (const tabs of document.querySelectorAll('[data-testid="stTabs"]')) {
      const keuze = gekozen.get(tabs);
      const open = tabs.querySelector('[role="tab"][aria-selected="true"]');
      if (!keuze || !open) continue;
      const tab = [...tabs.querySelectorAll('[role="tab"]')].find((t) => label(t) === keuze.label);
      if (!tab || tab === open || keuze.pagina !== location.pathname) gekozen.delete(tabs);
      else if (tab.getAttribute("aria-disabled") !== "true") {
        tab.click();
        tab.focus();  // the next key goes on from here
      }
    }
  };
  new MutationObserver(() => klaar() && setTimeout(herstel, 50)).observe(document.body, {
    subtree: true, attributes: true, attributeFilter: ["data-test-script-state"],
  });
}
"""


def open_tab(labels: Sequence[str], key: str) -> tuple[str, DeltaGenerator]:
    """Show tabs `labels` (the first open by default) and return the open tab's label and
    container; only that container should get content."""
    _geef_terug(key, labels)
    tabs = st.tabs(list(labels), key=key, on_change="rerun")
    gekozen = next((label for label, tab in zip(labels, tabs, strict=True) if tab.open), labels[0])
    st.session_state[_bewaard(key)] = gekozen
    return gekozen, tabs[list(labels).index(gekozen)]


def blijvend(
    widget: Callable[..., W],
    label: str,
    opties: Sequence[Any],
    *,
    key: str,
    standaard: Any = None,
    **kwargs: Any,
) -> W:
    """Draw a select widget of a tab (`st.selectbox`, `st.multiselect`, or a column's) that
    keeps its value while the person looks at another tab.

    Streamlit drops a widget's state in a run that does not draw it, and with only the open
    tab running a filter would be empty again after a look at the next tab. The value is
    kept under a plain session key and given back before the widget is drawn, when it is
    still among `opties`; otherwise `standaard` (when given) is the first value. The value
    is set through the session state, never as the widget's own default, so Streamlit
    does not warn about both."""
    _geef_terug(key, opties, standaard)
    waarde = widget(label, opties, key=key, **kwargs)
    st.session_state[_bewaard(key)] = waarde
    return waarde


def bewaard(key: str, standaard: Any = None) -> Any:
    """The value of a `blijvend` widget `key` in a run that does not draw it (its tab is
    closed): the value it was left at, else `standaard`."""
    return st.session_state.get(key, st.session_state.get(_bewaard(key), standaard))


def _bewaard(key: str) -> str:
    """The plain session key that keeps widget `key`'s value over runs that do not draw it."""
    return f"{key}_bewaard"


def _geef_terug(key: str, opties: Sequence[Any], standaard: Any = None) -> None:
    """Before widget `key` is drawn in a run after one that did not draw it: its kept value
    when that is still among `opties`, else `standaard` (when given)."""
    if key in st.session_state:
        return
    oud = st.session_state.get(_bewaard(key))
    if oud is not None and _onder(oud, opties):
        st.session_state[key] = oud
    elif standaard is not None:
        st.session_state[key] = standaard


def _onder(waarde: Any, opties: Sequence[Any]) -> bool:
    """Whether a kept value (one option, or a list of them) is still offered."""
    if isinstance(waarde, list):
        return all(w in opties for w in waarde)
    return waarde in opties
