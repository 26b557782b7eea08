"""Each gemeente's urensaldo as a static table with a bar per row, instead of a Plotly chart.

Why: a page with one Plotly chart makes every new tab evaluate Plotly's 4,7 MB chunk
before the chart draws; one small bar chart cost more browser CPU than the whole bare
Streamlit page (docs/benchmarks.md, "First visits (h44)" and "Start's first visit
(h47)"). Six bars against a zero line need no chart library: this is an HTML table (the
gemeente, its saldo as Dutch text, and a bar drawn by CSS, hidden from screen readers, which
read the table), so it reads, prints and scales with the page. The figures are those the
caller rounded (`dutch.afronding.afgerond`), the colours the gemeenten's own
(`cijfers.charts.gemeente_kleuren`), the order the frame's (top to bottom, as the chart
had it). Interactive charts stay on the pages that need them (the Urenbalans).
"""

from __future__ import annotations

from html import escape

import polars as pl
import streamlit as st

from cijfers import format as fmt
from cijfers.charts import gemeente_kleuren

KLASSE = "staven"
"""The class of the bar table (tests find the table by it)."""
KOPPEN = ("Gemeente", "Urensaldo")
"""The table's headers, as the chart's table of figures had them."""
TOELICHTING = "In uren: plus is tegoed, min is tekort. Het doel is nul aan het einde van het jaar."

CSS = f"""<style>
table.{KLASSE} {{ border-collapse: collapse; width: 100%; font-size: 0.875rem; }}
table.{KLASSE} caption {{
  caption-side: top; text-align: left; font-weight: 600; font-size: 1rem;
  color: rgb(49, 51, 63); padding-bottom: 0.4rem;
}}
table.{KLASSE} th, table.{KLASSE} td {{
  padding: 0.3rem 0.5rem; border-bottom: 1px solid rgba(49, 51, 63, 0.1); text-align: left;
  vertical-align: middle;
}}
table.{KLASSE} th {{ font-weight: 600; color: rgba(49, 51, 63, 0.75); font-size: 0.8rem; }}
table.{KLASSE} .naam {{ white-space: nowrap; }}
table.{KLASSE} .getal {{
  text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums;
}}
table.{KLASSE} td.staaf {{ width: 55%; padding-left: 0.25rem; padding-right: 0.25rem; }}
table.{KLASSE} .baan {{
  position: relative; height: 1.1rem;
  background: linear-gradient(to right, transparent calc(50% - 0.5px),
    rgba(49, 51, 63, 0.45) calc(50% - 0.5px), rgba(49, 51, 63, 0.45) calc(50% + 0.5px),
    transparent calc(50% + 0.5px));
}}
table.{KLASSE} .baan span {{
  position: absolute; top: 0.1rem; bottom: 0.1rem; border-radius: 2px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}}
p.{KLASSE} {{ font-size: 0.8rem; color: rgba(49, 51, 63, 0.75); margin: 0.35rem 0 0.5rem 0; }}
</style>"""


def staven_html(balans: pl.DataFrame, titel: str, kolom: str = "saldo_uren") -> str:
    """`balans` (gemeente, naam, `kolom`; figures as shown) as a captioned table with a bar
    per row: a positive saldo to the right of the zero line, a negative one to the left,
    the largest half the track. Every text is escaped."""
    waarden = [float(v or 0) for v in balans.get_column(kolom).to_list()]
    grootste = max((abs(v) for v in waarden), default=0.0) or 1.0
    kleuren = gemeente_kleuren(balans.get_column("gemeente").to_list())
    rijen = []
    for (code, naam), waarde in zip(
        balans.select("gemeente", "naam").iter_rows(), waarden, strict=True
    ):
        breedte = round(50 * abs(waarde) / grootste, 2)
        kant = "left" if waarde >= 0 else "right"
        staaf = (
            f'<span style="{kant}:50%;width:{breedte}%;background:{kleuren[code]}"></span>'
            if breedte
            else ""
        )
        rijen.append(
            f'<tr><td class="naam">{escape(str(naam))}</td>'
            f'<td class="getal">{escape(fmt.getal(waarde, 0, teken=True))}</td>'
            f'<td class="staaf" aria-hidden="true"><div class="baan">{staaf}</div></td></tr>'
        )
    kop = (
        f'<tr><th scope="col">{KOPPEN[0]}</th><th scope="col" class="getal">{KOPPEN[1]}</th>'
        '<th aria-hidden="true"></th></tr>'
    )
    return (
        f'{CSS}<table class="{KLASSE}"><caption>{escape(titel)}</caption>'
        f"<thead>{kop}</thead><tbody>{''.join(rijen)}</tbody></table>"
        f'<p class="{KLASSE}">{escape(TOELICHTING)}</p>'
    )


def staven(balans: pl.DataFrame, titel: str, kolom: str = "saldo_uren") -> None:
    """Show the bar table (`staven_html`)."""
    st.html(staven_html(balans, titel, kolom))
