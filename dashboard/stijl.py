"""Page-wide CSS of the platform: a print layout and small-screen help.

Why CSS: Streamlit has no print layout and cannot know the screen's width on the server.
Printing (browser print to A4) must give the figures, titles and the peildatum only: the
sidebar, the header, every control and download button are hidden, and the scrolling
containers are opened up so every page of the content prints. Charts are zoomed to the
A4 width; tables print as a plain HTML copy of what the screen's data grid shows (the grid
is a scrolling canvas and would be cut on paper). That copy is built by the browser when it
prints (`AFDRUK_BIJ_PRINT`), from its texts sent in one attribute: a hidden table of every
row cost each page switch its DOM nodes (about 1 200 of the Werkvoorraad's 1 990, issue
26). On a phone, texts marked `alleen-smal` (say, "swipe the table for more columns")
appear, and tables and charts keep room above them for their toolbar.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from html import escape

import polars as pl
import streamlit as st

from dashboard import formulier_html, werklijst

SMAL = "alleen-smal"
"""The class of a text that only a narrow screen shows (see `bij_tabel`)."""
PRINT = "alleen-print"
"""The class of what only paper shows: a table's static copy (see `bij_tabel`)."""
BIJ = "bij-tabel"
"""The class of the HTML beside each table: its element takes no room on a wide screen."""
LICHT = "tabel-licht"
"""The class of a small table shown as a static HTML table (`dashboard.tabel_licht`)."""
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
table.{PRINT} .getal {{ text-align: right; white-space: nowrap; }}
div.{LICHT} {{ overflow-x: auto; margin-bottom: 0.25rem; }}
table.{LICHT} {{ border-collapse: collapse; font-size: 0.875rem; line-height: 1.4; }}
table.{LICHT} th, table.{LICHT} td {{
  border: 1px solid rgba(49, 51, 63, 0.12); padding: 0.3rem 0.6rem; text-align: left;
  vertical-align: top;
}}
table.{LICHT} th {{ background: #f8f9fb; font-weight: 600; color: rgba(49, 51, 63, 0.8); }}
table.{LICHT} .getal {{
  text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums;
}}
table.{LICHT} .kort {{ white-space: nowrap; }}
div.{werklijst.KLASSE} div.{LICHT} {{ max-height: 34rem; overflow: auto; }}
div.{werklijst.KLASSE} th {{ position: sticky; top: 0; z-index: 1; }}
table.{LICHT} tr.{werklijst.GEMARKEERD} td {{ background: #FFF3CD; }}
{formulier_html.CSS}
@media (max-width: 640px) {{
  .{SMAL} {{ display: block; }}
  [data-testid="stElementContainer"]:has(.{BIJ} .{SMAL}) {{ display: block; }}
  table.{LICHT} th {{ min-width: 0 !important; }}
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
  div.{LICHT} {{ overflow: visible !important; max-height: none !important; }}
  table.{LICHT} {{ font-size: 9pt; }}
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


AFDRUK = "data-afdruk"
"""The attribute that carries a table's copy for paper until the browser prints."""

# Tables print as a static copy (the data grid is a canvas). The copy is sent as JSON in
# one attribute of an empty element (`bij_tabel`), and this script (ours, a constant) builds
# the table from it when the browser prints: `beforeprint` (the print dialog, Ctrl+P,
# page.pdf()) and the print media query (print preview by emulation). Every cell is set as
# text (`textContent`), never as HTML, so a source text stays plain text.
AFDRUK_BIJ_PRINT = (
    f'<script class="{SCRIPT}">'
    + """
if (!window.proeftuinAfdruk) {
  window.proeftuinAfdruk = true;
  const rij = (cellen, soort, ouder, rechts) => {
    const tr = ouder.appendChild(document.createElement("tr"));
    cellen.forEach((tekst, i) => {
      const cel = tr.appendChild(document.createElement(soort));
      cel.textContent = tekst;
      if (rechts.includes(i)) cel.className = "getal";
    });
  };
  const vul = () => {
    for (const kopie of document.querySelectorAll("[AFDRUK]")) {
      if (kopie.firstElementChild) continue;
      const { koppen, rijen, rechts } = JSON.parse(kopie.getAttribute("AFDRUK"));
      const tabel = document.createElement("table");
      tabel.className = "PRINT";
      rij(koppen, "th", tabel.createTHead(), rechts);
      const romp = tabel.createTBody();
      for (const cellen of rijen) rij(cellen, "td", romp, rechts);
      kopie.appendChild(tabel);
    }
  };
  window.addEventListener("beforeprint", vul);
  window.matchMedia("print").addEventListener("change", (e) => e.matches && vul());
}
</script>
""".replace("AFDRUK", AFDRUK).replace("PRINT", PRINT)
)


def toepassen() -> None:
    """Add the CSS (every run: it goes when its element goes) and the page's scripts (Enter
    in a date field, the tables' copies for paper; once per session: their listeners stay
    in the page) to the page."""
    st.html(CSS)
    eenmaal(ENTER_IN_DATUM + AFDRUK_BIJ_PRINT)


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


def alleen_smal(hint: str) -> str:
    """`hint` (escaped) as a line only a phone shows, such as "swipe the table"."""
    return f'<p class="{SMAL}" style="font-size:0.875rem;margin:0">{escape(hint)}</p>'


def bij_tabel(
    frame: pl.DataFrame, rechts: Iterable[str] = (), hint: str | None = None, afdruk: bool = True
) -> None:
    """Beside a data grid: `hint` for a phone only, and (with `afdruk`) a static copy of the
    displayed (text) table for paper only, which the browser builds when it prints
    (`AFDRUK_BIJ_PRINT`; every cell set as text: source texts stay plain text). Without
    `afdruk` (a table paper never shows, such as the figures under a chart in a folded
    expander, which print hides) and without a hint, nothing is sent."""
    smal = alleen_smal(hint) if hint else ""
    if not afdruk:
        if smal:
            st.html(f'<div class="{BIJ}">{smal}</div>')
        return
    st.html(f'<div class="{BIJ}">{smal}{afdruk_kopie(frame, rechts)}</div>')


def afdruk_kopie(frame: pl.DataFrame, rechts: Iterable[str] = ()) -> str:
    """The empty element that becomes a displayed (text) table's copy for paper when the
    browser prints: the table travels as JSON in one attribute (`AFDRUK_BIJ_PRINT`), so the
    screen holds one node instead of a hidden table."""
    return f"<div class=\"{PRINT}\" {AFDRUK}='{afdruk_json(frame, rechts)}'></div>"


def afdruk_json(frame: pl.DataFrame, rechts: Iterable[str] = ()) -> str:
    """A displayed (text) table as the JSON `AFDRUK_BIJ_PRINT` builds its copy from, ready
    for a single-quoted attribute: `<` and `>` as JSON escapes (so the attribute's value
    never holds markup; DOMPurify drops an attribute that does), `&` and `'` as entities."""
    rechts = set(rechts)
    tekst = json.dumps(
        {
            "koppen": frame.columns,
            "rijen": [[str(v or "") for v in rij] for rij in frame.iter_rows()],
            "rechts": [i for i, k in enumerate(frame.columns) if k in rechts],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
    tekst = tekst.replace("<", "\\u003c").replace(">", "\\u003e")
    return tekst.replace("&", "&amp;").replace("'", "&#39;")
