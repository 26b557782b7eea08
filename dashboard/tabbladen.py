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

from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

WERKBANK = "werkbank_tab"  # the Werkbank's tabs; also what a test sets to open one


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
