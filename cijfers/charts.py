"""Plotly figures for the dashboard, with Dutch labels and number formats.

Every chart that shows gemeenten takes the full code -> naam map of the `gemeenten` table
and colours them with `gemeente_kleuren` of it, so Dordrecht has the same colour on every
page and a gemeente added by a gemeenten file gets a colour no other gemeente has.
`separators=",."` makes plotly write 1.234,5 whatever the browser locale; hover texts
and tick labels use d3 formats that follow those separators. The PDF report prints these
same figures, drawn by matplotlib from their traces (`report.grafieken`).
"""

from __future__ import annotations

import textwrap

import plotly.graph_objects as go
import polars as pl

from cijfers import letterlijk
from cijfers.kleuren import gemeente_kleuren

STATUS_KLEUREN = {
    "aangemeld": "#BBBBBB",
    "geaccepteerd": "#88CCEE",
    "lopend": "#0072B2",
    "afgerond": "#009E73",
    "geannuleerd": "#CC6677",
}
REEKS_KLEUREN = ("#0072B2", "#009E73", "#E69F00", "#CC79A7")
# Axis and legend text: Streamlit's chart theme draws it in #808495 (3,7:1 on white, below
# WCAG AA's 4,5:1); this grey reaches 7:1.
TEKST = "#4A4A4A"


def _gehele_tikken(fig: go.Figure, waarden: list[float | None], as_: str = "y") -> None:
    """Counts: whole-number ticks (plotly would write 0,2 0,4 … for small counts) on the
    value axis `as_`."""
    hoogste = max((w for w in waarden if w is not None), default=0)
    if hoogste <= 10:
        (fig.update_xaxes if as_ == "x" else fig.update_yaxes)(dtick=1, rangemode="tozero")


def _nullijn(as_: str) -> dict:
    """The zero line across the plot on value axis `as_` ("x" or "y"), the shape
    `add_vline`/`add_hline` would add. Given directly: `add_hline` costs 10 ms on a small
    chart and 100 ms on the Werkbank's weekly lines (it checks every trace's axes)."""
    dwars = "y" if as_ == "x" else "x"
    return {
        "type": "line",
        "line": {"color": "#333", "width": 1},
        f"{as_}ref": as_,
        f"{as_}0": 0,
        f"{as_}1": 0,
        f"{dwars}ref": f"{dwars} domain",
        f"{dwars}0": 0,
        f"{dwars}1": 1,
    }


def _opmaak(
    fig: go.Figure,
    titel: str | None = None,
    hoogte: int = 380,
    categorie: str = "",
    nullijn: str | None = None,
) -> go.Figure:
    """Layout shared by every chart; `categorie` heads the first column of its figures'
    table (see `cijfers`); `nullijn` ("x" or "y") draws the zero line of that value axis.
    One `update_layout` (axes included, no subplots here): each plotly update call costs
    milliseconds."""
    as_tekst = {"tickfont": {"color": TEKST}, "title": {"font": {"color": TEKST}}}
    fig.update_layout(
        meta={"categorie": categorie},
        title=titel,
        separators=",.",
        height=hoogte,
        margin={"l": 10, "r": 10, "t": 100 if titel else 40, "b": 10},
        # above the plot: below it, the legend ran into the axis title and long tick labels
        legend={"title": None, "orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"},
        hoverlabel={"namelength": -1},
        font_color=TEKST,
        xaxis=as_tekst,
        yaxis=as_tekst,
        **({"shapes": [_nullijn(nullijn)]} if nullijn else {}),
    )
    return fig


def saldo_per_gemeente(
    balans: pl.DataFrame,
    gemeenten: dict[str, str],
    kolom: str = "saldo_uren",
    titel: str | None = "Urensaldo per gemeente",
    markeer: str | None = None,
) -> go.Figure:
    """Horizontal bars: each gemeente's saldo against the zero line.

    Pass the figures as the table beside it shows them (`dutch.afronding.afgerond`): then
    the bar labels and the table cannot disagree. `markeer` (a gemeente code) highlights
    that gemeente in its own statement: its bar in its colour with a dark outline and its
    name in bold, the others pale, so the reader finds the own bar at a glance."""
    kleuren = gemeente_kleuren(gemeenten)
    codes = balans.get_column("gemeente").to_list()
    namen = balans.get_column("naam").to_list()
    fig = go.Figure(
        go.Bar(
            x=balans.get_column(kolom).to_list(),
            y=namen,
            orientation="h",
            name="Urensaldo",  # the figures table's header (one trace: no legend)
            marker_color=[kleuren[c] for c in codes],
            marker_opacity=[1.0 if markeer in (None, c) else 0.35 for c in codes],
            marker_line_color=[TEKST if c == markeer else "rgba(0,0,0,0)" for c in codes],
            marker_line_width=2 if markeer else 0,
            hovertemplate="%{y}: %{x:+,.0f} uur<extra></extra>",
            texttemplate="%{x:+,.0f}",
        )
    )
    if markeer in codes:
        # white on a pale bar would be unreadable: the others' figures stand beside them
        fig.update_traces(
            textposition=["inside" if c == markeer else "outside" for c in codes],
            textfont_color=["white" if c == markeer else TEKST for c in codes],
            cliponaxis=False,
        )
        fig.update_yaxes(
            tickmode="array",
            # the categories as `letterlijk.figuur` escapes them on the page and on paper
            tickvals=[letterlijk.html(n) for n in namen],
            ticktext=[
                f"<b>{letterlijk.html(n)}</b>" if c == markeer else letterlijk.html(n)
                for c, n in zip(codes, namen, strict=True)
            ],
        )
    fig.update_xaxes(title="urensaldo (uren; + is tegoed)", tickformat=",.0f")
    fig.update_yaxes(title="gemeente", autorange="reversed")
    return _opmaak(fig, titel, categorie="Gemeente", nullijn="x")


def verloop(
    reeks: pl.DataFrame,
    gemeenten: dict[str, str],
    periode: str = "periode",
    waarde: str = "saldo_cumulatief",
    x_titel: str = "periode",
) -> go.Figure:
    """One line per gemeente over the periods (column `periode` holds Dutch labels)."""
    kleuren = gemeente_kleuren(gemeenten)
    fig = go.Figure()
    for (code, naam), deel in reeks.group_by(["gemeente", "naam"], maintain_order=True):
        fig.add_trace(
            go.Scatter(
                x=deel.get_column(periode).to_list(),
                y=deel.get_column(waarde).to_list(),
                name=naam,
                mode="lines+markers",
                line_color=kleuren[code],
                hovertemplate=f"{naam}: %{{y:+,.0f}} uur<extra>%{{x}}</extra>",
            )
        )
    fig.update_yaxes(title="cumulatief urensaldo (uren)", tickformat=",.0f")
    fig.update_xaxes(type="category", title=x_titel)
    return _opmaak(
        fig,
        f"Urensaldo per gemeente, cumulatief per {x_titel}",
        categorie=x_titel.capitalize(),
        nullijn="y",
    )


def prognose(
    prog: pl.DataFrame,
    gemeenten: dict[str, str],
    einddatum: str,
    nu: str = "saldo nu",
    titel: str | None = None,
) -> go.Figure:
    """Today's saldo and the prognosis at year end per gemeente, against the zero line.

    `einddatum` names the second series ('prognose 31-12-2012' or, when the year is
    complete, what it then means); `nu` names the first."""
    namen = prog.get_column("naam").to_list()
    kleur = gemeente_kleuren(gemeenten)
    kleuren = [kleur[c] for c in prog.get_column("gemeente")]
    fig = go.Figure(
        [
            go.Bar(
                x=namen,
                y=prog.get_column("saldo_uren").to_list(),
                name=nu,
                marker_color=kleuren,
                hovertemplate=f"%{{x}}: %{{y:+,.0f}} uur ({nu})<extra></extra>",
            ),
            go.Bar(
                x=namen,
                y=prog.get_column("prognose_saldo_uren").to_list(),
                name=einddatum,
                marker={"color": kleuren, "pattern": {"shape": "/"}, "opacity": 0.6},
                hovertemplate=f"%{{x}}: %{{y:+,.0f}} uur ({einddatum})<extra></extra>",
            ),
        ]
    )
    fig.update_layout(barmode="group")
    fig.update_yaxes(title="urensaldo (uren)", tickformat=",.0f")
    fig.update_xaxes(title="gemeente")
    return _opmaak(fig, titel, categorie="Gemeente", nullijn="y")


def gestapeld(
    frame: pl.DataFrame,
    x: str,
    stapel: str,
    y: str,
    kleuren: dict[str, str],
    as_titel: str,
    *,
    titel: str | None = None,
    x_titel: str | None = None,
) -> go.Figure:
    """Stacked bars of `y` per `x`, one colour per value of `stapel`; `titel` and `x_titel`
    name the chart and its horizontal axis."""
    fig = go.Figure()
    for waarde in frame.get_column(stapel).unique(maintain_order=True).to_list():
        deel = frame.filter(pl.col(stapel) == waarde)
        fig.add_trace(
            go.Bar(
                x=deel.get_column(x).to_list(),
                y=deel.get_column(y).to_list(),
                name=waarde,
                marker_color=kleuren.get(waarde),
                hovertemplate=f"{waarde}: %{{y:,.0f}}<extra>%{{x}}</extra>",
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title=as_titel, tickformat=",.0f")
    fig.update_xaxes(title=x_titel)
    totalen = frame.group_by(x).agg(pl.col(y).sum()).get_column(y).to_list()
    _gehele_tikken(fig, totalen)
    return _opmaak(fig, titel, categorie=_kop(x))


def groepen(
    frame: pl.DataFrame,
    x: str,
    reeksen: dict[str, str],
    as_titel: str,
    formaat: str = ",.0f",
    *,
    titel: str | None = None,
    x_titel: str | None = None,
    liggend: bool = False,
) -> go.Figure:
    """Grouped bars: one series per column in `reeksen` (column -> Dutch legend name).

    `titel` and `x_titel` name the chart and its horizontal axis. With `x` = "winstpunt"
    and an `omschrijving` column, each winstpunt is labelled with its name (see
    `winstpunt_labels`), not its code alone. `liggend` turns the bars on their side, each
    category's label on a line of its own: on a narrow page (the PDF) long names side by
    side under the bars would run into each other."""
    if liggend:
        return _groepen_liggend(frame, x, reeksen, as_titel, formaat, titel)
    fig = go.Figure(
        [
            go.Bar(
                x=frame.get_column(x).to_list(),
                y=frame.get_column(kolom).to_list(),
                name=naam,
                marker_color=REEKS_KLEUREN[i % len(REEKS_KLEUREN)],
                hovertemplate=f"{naam}: %{{y:{formaat}}}<extra>%{{x}}</extra>",
            )
            for i, (kolom, naam) in enumerate(reeksen.items())
        ]
    )
    fig.update_layout(barmode="group")
    fig.update_yaxes(title=as_titel, tickformat=formaat)
    fig.update_xaxes(title=x_titel)
    if x == "winstpunt" and "omschrijving" in frame.columns:
        fig.update_xaxes(
            tickmode="array",
            tickvals=frame.get_column(x).to_list(),
            ticktext=winstpunt_labels(frame),
            tickangle=0,  # the names are wrapped to fit; turned they would be unreadable
        )
    if formaat == ",.0f":
        _gehele_tikken(fig, [v for k in reeksen for v in frame.get_column(k).to_list()])
    return _opmaak(fig, titel, 430 if x == "winstpunt" else 380, categorie=_kop(x))


def _groepen_liggend(
    frame: pl.DataFrame,
    y: str,
    reeksen: dict[str, str],
    as_titel: str,
    formaat: str,
    titel: str | None,
) -> go.Figure:
    """`groepen` with horizontal bars, first category on top, one label line per category."""
    categorie = frame.get_column(y).to_list()
    labels = (
        [
            letterlijk.html(f"{c} {n or ''}".strip())
            for c, n in frame.select(y, "omschrijving").rows()
        ]
        if "omschrijving" in frame.columns
        else [letterlijk.html(str(c)) for c in categorie]
    )
    fig = go.Figure(
        [
            go.Bar(
                y=categorie,
                x=frame.get_column(kolom).to_list(),
                orientation="h",
                name=naam,
                marker_color=REEKS_KLEUREN[i % len(REEKS_KLEUREN)],
                hovertemplate=f"{naam}: %{{x:{formaat}}}<extra>%{{y}}</extra>",
            )
            for i, (kolom, naam) in enumerate(reeksen.items())
        ]
    )
    fig.update_layout(barmode="group")
    fig.update_xaxes(title=as_titel, tickformat=formaat)
    fig.update_yaxes(
        tickmode="array",
        tickvals=categorie,
        ticktext=[f"{label}  " for label in labels],  # a little air before the bars
        autorange="reversed",
        automargin=True,
    )
    if formaat == ",.0f":
        _gehele_tikken(fig, [v for k in reeksen for v in frame.get_column(k).to_list()], "x")
    return _opmaak(fig, titel, 40 * len(categorie) + 120, categorie=_kop(y))


def winstpunt_labels(frame: pl.DataFrame, breedte: int = 14) -> list[str]:
    """'W1' + 'Beter inhoudelijk programmeren' -> 'W1<br>Beter inhoudelijk<br>programmeren':
    the name under each bar, wrapped so nine winstpunten fit side by side. Each line is
    escaped (`letterlijk.html`): tick texts are HTML to plotly and `figuur` leaves them."""
    return [
        "<br>".join(
            letterlijk.html(regel)
            for regel in [code, *textwrap.wrap(naam or "", breedte, break_long_words=False)]
        )
        for code, naam in frame.select("winstpunt", "omschrijving").iter_rows()
    ]


def prognose_voor_na(prog: pl.DataFrame, gemeenten: dict[str, str]) -> go.Figure:
    """Year-end prognose per gemeente without and with the what-if's toewijzingen."""
    namen = [gemeenten.get(c, c) for c in prog.get_column("gemeente")]
    kleur = gemeente_kleuren(gemeenten)
    kleuren = [kleur[c] for c in prog.get_column("gemeente")]
    fig = go.Figure(
        [
            go.Bar(
                x=namen,
                y=prog.get_column("prognose_saldo_uren").to_list(),
                name="prognose nu",
                marker={"color": kleuren, "opacity": 0.45},
                hovertemplate="%{x}: %{y:+,.0f} uur (nu)<extra></extra>",
            ),
            go.Bar(
                x=namen,
                y=prog.get_column("prognose_saldo_uren_met").to_list(),
                name="met deze toewijzingen",
                marker={"color": kleuren, "pattern": {"shape": "/"}},
                hovertemplate="%{x}: %{y:+,.0f} uur (met toewijzingen)<extra></extra>",
            ),
        ]
    )
    fig.update_layout(barmode="group")
    fig.update_yaxes(title="prognose urensaldo eind van het jaar", tickformat=",.0f")
    fig.update_xaxes(title="gemeente")
    titel = "Prognose urensaldo eind van het jaar: nu en met deze toewijzingen"
    return _opmaak(fig, titel, categorie="Gemeente", nullijn="y")


def _kop(kolom: str) -> str:
    """'soort_opdracht' -> 'Soort opdracht': a column name as a table header."""
    return kolom.replace("_", " ").capitalize()


def cijfers(fig: go.Figure) -> pl.DataFrame:
    """The figures a bar or line chart shows, as a table: one row per category, one
    column per series (WCAG: what a chart says must also be readable without seeing it).

    Read from the figure itself, so the table can never disagree with the chart. Empty
    for charts without categories; a trace
    whose values are texts (markers placed on a category grid) has no figures to list.
    """
    categorie = (fig.layout.meta or {}).get("categorie") or "Categorie"
    reeksen: dict[str, dict[str, float | None]] = {}
    for trace in fig.data:
        if trace.type not in ("bar", "scatter") or trace.x is None or trace.y is None:
            continue
        liggend = trace.orientation == "h"
        assen = (trace.y, trace.x) if liggend else (trace.x, trace.y)
        if any(isinstance(v, str) for v in assen[1]):
            continue  # markers on a category grid (the heat map's rings), no figures
        as_titel = (fig.layout.xaxis if liggend else fig.layout.yaxis).title.text
        naam = trace.name or (as_titel or "waarde").capitalize()
        reeksen[naam] = dict(zip((str(c) for c in assen[0]), assen[1], strict=True))
    volgorde = list(dict.fromkeys(c for reeks in reeksen.values() for c in reeks))
    return pl.DataFrame(
        {categorie: volgorde}
        | {naam: [reeks.get(c) for c in volgorde] for naam, reeks in reeksen.items()},
        schema={categorie: pl.String} | dict.fromkeys(reeksen, pl.Float64),
    )
