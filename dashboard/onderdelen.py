"""A page of sections (onderdelen) shown one at a time in tabs, with a tab for reading them
all; every section still prints.

Why: a warm switch to the Tussenstand drew six plotly charts and eight data grids, and
such a switch is mostly the browser drawing them, not the server (docs/benchmarks.md,
"Tussenstand and Urenbalans switches (h45)"). With the sections as tabs that run only the
open tab (`dashboard.tabbladen`), a switch draws one section: the first tab holds what the
reader looks at first. The last tab, *Alles onder elkaar*, shows every section as the page
did before, for whoever reads the page as a whole; the chosen tab is kept across pages, so
that reader chooses it once.

Printing must still give every section, whatever tab is open: a closed section sends its
heading and tables as one static copy for paper only (hidden on the screen, printed in the
page's order; the tables as `stijl.afdruk_kopie`, which the browser builds when it prints).
Its charts print from *Alles onder elkaar* and are in the PDF report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import NamedTuple

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import stijl, tabbladen, ui

ALLES = "Alles onder elkaar"
"""The last tab: every section, charts and all, as one page."""


class Afdruk(NamedTuple):
    """A table of a section as paper shows it when the section's tab is closed (the
    arguments of `ui.tabel`: the frame, its Dutch headers, decimals, signed columns)."""

    frame: pl.DataFrame
    kolommen: dict[str, str]
    decimalen: dict[str, int] | None = None
    teken: Iterable[str] = ()
    rechts: Iterable[str] | None = None
    """Right-aligned headers; by default those of the numeric columns."""


@dataclass(frozen=True)
class Onderdeel:
    """One section: its tab's label, the heading above it, what draws it on the screen, and
    its tables for paper when its tab is closed (or what makes them, when they cost work
    that only a closed tab needs)."""

    tab: str
    kop: str
    toon: Callable[[], None]
    afdruk: Sequence[Afdruk] | Callable[[], Sequence[Afdruk]] = field(default_factory=tuple)
    leeg: str = "Nog geen cijfers."
    """What paper says under the heading when none of its tables has a row."""


def toon(onderdelen: Sequence[Onderdeel], key: str, subheader: bool = False) -> str:
    """Draw the tabs of `onderdelen` and *Alles onder elkaar* under widget `key`: the open
    tab's sections on the screen, each under its heading (`st.subheader` with `subheader`,
    else a markdown heading of level 4, as the page had them), the closed ones as their copy
    for paper: one element for the closed sections before the open one and one for those
    after it (an element fewer per section is less for the browser to mount). Returns the
    open tab's label."""
    gekozen, tab = tabbladen.open_tab([*(o.tab for o in onderdelen), ALLES], key)
    kop = "h3" if subheader else "h4"
    with tab:
        papier: list[str] = []
        for onderdeel in onderdelen:
            if gekozen not in (onderdeel.tab, ALLES):
                papier.append(op_papier(onderdeel, kop))
                continue
            _naar_papier(papier)
            if subheader:
                st.subheader(onderdeel.kop)
            else:
                st.markdown(f"#### {onderdeel.kop}")
            onderdeel.toon()
        _naar_papier(papier)
    return gekozen


def op_papier(onderdeel: Onderdeel, kop: str = "h4") -> str:
    """The HTML of a closed section on paper: its heading (an HTML `kop`) and tables, every
    cell escaped; or, without a table row, its `leeg` text."""
    afdruk = onderdeel.afdruk() if callable(onderdeel.afdruk) else onderdeel.afdruk
    tabellen = "".join(
        stijl.afdruk_kopie(
            fmt.tabel(t.frame, t.kolommen, t.decimalen, t.teken),
            ui.getal_koppen(t.frame, t.kolommen) if t.rechts is None else t.rechts,
        )
        for t in afdruk
        if t.frame.height
    )
    if not tabellen:
        tabellen = f'<p class="{stijl.PRINT}">{escape(onderdeel.leeg)}</p>'
    return f'<{kop} class="{stijl.PRINT}">{escape(onderdeel.kop)}</{kop}>{tabellen}'


def _naar_papier(papier: list[str]) -> None:
    """Send the collected closed sections as one element for paper only, and empty the
    list."""
    if papier:
        st.html(f'<div class="{stijl.BIJ}">{"".join(papier)}</div>')
        papier.clear()
