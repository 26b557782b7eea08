"""Flow diagrams (`cijfers.stromen.Stroom`) drawn on the server as inline SVG, not Plotly.

Why: a page with one Plotly chart makes every new tab evaluate Plotly's 4,7 MB chunk
before the chart draws (docs/benchmarks.md, "First visits (h44)"); the Verrekening and De
proeftuin uitgelegd each drew one Sankey, a handful of bands. Here the nodes are bars in
columns, each band a filled bezier curve as wide as its value, in the gemeenten's own
colours; every node says its name and total in Dutch, every band and node has a native
tooltip (`<title>`), the picture is `role="img"` with a title and a description that lists
every flow in words. It is static HTML in one `st.html`: drawn with the page, printed as
shown. Two drawings of the same layout, a wide one and a narrow one with wrapped names
for a phone, each scaling with its `viewBox`; CSS shows the one that fits. Every text is
escaped: a name from a source file stays text.

`indeling` (the layout math) and `svg` need no Streamlit, so they are unit-tested directly.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from cijfers.stromen import Stroom
from cijfers.stroomvorm import LETTER, REGEL, STAAF, indeling

KLASSE = "stromen"
"""The class of the diagram's box (tests and the print layout find it by it)."""
SMAL = 640
"""Up to this screen width (px) the narrow drawing is shown."""


def beschrijving(stroom: Stroom) -> str:
    """The diagram in words, for a screen reader: every band's own sentence."""
    return "; ".join(b.tekst for b in stroom.banden) + "."


def svg(stroom: Stroom, breedte: float = 860, wrap: int | None = None, id_: str = "s") -> str:
    """The diagram as one SVG element (`indeling` of `stroom`), scaling with its viewBox;
    `id_` makes the title and description ids unique on the page."""
    vorm = indeling(stroom, breedte, wrap)
    banden = "".join(
        f'<path d="{b.pad}" fill="{escape(b.kleur)}" fill-opacity="0.45">'
        f"<title>{escape(b.tooltip)}</title></path>"
        for b in vorm.banden
    )
    knopen = []
    for k in vorm.knopen:
        regels = "".join(
            f'<tspan x="{k.tekst_x}" y="{k.tekst_y + i * REGEL:.2f}"'
            + (' font-weight="600"' if i < len(k.regels) - 1 else "")
            + f">{escape(r)}</tspan>"
            for i, r in enumerate(k.regels)
        )
        knopen.append(
            f"<g><title>{escape(k.tooltip)}</title>"
            f'<rect x="{k.x}" y="{k.y}" width="{STAAF}" height="{k.hoogte}" '
            f'fill="{escape(k.kleur)}" rx="2"/>'
            f'<text text-anchor="{k.anker}" dominant-baseline="middle">{regels}</text></g>'
        )
    return (
        f'<svg viewBox="0 0 {vorm.breedte:g} {vorm.hoogte:g}" role="img" '
        f'aria-labelledby="{id_}-titel {id_}-uitleg" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{id_}-titel">{escape(stroom.titel)}</title>'
        f'<desc id="{id_}-uitleg">{escape(beschrijving(stroom))}</desc>'
        f"<g>{banden}</g><g>{''.join(knopen)}</g></svg>"
    )


CSS = f"""<style>
figure.{KLASSE} {{ margin: 0.25rem 0 1rem 0; }}
figure.{KLASSE} figcaption {{
  font-weight: 600; font-size: 1rem; color: rgb(49, 51, 63); margin-bottom: 0.5rem;
}}
figure.{KLASSE} svg {{ display: block; width: 100%; height: auto; max-width: 960px; }}
figure.{KLASSE} text {{
  font-family: inherit; font-size: {LETTER}px; fill: rgb(49, 51, 63);
  paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round;
}}
figure.{KLASSE} path, figure.{KLASSE} rect {{
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}}
figure.{KLASSE} path:hover {{ fill-opacity: 0.7; }}
figure.{KLASSE} .smal {{ display: none; }}
@media screen and (max-width: {SMAL}px) {{
  figure.{KLASSE} .breed {{ display: none; }}
  figure.{KLASSE} .smal {{ display: block; }}
}}
@media print {{ figure.{KLASSE} {{ break-inside: avoid; }} }}
</style>"""


def stromen_html(stroom: Stroom, id_: str = "stroom") -> str:
    """The captioned diagram with its CSS: the wide drawing and the narrow one (names
    wrapped, drawn for about 380 px), of which CSS shows one."""
    breed = svg(stroom, 860, None, f"{id_}-breed")
    smal = svg(stroom, 420, 16, f"{id_}-smal")
    return (
        f'{CSS}<figure class="{KLASSE}"><figcaption>{escape(stroom.titel)}</figcaption>'
        f'<div class="breed">{breed}</div><div class="smal">{smal}</div></figure>'
    )


def stromen(stroom: Stroom, id_: str = "stroom") -> None:
    """Show the flow diagram (`stromen_html`) as raw HTML in markdown, on one line (so
    markdown takes it as one HTML block). Not `st.html`: its sanitiser keeps HTML only and
    drops every SVG element; markdown's chunk is loaded by every page anyway, and every
    text in the diagram is escaped here, so no source text becomes markup."""
    st.markdown(stromen_html(stroom, id_).replace("\n", " "), unsafe_allow_html=True)
