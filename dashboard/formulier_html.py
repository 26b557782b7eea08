"""The opdrachtformulier of one opdracht as one static HTML element.

Why: drawn as ~24 separate markdown, text and caption elements (and three columns), the
formulier cost every first visit of the Werkvoorraad that many React elements to mount
(issue 26). It is read, never clicked, so one `st.html` shows it as well: the same labels,
order and Dutch formats, headings as real headings (a screen reader jumps between them),
the three columns of facts side by side on a wide screen and one below the other on a
phone. A formulier's texts come from the sources and are hostile input: every one is
escaped with `html.escape`, so it stays literal text (never markup, markdown, a link or an
image); the long fields keep their line breaks (`white-space: pre-wrap`, as `st.text` did).
The function is free of Streamlit, so a unit test reads what it builds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from cijfers import format as fmt

KLASSE = "opdrachtformulier"
"""The class of the formulier's element."""

CSS = f"""
section.{KLASSE} .onder {{ color: rgba(49, 51, 63, 0.8); font-size: 0.875rem; }}
section.{KLASSE} .signaal {{
  background: rgba(255, 227, 18, 0.12); color: #6b4f04; padding: 0.75rem 1rem;
  border-radius: 0.5rem;
}}
section.{KLASSE} .feiten {{
  display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem;
}}
section.{KLASSE} dl {{ margin: 0 0 0.5rem 0; padding: 0; }}
section.{KLASSE} dt {{ font-weight: 600; }}
section.{KLASSE} dd {{ margin: 0 0 0.5rem 0; overflow-wrap: anywhere; }}
section.{KLASSE} h4 {{ font-size: 1rem; font-weight: 600; margin: 0.75rem 0 0.25rem; padding: 0; }}
section.{KLASSE} .tekst {{ white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 0.5rem 0; }}
@media (max-width: 640px) {{
  section.{KLASSE} .feiten {{ grid-template-columns: minmax(0, 1fr); gap: 0; }}
}}
@media print {{
  section.{KLASSE} .feiten {{ grid-template-columns: repeat(3, minmax(0, 1fr)); }}
  section.{KLASSE} h4 {{ break-after: avoid; }}
}}
"""
"""The formulier's layout, part of the page-wide CSS (`dashboard.stijl.CSS`): three
columns of facts, one on a phone; a long text keeps its line breaks and wraps."""

TEKSTVELDEN = (
    ("opdrachtformulering", "Opdrachtformulering"),
    ("achtergrond", "Achtergrond"),
    ("doel", "Doel"),
    ("beoogd_resultaat", "Beoogd resultaat"),
    ("motivatie", "Motivatie (waarom via de proeftuin)"),
    ("profiel_opdrachtnemer", "Profiel opdrachtnemer"),
    ("lokale_gebruiken", "Lokale gebruiken"),
)
"""The long text fields in the order the formulier shows them: column -> heading."""


def formulier_html(
    o: Mapping[str, Any], aanvrager: str, nemer: str, tabellen: Iterable[tuple[str, str]]
) -> str:
    """The formulier of the opdracht row `o` (a `werkvoorraad` row) as HTML: `aanvrager`
    and `nemer` as the reader may read them (gemeente name; the opdrachtnemer's name only
    for the MT), `tabellen` (heading, HTML of a `tabel_licht.blok`) below the texts.
    Every source text is escaped here; the tables escape their own cells."""
    onder = f"{o['opdracht_id']} · {fmt.label(o['soort_opdracht'])} · status {o['status']}"
    if o["fase"]:
        onder += f" · fase {o['fase']}"
    kolommen = (
        (
            ("Bestuurlijk opdrachtgever", o["bestuurlijk_opdrachtgever"] or "–"),
            ("Ambtelijk opdrachtgever", o["ambtelijk_opdrachtgever"] or "–"),
            ("Aanvrager", aanvrager),
        ),
        (
            ("Opdrachtnemer", nemer),
            (
                "Planning",
                f"{fmt.datum(o['startdatum']) or '?'} tot {fmt.datum(o['einddatum']) or '?'}",
            ),
            ("Budget", fmt.euro(o["budget_eur"]) or "–"),
        ),
        (
            ("Begrote uren", fmt.getal(o["begrote_uren"], 0)),
            ("Gerealiseerde uren", fmt.getal(o["gerealiseerde_uren"], 1)),
            ("Winst", f"{fmt.lijst(o['winst']) or '–'} · {fmt.lijst(o['winstpunten']) or '–'}"),
        ),
    )
    delen = [f"<h3>{escape(str(o['titel']))}</h3>"]
    if o["signaal_tekst"]:
        delen.append(f'<p class="signaal" role="note">Signaal: {escape(o["signaal_tekst"])}</p>')
    delen.append(f'<p class="onder">{escape(onder)}</p>')
    delen.append(
        '<div class="feiten">'
        + "".join(
            "<dl>"
            + "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(w))}</dd>" for k, w in kolom)
            + "</dl>"
            for kolom in kolommen
        )
        + "</div>"
    )
    for veld, kop in TEKSTVELDEN:
        delen.append(f'<h4>{escape(kop)}</h4><p class="tekst">{escape(o[veld] or "–")}</p>')
    for kop, tabel in tabellen:
        delen.append(f"<h4>{escape(kop)}</h4>{tabel}")
    return f'<section class="{KLASSE}" aria-label="Opdrachtformulier">{"".join(delen)}</section>'
