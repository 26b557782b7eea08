"""Small tables as static HTML tables instead of Streamlit's data grid.

Why: every `st.dataframe` is a glide data grid, a canvas with its own scripts, mounted on
each page switch; a page of seven small grids spent most of its switch drawing them
(docs/benchmarks.md, issue 26). A table of a few rows that needs no sorting or scrolling
reads as well as a plain table, which the browser draws at a fraction of the cost, and
which prints as it is shown (no copy for paper). The values are the same Dutch text as
the grid's (`cijfers.format.tabel`); every header and cell is escaped, so a source text
stays plain text. A table that grows with the data (the Werkvoorraad, the rejected rows)
or whose rows a person clicks stays a data grid (`dashboard.ui.tabel`).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Unpack

import polars as pl
import streamlit as st

from dashboard import stijl, ui


def tabel(
    frame: pl.DataFrame,
    kolommen: dict[str, str],
    decimalen: dict[str, int] | None = None,
    **opmaak: Unpack[ui.Opmaak],
) -> pl.DataFrame:
    """Show `frame` as a static table, as `dashboard.ui.tabel` would show it in a grid
    (the same `ui.Opmaak`): Dutch headers and values, numbers right-aligned, every row in
    view; wider than the column it scrolls sideways (and says so on a phone). A width of
    `breedtes` is a text column's least width in pixels, so a long text wraps readably
    (not on a phone: there the figures come first in view).
    Returns the displayed (text) frame."""
    html, tekst = blok(frame, kolommen, decimalen, **opmaak)
    st.html(html)
    return tekst


def blok(
    frame: pl.DataFrame,
    kolommen: dict[str, str],
    decimalen: dict[str, int] | None = None,
    **opmaak: Unpack[ui.Opmaak],
) -> tuple[str, pl.DataFrame]:
    """The HTML `tabel` shows (hint and scrolling box) and the displayed (text) frame,
    without showing it: for a table drawn inside a larger static element (the
    opdrachtformulier, `dashboard.formulier_html`)."""
    tekst = ui.tekst_van(frame, kolommen, decimalen, **opmaak)
    rechts = ui.getal_koppen(frame, kolommen)
    breedtes = {kolommen[bron]: int(b) for bron, b in (opmaak.get("breedtes") or {}).items()}
    html = tabel_html(tekst, rechts, breedtes)
    hint = stijl.alleen_smal(ui.SCHUIF_KOLOMMEN) if len(kolommen) > 3 else ""
    # a box that may scroll sideways is a labelled region a keyboard can reach (and scroll)
    vak = f'class="{stijl.LICHT}" tabindex="0" role="region" aria-label="Tabel"'
    return f"{hint}<div {vak}>{html}</div>", tekst


def tabel_html(
    frame: pl.DataFrame, rechts: Iterable[str] = (), breedtes: dict[str, int] | None = None
) -> str:
    """A displayed (text) table as a static HTML table: the columns `rechts` right-aligned
    (numbers), a column of `breedtes` at least that many pixels wide, a short text kept on
    one line (`KORT`). Every header and cell is escaped, so a source text stays plain
    text."""
    rechts = set(rechts)
    breedtes = breedtes or {}
    kop = "".join(
        f"<th{' class=getal' if k in rechts else ''}"
        + (f' style="min-width:{int(breedtes[k])}px"' if k in breedtes else "")
        + f">{escape(k)}</th>"
        for k in frame.columns
    )
    rijen = "".join(
        "<tr>"
        + "".join(
            f"<td{_klasse(k in rechts, str(v or ''))}>{escape(str(v or ''))}</td>"
            for k, v in zip(frame.columns, rij, strict=True)
        )
        + "</tr>"
        for rij in frame.iter_rows()
    )
    return (
        f'<table class="{stijl.LICHT}"><thead><tr>{kop}</tr></thead><tbody>{rijen}</tbody></table>'
    )


KORT = 20
"""A text cell up to this many characters never wraps (a date and time, a code, a name):
on a phone "17-08-2026 11:30" would otherwise break at every hyphen."""


def _klasse(getal: bool, tekst: str) -> str:
    if getal:
        return " class=getal"
    return " class=kort" if len(tekst) <= KORT else ""


GRENS = 30
"""Up to this many rows a table is read at once: static; beyond, it scrolls in a data grid."""


def tabel_of_grid(
    frame: pl.DataFrame,
    kolommen: dict[str, str],
    decimalen: dict[str, int] | None = None,
    *,
    grens: int = GRENS,
    rijen: int | None = None,
    regels: int = 1,
    **opmaak: Unpack[ui.Opmaak],
) -> pl.DataFrame:
    """A table that is small in most use but may grow with the data (the load runs, the
    rejected rows, a year's evaluations): static while it has at most `grens` rows, so a
    first visit mounts no data grid (whose code a new tab loads and runs first:
    docs/benchmarks.md, "First visits of the Werkbank, Data & kwaliteit and Werkvoorraad
    (h53)"); beyond, a data grid (`dashboard.ui.tabel`, showing `rijen` rows of `regels`
    lines), which scrolls. Both show `opmaak` alike. Returns the displayed (text) frame."""
    if frame.height <= grens:
        return tabel(frame, kolommen, decimalen, **opmaak)
    return ui.tabel(frame, kolommen, decimalen, rijen=rijen, regels=regels, **opmaak)
