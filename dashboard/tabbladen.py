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
W = TypeVar("W")


def open_tab(labels: Sequence[str], key: str) -> tuple[str, DeltaGenerator]:
    """Show tabs `labels` (the first open by default) and return the open tab's label and
    container; only that container should get content."""
    bewaard = f"{key}_bewaard"
    if key not in st.session_state and st.session_state.get(bewaard) in labels:
        st.session_state[key] = st.session_state[bewaard]
    tabs = st.tabs(list(labels), key=key, on_change="rerun")
    gekozen = next((label for label, tab in zip(labels, tabs, strict=True) if tab.open), labels[0])
    st.session_state[bewaard] = gekozen
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
    bewaard = f"{key}_bewaard"
    if key not in st.session_state:
        oud = st.session_state.get(bewaard)
        if oud is not None and _onder(oud, opties):
            st.session_state[key] = oud
        elif standaard is not None:
            st.session_state[key] = standaard
    waarde = widget(label, opties, key=key, **kwargs)
    st.session_state[bewaard] = waarde
    return waarde


def _onder(waarde: Any, opties: Sequence[Any]) -> bool:
    """Whether a kept value (one option, or a list of them) is still offered."""
    if isinstance(waarde, list):
        return all(w in opties for w in waarde)
    return waarde in opties
