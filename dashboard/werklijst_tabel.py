"""The Werkvoorraad's list: a static table while it is short enough to read, a data grid
beyond.

Why: a data grid is about 30 chunks of Streamlit's frontend (1,6 MB of script) that a new
tab loads and runs before the grid shows; it kept the Werkvoorraad's first visit above the
bare Streamlit app's while every other page's was below it (docs/benchmarks.md,
"Werkvoorraad's first view (h56)"). Up to `GRENS` opdrachten the list is a static HTML
table (`dashboard.tabel_licht`) in a box of about fifteen rows that scrolls, its header in
view; the rows that need attention keep the warm background, and the ⚠ before the number
(no opdrachtnemer) and the Signalen column say the same in words. An opdracht is opened
with the select box *Opdracht openen* above the list (by mouse, or by keyboard: type part
of the number or title, Enter), which the page shows in both cases; beyond `GRENS` the list
is the data grid again, which scrolls thousands of rows and opens an opdracht with a click
on its row too.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl
import streamlit as st

from dashboard import tabel_licht, ui, werklijst

GRENS = 100
"""Up to this many opdrachten the list is a static table. Why 100: a static row costs the
browser a few table cells where the grid's first view costs its ~30 chunks, and a list of
up to a hundred is still read by scrolling its box (the select box above it finds any one by
typing); beyond, the grid's scrolling of only the rows in view earns its cost."""

MINSTENS = {"titel": 150, "profiel_opdrachtnemer": 150}
"""A long text column's least width in pixels in the static table, so it wraps readably."""

_RIJ = "<tr>"


def gemarkeerd(html: str, markeer: list[bool]) -> str:
    """`html` of `tabel_licht.blok` with the rows of `markeer` (True) given the class
    `werklijst.GEMARKEERD`. Safe to find the rows by their `<tr>` tag: every header and cell
    is escaped, so a source text never holds one."""
    kop, *rijen = html.split(_RIJ)
    gemerkt = f'<tr class="{werklijst.GEMARKEERD}">'
    return (
        kop
        + _RIJ
        + rijen[0]
        + "".join((gemerkt if m else _RIJ) + rij for m, rij in zip(markeer, rijen[1:], strict=True))
    )


def is_grid(gekozen: pl.DataFrame, grens: int = GRENS) -> bool:
    """Whether the list of `gekozen` is shown as a data grid (longer than `grens`)."""
    return gekozen.height > grens


def toon(
    gekozen: pl.DataFrame,
    namen: dict[str, str],
    kies: str,
    bij_keuze: Callable[[], None],
    grens: int = GRENS,
) -> pl.DataFrame:
    """Show the opdrachten `gekozen` (filtered and ordered) as the Werkvoorraad's list:
    static up to `grens` rows, else a data grid whose clicked row (widget key `kies`) runs
    `bij_keuze`. Returns the displayed (text) frame."""
    markeer = (
        gekozen.select(werklijst.zoekt_nemer() | pl.col("signaal_tekst").is_not_null())
        .to_series()
        .to_list()
    )
    lijst = werklijst.lijst(gekozen, namen)
    if is_grid(gekozen, grens):
        return ui.tabel(
            lijst,
            werklijst.KOLOMMEN,
            {"resterende_uren": 0},
            markeer=markeer,
            kies=kies,
            bij_keuze=bij_keuze,
            breedtes=werklijst.BREEDTES,
            rijen=15,
        )
    html, tekst = tabel_licht.blok(
        lijst, werklijst.KOLOMMEN, {"resterende_uren": 0}, breedtes=MINSTENS
    )
    st.html(f'<div class="{werklijst.KLASSE}">{gemarkeerd(html, markeer)}</div>')
    return tekst
