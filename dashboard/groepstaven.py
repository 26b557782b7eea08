"""Grouped bars (a few series per category) as a static HTML table, instead of a Plotly chart.

Why: a page with one Plotly chart makes every new tab evaluate Plotly's 4,7 MB chunk before
the chart draws, more browser CPU than the whole bare Streamlit page (docs/benchmarks.md,
"First views without Plotly (h51)"). A page's first view draws its grouped bars here; the
interactive charts stay in later tabs. The figure is a data table - a row per category, a
column per series - laid out as a chart by CSS: the header row is the legend, each row a
group of horizontal bars with its figure beside each bar. A screen reader reads the table
(row header, series, figure); the bars are empty, hidden spans whose native tooltip names
the category, the series and the figure. Every text is escaped; the figures are Dutch
(`cijfers.format.getal`); it prints as shown (colours kept), and on a phone the
category's name stands above its bars. Bars start at zero: the figures are counts, hours
or scores; a negative figure shows its number without a bar.

`dashboard.staven` draws one signed series per gemeente (the urensaldo) the same way. A page
shows the table with `st.html`, which Streamlit draws with a small chunk it loads anyway.
"""

from __future__ import annotations

from html import escape

import polars as pl

from cijfers import format as fmt
from cijfers.charts import REEKS_KLEUREN

KLASSE = "groepstaven"
"""The class of the table (tests and the print layout find it by it)."""
LEEG = "–"
"""A missing figure (no bar)."""
GETAL = "3.5rem"
"""Room kept beside the longest bar for its figure."""

CSS = f"""<style>
table.{KLASSE} {{ display: block; width: 100%; font-size: 0.875rem; margin: 0 0 0.5rem 0; }}
table.{KLASSE} caption {{
  display: block; text-align: left; font-weight: 600; font-size: 1rem;
  color: rgb(49, 51, 63); padding-bottom: 0.3rem;
}}
table.{KLASSE} thead, table.{KLASSE} tbody {{ display: block; }}
table.{KLASSE} thead tr {{
  display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; padding-bottom: 0.4rem;
  border-bottom: 1px solid rgba(49, 51, 63, 0.2);
}}
table.{KLASSE} thead th {{
  font-weight: 400; font-size: 0.8rem; color: rgba(49, 51, 63, 0.8); text-align: left;
  padding: 0; white-space: nowrap;
}}
table.{KLASSE} thead th i {{
  display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 2px;
  margin-right: 0.3rem; vertical-align: -0.05rem;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}}
table.{KLASSE} .sr {{
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap;
}}
table.{KLASSE} tbody tr {{
  display: grid; grid-template-columns: minmax(7rem, 15rem) 1fr; column-gap: 0.75rem;
  padding: 0.3rem 0; border-bottom: 1px solid rgba(49, 51, 63, 0.1); break-inside: avoid;
}}
table.{KLASSE} tbody th {{
  grid-column: 1; align-self: center; text-align: left; font-weight: 400; padding: 0;
  color: rgb(49, 51, 63); line-height: 1.3;
}}
table.{KLASSE} tbody th b {{ font-weight: 600; margin-right: 0.3rem; }}
table.{KLASSE} tbody td {{
  grid-column: 2; display: flex; align-items: center; padding: 0; height: 1.05rem;
  font-size: 0.8rem; font-variant-numeric: tabular-nums; color: rgb(49, 51, 63);
  white-space: nowrap;
}}
table.{KLASSE} td span {{
  display: inline-block; height: 0.75rem; border-radius: 0 2px 2px 0; margin-right: 0.3rem;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}}
@media (max-width: 640px) {{
  table.{KLASSE} tbody tr {{ grid-template-columns: 1fr; }}
  table.{KLASSE} tbody th {{ padding-bottom: 0.15rem; }}
  table.{KLASSE} tbody td {{ grid-column: 1; }}
}}
</style>"""


def groepstaven_html(
    frame: pl.DataFrame,
    x: str,
    reeksen: dict[str, str],
    titel: str,
    *,
    naam: str | None = None,
    kop: str | None = None,
    decimalen: int = 0,
) -> str:
    """`frame` (one row per category in column `x`, one column per series of `reeksen`:
    column -> Dutch name) as a captioned table of grouped bars; `naam` a column whose text
    follows the category's code (a winstpunt's omschrijving); `kop` the header of the
    category column (read by a screen reader only). Every bar is scaled to the largest
    figure of all series; the figures are shown with `decimalen` decimals."""
    kleuren = {kolom: REEKS_KLEUREN[i % len(REEKS_KLEUREN)] for i, kolom in enumerate(reeksen)}
    waarden = [v for kolom in reeksen for v in frame.get_column(kolom).to_list()]
    grootste = max((float(v) for v in waarden if v is not None), default=0.0)
    schaal = grootste if grootste > 0 else 1.0
    rijen = []
    for rij in frame.iter_rows(named=True):
        categorie = escape(str(rij[x]))
        omschrijving = escape(str(rij[naam] or "")) if naam else ""
        label = f"<b>{categorie}</b> {omschrijving}" if omschrijving else categorie
        cellen = []
        for kolom, reeks in reeksen.items():
            waarde = rij[kolom]
            tekst = LEEG if waarde is None else fmt.getal(waarde, decimalen)
            staaf = ""
            if waarde is not None and waarde > 0:
                deel = round(float(waarde) / schaal, 4)
                tip = f"{rij[x]} {rij[naam] or ''}".strip() if naam else str(rij[x])
                staaf = (
                    f'<span aria-hidden="true" title="{escape(f"{tip} · {reeks}: {tekst}")}" '
                    f'style="width:calc((100% - {GETAL}) * {deel});'
                    f'background:{kleuren[kolom]}"></span>'
                )
            cellen.append(f"<td>{staaf}{escape(tekst)}</td>")
        rijen.append(f'<tr><th scope="row">{label}</th>{"".join(cellen)}</tr>')
    legenda = "".join(
        f'<th scope="col"><i aria-hidden="true" style="background:{kleuren[kolom]}"></i>'
        f"{escape(reeks)}</th>"
        for kolom, reeks in reeksen.items()
    )
    eerste = f'<th scope="col" class="sr">{escape(kop or x)}</th>'
    return (
        f'{CSS}<table class="{KLASSE}"><caption>{escape(titel)}</caption>'
        f"<thead><tr>{eerste}{legenda}</tr></thead><tbody>{''.join(rijen)}</tbody></table>"
    )
