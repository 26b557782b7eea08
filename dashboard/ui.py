"""Small rendering helpers shared by the pages (no data access here)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypedDict, Unpack

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import stijl
from dashboard.figuren import Grafiek

GRAFIEK_CIJFERS = "Cijfers bij deze grafiek"


SCHUIF_KOLOMMEN = "Schuif de tabel opzij voor meer kolommen."
"""What a phone says under a table wider than its screen."""


def getal_koppen(frame: pl.DataFrame, kolommen: dict[str, str]) -> list[str]:
    """The Dutch headers of `frame`'s numeric columns: the ones a table right-aligns."""
    return [kop for bron, kop in kolommen.items() if frame.schema[bron].is_numeric()]


class Opmaak(TypedDict, total=False):
    """How a table shows its frame beyond the Dutch headers and decimals, given by name and
    the same for the data grid (`tabel`) and the static tables (`dashboard.tabel_licht`),
    so a table can move from one to the other unchanged. `teken`: the columns whose figures
    show their sign. `eenheden`: a unit after a column's numbers (source column -> " %").
    `breedtes`: a column's width (source column -> pixels; the grid also takes
    "small"/"medium"/"large"), so the columns that matter fit."""

    teken: Iterable[str]
    eenheden: dict[str, str] | None
    breedtes: dict[str, str | int] | None


def tekst_van(
    frame: pl.DataFrame,
    kolommen: dict[str, str],
    decimalen: dict[str, int] | None = None,
    **opmaak: Unpack[Opmaak],
) -> pl.DataFrame:
    """`frame` as a table shows it: Dutch headers, Dutch-formatted values, and a unit after
    a column's numbers (`Opmaak`; its widths do not change the text)."""
    getoond = fmt.tabel(frame, kolommen, decimalen, opmaak.get("teken", ()))
    for bron, eenheid in (opmaak.get("eenheden") or {}).items():
        kop = pl.col(kolommen[bron])
        getoond = getoond.with_columns(pl.when(kop != "").then(kop + eenheid).otherwise(kop))
    return getoond


def tabel(
    frame: pl.DataFrame,
    kolommen: dict[str, str],
    decimalen: dict[str, int] | None = None,
    *,
    markeer: list[bool] | None = None,
    kies: str | None = None,
    bij_keuze: Callable[[], None] | None = None,
    rijen: int | None = None,
    regels: int = 1,
    afdruk: bool = True,
    **opmaak: Unpack[Opmaak],
) -> pl.DataFrame:
    """Show `frame` with Dutch headers and Dutch-formatted values (`Opmaak`); numbers
    right-aligned.

    `markeer` gives rows that must stand out (True) a warm background. `kies` makes one
    row selectable by clicking it, under that widget key; `bij_keuze` then runs when the
    selection changes (it reads `st.session_state[kies].selection.rows`). `rijen`: show up
    to that many rows without scrolling (Streamlit's default is about ten). `regels`:
    lines of text per row, so long texts wrap in view. `afdruk=False` leaves out the
    static copy for paper (`stijl.bij_tabel`), for a table that never prints.
    Returns the displayed (text) frame, so tests and downloads can use exactly what is shown.
    """
    getoond = tekst_van(frame, kolommen, decimalen, **opmaak)
    breedtes = opmaak.get("breedtes") or {}
    kolomopmaak = {
        kop: st.column_config.TextColumn(
            kop,
            alignment="right" if frame.schema[bron].is_numeric() else None,
            width=breedtes.get(bron),
        )
        for bron, kop in kolommen.items()
        if frame.schema[bron].is_numeric() or bron in breedtes
    }
    data = getoond.to_pandas()
    if markeer is not None:
        achtergrond = ["background-color: #FFF3CD" if m else "" for m in markeer]
        data = data.style.apply(lambda kolom: achtergrond, axis=0)
    rij = 35 if regels == 1 else 12 + 21 * regels
    hoogte: int | str = "auto" if rijen is None else rij * min(rijen, frame.height) + 35 + 3
    extra = {} if regels == 1 else {"row_height": rij}
    stijl.bij_tabel(
        getoond,
        getal_koppen(frame, kolommen),
        SCHUIF_KOLOMMEN if len(kolommen) > 3 else None,
        afdruk,
    )
    if kies is None:
        st.dataframe(data, hide_index=True, column_config=kolomopmaak, height=hoogte, **extra)
    else:
        st.dataframe(
            data,
            hide_index=True,
            column_config=kolomopmaak,
            height=hoogte,
            **extra,
            key=kies,
            on_select=bij_keuze or "rerun",
            selection_mode="single-row",
        )
    return getoond


def plotly(grafiek: Grafiek) -> None:
    """Render a chart of `dashboard.figuren` (Dutch formats are set on the figure itself,
    see charts), with its figures as a table right under it (folded), for whoever cannot
    see the chart.

    Without plotly's mode bar: its button tips are English ("Download plot as a png" saves
    'newplot.png'); zooming by dragging and resetting by double-click still work.
    """
    fig, tabel_van_grafiek = grafiek
    st.plotly_chart(fig, config={"displaylogo": False, "displayModeBar": False})
    if tabel_van_grafiek.width > 1 and tabel_van_grafiek.height:
        waarden = tabel_van_grafiek.columns[1:]
        getallen = [v for k in waarden for v in tabel_van_grafiek[k].drop_nulls().to_list()]
        with st.expander(GRAFIEK_CIJFERS, icon=":material/table:"):
            tabel(
                tabel_van_grafiek,
                {k: k for k in tabel_van_grafiek.columns},
                dict.fromkeys(waarden, 0 if all(float(v).is_integer() for v in getallen) else 1),
                teken=waarden if any(v < 0 for v in getallen) else (),
                afdruk=False,  # print hides the expander; the chart prints itself
            )


def matrix(getoond: pl.DataFrame, eerste_breedte: int = 250) -> None:
    """A displayed (text) matrix such as the plan's 'tussenstand van het uren tegoed': the
    first column (the opdracht titles) as wide as leaves all six gemeenten in view at
    1366 px (titles of up to about 35 characters whole; a longer one shows whole on
    hover), the figures right-aligned, every row in view."""
    eerste, *rest = getoond.columns
    opmaak = {eerste: st.column_config.TextColumn(eerste, width=eerste_breedte)}
    opmaak |= {kop: st.column_config.TextColumn(kop, alignment="right") for kop in rest}
    stijl.bij_tabel(getoond, rest, "Schuif de tabel opzij voor meer gemeenten.")
    st.dataframe(
        getoond, hide_index=True, column_config=opmaak, height=35 * (getoond.height + 1) + 3
    )


MARKDOWN_TEKENS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$=:])")
# GitHub's autolinks survive escapes (`http://`, `www.`, `a@b.nl`, `mailto:` became links in
# Chromium): a zero-width space before the mark that makes them breaks them, invisibly
AUTOLINK = re.compile(r"(?i)(\\:(?=//)|(?<=www)\\\.|@|(?<=mailto)\\:|(?<=xmpp)\\:)")


def plat(tekst: str) -> str:
    """Source text for `st.markdown` and alerts, shown exactly as written: every character
    markdown would interpret is escaped, so it can never become a link, image, heading or
    table; line breaks stay line breaks."""
    escaped = MARKDOWN_TEKENS.sub(r"\\\1", str(tekst))
    return AUTOLINK.sub("\u200b\\1", escaped).replace("\n", "  \n")


def platte_tekst(kop: str, waarde: str | None) -> None:
    """A bold heading with source text below it as plain text ('–' when empty)."""
    st.markdown(f"**{kop}**  \n" + (plat(waarde) if waarde else "–"))
