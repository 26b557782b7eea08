"""Tabs that run only the chosen tab's body.

`st.tabs` runs and sends every tab's body on every run: on the Werkbank that was seven
tabs of tables, charts and widgets for one visible tab, most of a page switch's time in
the browser (docs/benchmarks.md, "Lazy Werkbank tabs"). With `on_change="rerun"` the
tabs keep their choice in the session and a click on a tab reruns the page, so the page
can run just the open tab. The choice is also kept under a plain session key: a widget's
own state is dropped when the person visits another page, and the tab a person chose
should still be open when they come back.
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
