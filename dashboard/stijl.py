"""Page-wide CSS of the platform: a print layout and small-screen help.

Why CSS: Streamlit has no print layout and cannot know the screen's width on the server.
Printing (browser print to A4) must give the figures, titles and the peildatum only: the
sidebar, the header, every control and download button are hidden, and the scrolling
containers are opened up so every page of the content prints. Charts are zoomed to the
A4 width; tables print as a plain HTML copy of what the screen's data grid shows (the grid
is a scrolling canvas and would be cut on paper). On a phone, texts marked `alleen-smal`
(say, "swipe the table for more columns") appear, and tables and charts keep room above
them for their toolbar.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import polars as pl
import streamlit as st

SMAL = "alleen-smal"
"""The class of a text that only a narrow screen shows (see `bij_tabel`)."""
PRINT = "alleen-print"
"""The class of what only paper shows: a table's static copy (see `bij_tabel`)."""
BIJ = "bij-tabel"
"""The class of the HTML beside each table: its element takes no room on a wide screen."""
SCRIPT = "pagina-script"
"""The class of the page's own script (see `ENTER_IN_DATUM`): its element takes no room."""

CSS = f"""
<style>
.{SMAL}, .{PRINT} {{ display: none; }}
[data-testid="stElementContainer"]:has(.{BIJ}),
[data-testid="stElementContainer"]:has(script.{SCRIPT}) {{ display: none; }}
table.{PRINT} {{ border-collapse: collapse; font-size: 9pt; margin: 0 0 0.5rem 0; }}
table.{PRINT} th, table.{PRINT} td {{
  border-bottom: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top;
}}
table.{PRINT} td.getal {{ text-align: right; white-space: nowrap; }}
@media (max-width: 640px) {{
  .{SMAL} {{ display: block; }}
  [data-testid="stElementContainer"]:has(.{BIJ} .{SMAL}) {{ display: block; }}
  [data-testid="stElementContainer"]:has(> [data-testid="stDataFrame"]),
  [data-testid="stElementContainer"]:has(> [data-testid="stPlotlyChart"]) {{
    margin-top: 2.25rem;
  }}
}}
@page {{ size: A4 portrait; margin: 12mm 10mm; }}
@media print {{
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
  [data-testid="stHeader"], header, [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stStatusWidget"], [data-testid="stElementToolbar"],
  [data-testid="stRadio"], [data-testid="stSelectbox"], [data-testid="stMultiSelect"],
  [data-testid="stDateInput"], [data-testid="stTextInput"], [data-testid="stButton"],
  [data-testid="stDownloadButton"], [data-testid="stExpander"], [data-testid="stPageLink"],
  [data-testid="stTabs"] [role="tablist"], .{SMAL}, .niet-printen {{ display: none !important; }}
  html, body, #root, .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stMainBlockContainer"] {{
    height: auto !important; min-height: 0 !important; overflow: visible !important;
    position: static !important;
  }}
  [data-testid="stMain"] {{ zoom: 0.72; }}
  [data-testid="stDataFrame"] {{ display: none !important; }}
  .{PRINT} {{ display: block !important; }}
  table.{PRINT} {{ display: table !important; }}
  [data-testid="stElementContainer"]:has(.{BIJ} .{PRINT}) {{ display: block !important; }}
  [data-testid="stMainBlockContainer"] {{ padding: 0 !important; max-width: none !important; }}
  h1, h2, h3, h4 {{ break-after: avoid; }}
  [data-testid="stPlotlyChart"], [data-testid="stDataFrame"], [data-testid="stAlert"] {{
    break-inside: avoid;
  }}
}}
</style>
"""


# Enter in a date field applies the typed date. Streamlit's date field takes a typed value
# only when the user clicks elsewhere; people press Enter and see nothing happen. The script
# (ours, a constant: no source text ever reaches it) does on Enter what a click elsewhere
# does: a pointer press on the page, then the field loses focus (a bare blur() is not
# enough: the field waits for the press). It runs in the page itself (`st.html`), not in
# an iframe: no extra request per session.
ENTER_IN_DATUM = (
    f'<script class="{SCRIPT}">'
    + """
if (!window.proeftuinEnterInDatum) {
  window.proeftuinEnterInDatum = true;
  document.addEventListener("keydown", (event) => {
    const veld = event.target.closest && event.target.closest('[data-testid="stDateInput"]');
    if (event.key !== "Enter" || !veld) {
      return;
    }
    const klik = { bubbles: true, cancelable: true, composed: true };
    document.body.dispatchEvent(new PointerEvent("pointerdown", klik));
    document.body.dispatchEvent(new MouseEvent("mousedown", klik));
    event.target.blur();
    document.body.dispatchEvent(new PointerEvent("pointerup", klik));
    document.body.dispatchEvent(new MouseEvent("mouseup", klik));
  }, true);
}
</script>
"""
)


def toepassen() -> None:
    """Add the CSS (every run: it goes when its element goes) and the Enter-in-a-date-field
    script (once per session: its listener stays in the page) to the page."""
    st.html(CSS)
    eenmaal(ENTER_IN_DATUM)


PLAATSHOUDER = "<span hidden></span>"
"""What a later run sends where a one-time script stood."""


AANGEKOMEN = "_scripts_aangekomen"
"""Set when a run of this session ended (`run_af`): its one-time scripts reached the tab."""


def eenmaal(script: str) -> None:
    """Run `script` (a constant of ours, which guards itself with a flag on `window`) in this
    browser tab with the session's first run. Why once: a script that installs a listener
    or observer keeps working once it ran, and sending it with every run cost every page
    switch its bytes (issue 26). Why until a run ended, not only in the first: a first run
    cut short by a rerun (a click while the page still loads, many sessions busy) may
    never have drawn the script, and the tab would then stay without it."""
    if st.session_state.get(AANGEKOMEN):
        # an element of the same kind in the same place: Streamlit knows the page's elements
        # by their position, and one element fewer before the page moves every element after
        # it (st.tabs then opens its first tab again at the next click)
        st.html(PLAATSHOUDER)
        return
    st.html(script, unsafe_allow_javascript=True)


def run_af() -> None:
    """At the end of a run of the app: everything it sent, the one-time scripts among them,
    is on its way to the tab in order, so later runs leave the scripts out."""
    st.session_state[AANGEKOMEN] = True


def bij_tabel(
    frame: pl.DataFrame, rechts: Iterable[str] = (), hint: str | None = None, afdruk: bool = True
) -> None:
    """Beside a data grid: `hint` for a phone only, and (with `afdruk`) a static copy of the
    displayed (text) table for paper only. Every cell is escaped: source texts stay plain
    text. Without `afdruk` (a table paper never shows, such as the figures under a chart in
    a folded expander, which print hides) and without a hint, nothing is sent."""
    smal = (
        f'<p class="{SMAL}" style="font-size:0.875rem;margin:0">{escape(hint)}</p>' if hint else ""
    )
    if not afdruk:
        if smal:
            st.html(f'<div class="{BIJ}">{smal}</div>')
        return
    st.html(f'<div class="{BIJ}">{smal}{afdruk_tabel(frame, rechts)}</div>')


def afdruk_tabel(frame: pl.DataFrame, rechts: Iterable[str] = ()) -> str:
    """The static HTML table for paper of a displayed (text) table, numbers (`rechts`)
    right-aligned; every cell escaped, so source texts stay plain text."""
    rechts = set(rechts)
    kop = "".join(f"<th>{escape(k)}</th>" for k in frame.columns)
    rijen = "".join(
        "<tr>"
        + "".join(
            f"<td{' class=getal' if k in rechts else ''}>{escape(str(v or ''))}</td>"
            for k, v in zip(frame.columns, rij, strict=True)
        )
        + "</tr>"
        for rij in frame.iter_rows()
    )
    return f'<table class="{PRINT}"><thead><tr>{kop}</tr></thead><tbody>{rijen}</tbody></table>'
