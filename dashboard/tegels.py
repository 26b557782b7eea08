"""Headline figures as light HTML/CSS tiles instead of `st.metric`.

Why: `st.metric` is drawn by a lazily loaded chunk of Streamlit's frontend, which a new
tab loads and evaluates before the tile shows (Start's five tiles were placeholders until
then: docs/benchmarks.md, "Start's first visit (h47)"). A tile here is a label, a value
and, where the figure needs it, what it counts: static HTML in one `st.html`, which the
browser draws with the page. The semantics are a description list (label, value), so a
screen reader reads each pair; the explanation is a native `<details>` (keyboard and touch
work, no script). Every text is escaped: a label or value can never become markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import NamedTuple

import streamlit as st

KLASSE = "tegels"
"""The class of the tiles' list (tests and the print layout find the tiles by it)."""
UITLEG = "Wat telt dit?"
"""The summary line of a tile's explanation."""

CSS = f"""<style>
dl.{KLASSE} {{
  display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  gap: 0.75rem; margin: 0.25rem 0 1rem 0; padding: 0; align-items: start;
}}
dl.{KLASSE} > div {{
  border: 1px solid rgba(49, 51, 63, 0.12); border-radius: 0.5rem; background: #f8f9fb;
  padding: 0.6rem 0.85rem 0.5rem 0.85rem; min-width: 0;
}}
dl.{KLASSE} dt {{
  font-size: 0.875rem; color: rgba(49, 51, 63, 0.75); font-weight: 400; margin: 0;
  line-height: 1.35;
}}
dl.{KLASSE} dd {{ margin: 0; }}
dl.{KLASSE} dd.waarde {{
  font-size: 1.6rem; line-height: 1.3; color: rgb(49, 51, 63);
  font-variant-numeric: tabular-nums; padding-top: 0.15rem; overflow-wrap: anywhere;
}}
dl.{KLASSE} details {{ font-size: 0.8rem; color: rgba(49, 51, 63, 0.75); margin-top: 0.2rem; }}
dl.{KLASSE} summary {{ cursor: pointer; width: fit-content; }}
dl.{KLASSE} details p {{ margin: 0.25rem 0 0 0; font-size: 0.8rem; line-height: 1.4; }}
@media (max-width: 640px) {{
  dl.{KLASSE} {{ grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.5rem; }}
  dl.{KLASSE} dd.waarde {{ font-size: 1.4rem; }}
}}
@media print {{
  dl.{KLASSE} {{ grid-template-columns: repeat(5, 1fr); }}
  dl.{KLASSE} details {{ display: none; }}
}}
</style>"""


class Tegel(NamedTuple):
    """One headline figure: its label, its value as shown (Dutch text), and optionally
    what it counts."""

    label: str
    waarde: str
    uitleg: str | None = None


def tegels_html(tegels: Sequence[Tegel]) -> str:
    """The tiles as one static HTML text (with their CSS), every text escaped."""
    delen = []
    for t in tegels:
        uitleg = (
            f"<dd><details><summary>{UITLEG}</summary><p>{escape(t.uitleg)}</p></details></dd>"
            if t.uitleg
            else ""
        )
        delen.append(
            f'<div><dt>{escape(t.label)}</dt><dd class="waarde">{escape(t.waarde)}</dd>'
            f"{uitleg}</div>"
        )
    return f'{CSS}<dl class="{KLASSE}">{"".join(delen)}</dl>'


def tegels(tegels: Sequence[Tegel]) -> None:
    """Show the tiles side by side (two per row on a phone)."""
    st.html(tegels_html(tegels))
