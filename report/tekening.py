"""The report's charts drawn with matplotlib, in this process (imported by
`report.grafieken.teken` on the first drawing): SVG for the PDF (Typst sets
it as vector graphics with the text kept as text, in the document's Liberation Sans) and
PNG for the Word export.

Why not the dashboard's own renderer: plotly draws in JavaScript, so a copy of a page's
chart needed a browser (kaleido started Chromium: two seconds and more of every report
whose charts were not cached, and a report on a machine without Chromium failed). matplotlib
is well kept, starts in a few tenths of a second and needs no browser, no network and no
cache. What a reader checks still comes from the dashboard: every bar, line and legend is
read from the plotly figure `cijfers.charts` builds for the page (values, category order,
the gemeenten's colours, names, axis titles, the highlighted gemeente of a statement), only
the drawing is matplotlib's; the Verrekening is drawn from its `Stroom` with the layout of
the page's flow diagram (`cijfers.stroomvorm`). Numbers are written as on the page
(1.234,5; `dutch.format`).

Source text stays text: matplotlib's mathtext is off (`text.parse_math`), so a `$` in a
name is a dollar, and the SVG writer escapes `<` and `&`. The tick texts plotly gets as
escaped HTML (`letterlijk.html`, with `<b>` and `<br>` of our own) are turned back into
plain text and a bold flag here.
"""

from __future__ import annotations

import html
import io
import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

import matplotlib as mpl
import plotly.graph_objects as go
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.path import Path as MplPath
from matplotlib.ticker import FuncFormatter, MaxNLocator

import dutch.format as dutch
from cijfers import stroomvorm
from cijfers.stromen import Stroom

CM = 1 / 2.54  # matplotlib sizes are inches
TEKST = "#222222"  # the document's text colour (sjabloon.typ)
AS_TEKST = "#4A4A4A"  # tick and axis text, as on the dashboard (`charts.TEKST`)
RASTER = "#E5E5E5"
TITEL_PT = 10
PNG_DPI = 200  # Word: sharp in print at the chart's size on paper
EENHEDEN_STROOM = 700
"""The flow's layout width in its own units: its 13-unit labels come to 9 pt on a page
width of 17 cm (the dashboard lays it out 860 wide for a screen)."""
STIJL: dict[str, Any] = {
    "svg.fonttype": "none",  # text as text: selectable, set in the document's font
    "svg.hashsalt": "proeftuin",  # the same chart gives the same SVG
    # the document's font; DejaVu Sans (shipped with matplotlib) where it is missing
    "font.family": "sans-serif",
    "font.sans-serif": ["Liberation Sans", "DejaVu Sans"],
    "font.size": 8.5,
    "text.parse_math": False,  # a `$` in a name is a dollar, never mathtext
    "text.color": TEKST,
    "axes.labelcolor": AS_TEKST,
    "axes.edgecolor": "#999999",
    "axes.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": AS_TEKST,
    "ytick.color": AS_TEKST,
    "legend.frameon": False,
    "figure.facecolor": "white",
}


_STIJL_SLOT = threading.Lock()
"""matplotlib's style (`rcParams`) is one per process and `rc_context` sets and restores it:
two reports drawn at once (two downloads on the dashboard, each in its own thread) must not
restore each other's style halfway, so one draws at a time."""


def teken(
    figuren: Iterable[tuple[str, go.Figure | Stroom, float, float]], formaat: str = "svg"
) -> dict[str, bytes]:
    """Each (name, figure, width cm, height cm) as an SVG document ('svg', for the PDF) or
    PNG image ('png', for Word), keyed by its name."""
    with _STIJL_SLOT, mpl.rc_context(STIJL):
        return {naam: _bestand(_figuur(f, b, h), formaat) for naam, f, b, h in figuren}


def _figuur(figuur: go.Figure | Stroom, breedte_cm: float, hoogte_cm: float) -> Figure:
    if isinstance(figuur, Stroom):
        return _stroom(figuur, breedte_cm)
    return _grafiek(figuur, breedte_cm, hoogte_cm)


def _bestand(fig: Figure, formaat: str) -> bytes:
    uit = io.BytesIO()
    if formaat == "png":
        fig.savefig(uit, format="png", dpi=PNG_DPI)
    else:
        fig.savefig(uit, format="svg", metadata={"Date": None})
    return uit.getvalue()


def platte_tekst(label: str) -> tuple[str, bool]:
    """A plotly label as plain text, and whether it was bold: `<br>` a new line, `<b>`
    bold, entities decoded. Source text in labels is escaped (`letterlijk.html`), so every
    `<` left is markup of our own."""
    vet = "<b>" in label
    tekst = re.sub(r"</?b>", "", label.replace("<br>", "\n"))
    return html.unescape(tekst).strip(), vet


def _kleur(kleur: str | None, ondoorzichtig: float = 1.0) -> tuple[float, float, float, float]:
    """A plotly colour ('#0072B2' or 'rgba(0,0,0,0)') as matplotlib's RGBA."""
    if not kleur:
        return (0.5, 0.5, 0.5, ondoorzichtig)
    if m := re.fullmatch(r"rgba?\(([^)]*)\)", kleur.replace(" ", "")):
        delen = [float(d) for d in m.group(1).split(",")]
        alfa = delen[3] if len(delen) > 3 else 1.0
        return (delen[0] / 255, delen[1] / 255, delen[2] / 255, alfa * ondoorzichtig)
    r, g, b, a = to_rgba(kleur)
    return (r, g, b, a * ondoorzichtig)


def _per_punt(waarde: Any, n: int) -> list[Any]:
    """A plotly property given once or per point, as one value per point."""
    if isinstance(waarde, str) or not isinstance(waarde, Sequence):
        return [waarde] * n
    return list(waarde)


def _formatteer(formaat: str | None) -> tuple[int, bool]:
    """A d3 number format (',.0f', '+,.1f') as decimals and sign, for `dutch.getal`."""
    m = re.search(r"\.(\d+)f", formaat or "")
    return (int(m.group(1)) if m else 0), "+" in (formaat or "")


class _Reeks:
    """One plotly trace (bar or line) read for drawing: its categories and values, colours,
    and the labels on its bars."""

    def __init__(self, trace: Any) -> None:
        self.soort = trace.type
        self.liggend = trace.orientation == "h"
        categorie, waarde = (trace.y, trace.x) if self.liggend else (trace.x, trace.y)
        self.categorieen = [str(c) for c in categorie]
        self.waarden = [None if w is None else float(w) for w in waarde]
        self.naam = trace.name or ""
        n = len(self.waarden)
        if self.soort == "scatter":
            self.kleuren = [trace.line.color] * n
            return
        marker = trace.marker
        alfa = _per_punt(marker.opacity if marker.opacity is not None else 1.0, n)
        self.kleuren = _per_punt(marker.color, n)
        self.vulling = [_kleur(k, a) for k, a in zip(self.kleuren, alfa, strict=True)]
        self.rand = [_kleur(k) for k in _per_punt(marker.line.color or "rgba(0,0,0,0)", n)]
        self.randdikte = float(marker.line.width or 0)
        self.arcering = "///" if marker.pattern and marker.pattern.shape == "/" else None
        self.labels: list[str] | None = None
        if trace.texttemplate:
            decimalen, teken_ = _formatteer(trace.texttemplate)
            self.labels = [dutch.getal(w, decimalen, teken_) for w in self.waarden]
        self.binnen = [p == "inside" for p in _per_punt(trace.textposition, n)]
        self.labelkleur = _per_punt(trace.textfont.color or AS_TEKST, n)


def _grafiek(fig: go.Figure, breedte_cm: float, hoogte_cm: float) -> Figure:
    """A bar or line chart of `cijfers.charts` as matplotlib draws it: the same traces in the
    same order and colours, the legend and title above the plot."""
    reeksen = [_Reeks(t) for t in fig.data if t.type in ("bar", "scatter")]
    liggend = any(r.liggend for r in reeksen)
    categorieen = list(dict.fromkeys(c for r in reeksen for c in r.categorieen))
    plek = {c: i for i, c in enumerate(categorieen)}
    uit = Figure(figsize=(breedte_cm * CM, hoogte_cm * CM), layout="constrained")
    ax = uit.add_subplot()
    staven = [r for r in reeksen if r.soort == "bar"]
    gestapeld = fig.layout.barmode == "stack"
    breedte = 0.8 if gestapeld or len(staven) <= 1 else 0.8 / len(staven)
    basis = [0.0] * len(categorieen)
    for i, r in enumerate(reeksen):
        posities = [plek[c] for c in r.categorieen]
        if r.soort == "scatter":
            ax.plot(
                posities,
                r.waarden,
                marker="o",
                markersize=3.5,
                lw=1.6,
                color=r.kleuren[0],
                label=r.naam,
            )
            continue
        verschuif = 0.0 if gestapeld or len(staven) <= 1 else (i - (len(staven) - 1) / 2) * breedte
        posities_v = [p + verschuif for p in posities]
        onder = [basis[p] for p in posities] if gestapeld else None
        waarden = [w or 0.0 for w in r.waarden]
        teken_staaf = ax.barh if liggend else ax.bar
        staaf = teken_staaf(
            posities_v,
            waarden,
            breedte,
            onder,
            color=r.vulling,
            edgecolor=r.rand,
            linewidth=r.randdikte,
            hatch=r.arcering,
            label=r.naam,
        )
        if gestapeld:
            for p, w in zip(posities, waarden, strict=True):
                basis[p] += w
        if r.labels:
            _staaflabels(ax, staaf, r, liggend)
    _assen(ax, fig, categorieen, liggend)
    titel = fig.layout.title.text
    if len(reeksen) > 1:
        _legenda(uit, ax, breedte_cm, titel)
    elif titel:
        uit.suptitle(titel, x=0.01, ha="left", fontsize=TITEL_PT)
    return uit


def _staaflabels(ax: Axes, staaf: Any, reeks: _Reeks, liggend: bool) -> None:
    """Each bar's figure: beside the bar, or inside it in the bar's label colour (the
    highlighted gemeente of a statement)."""
    labels = reeks.labels or []
    for rechthoek, tekst, binnen, kleur, waarde in zip(
        staaf.patches, labels, reeks.binnen, reeks.labelkleur, reeks.waarden, strict=True
    ):
        negatief = (waarde or 0) < 0
        if liggend:
            y = rechthoek.get_y() + rechthoek.get_height() / 2
            x = (waarde or 0) / 2 if binnen else (waarde or 0)
            plaats = "center" if binnen else ("right" if negatief else "left")
            schuif = (0 if binnen else (-3 if negatief else 3), 0)
            ax.annotate(
                tekst,
                (x, y),
                xytext=schuif,
                textcoords="offset points",
                ha=plaats,
                va="center",
                color=kleur,
                fontsize=8,
                annotation_clip=False,
            )
        else:
            x = rechthoek.get_x() + rechthoek.get_width() / 2
            y = (waarde or 0) / 2 if binnen else (waarde or 0)
            plaats = "center" if binnen else ("top" if negatief else "bottom")
            schuif = (0, 0 if binnen else (-3 if negatief else 3))
            ax.annotate(
                tekst,
                (x, y),
                xytext=schuif,
                textcoords="offset points",
                ha="center",
                va=plaats,
                color=kleur,
                fontsize=8,
                annotation_clip=False,
            )
    ax.margins(**{"x" if liggend else "y": 0.12})  # room for the figures beyond the bars


def _tikteksten(as_: Any, categorieen: list[str]) -> list[tuple[str, bool]]:
    """The category labels as the dashboard writes them: its own tick texts where the
    figure gives them (a winstpunt's name, the highlighted gemeente in bold), plain
    otherwise. A tick value may be the category itself or its escaped form."""
    if as_.tickmode != "array" or as_.tickvals is None or as_.ticktext is None:
        return [(c, False) for c in categorieen]
    teksten = dict(zip(map(str, as_.tickvals), as_.ticktext, strict=True))
    uit = []
    for c in categorieen:
        label = teksten.get(c, teksten.get(html.escape(c, quote=False)))
        uit.append(platte_tekst(label) if label is not None else (c, False))
    return uit


def _assen(ax: Axes, fig: go.Figure, categorieen: list[str], liggend: bool) -> None:
    """Axis titles, category labels, Dutch number ticks, the grid and the zero line."""
    categorie_as, waarde_as = (
        (fig.layout.yaxis, fig.layout.xaxis) if liggend else (fig.layout.xaxis, fig.layout.yaxis)
    )
    labels = _tikteksten(categorie_as, categorieen)
    posities = list(range(len(categorieen)))
    if not posities:
        return
    decimalen, _ = _formatteer(waarde_as.tickformat)
    getal = FuncFormatter(lambda w, _: dutch.getal(w, decimalen))
    if liggend:
        ax.set_yticks(posities, [t for t, _ in labels])
        ticks, waarde_ax = ax.get_yticklabels(), ax.xaxis
        ax.set_ylim(len(categorieen) - 0.5, -0.5)  # the first category on top, as on the page
        ax.grid(axis="x", color=RASTER, lw=0.6)
    else:
        ax.set_xticks(posities, [t for t, _ in labels])
        ticks, waarde_ax = ax.get_xticklabels(), ax.yaxis
        ax.set_xlim(-0.5, len(categorieen) - 0.5)
        ax.grid(axis="y", color=RASTER, lw=0.6)
    for tick, (_, vet) in zip(ticks, labels, strict=True):
        if vet:
            tick.set_fontweight("bold")
            tick.set_color(TEKST)
    waarde_ax.set_major_formatter(getal)
    if waarde_as.dtick == 1:
        waarde_ax.set_major_locator(MaxNLocator(integer=True))
    ax.set_axisbelow(True)
    ax.tick_params(length=0, axis="y" if liggend else "x")
    ax.set_xlabel(fig.layout.xaxis.title.text or "")
    ax.set_ylabel(fig.layout.yaxis.title.text or "")
    for vorm in fig.layout.shapes or ():
        if vorm.xref == "x" and vorm.x0 == vorm.x1 == 0:
            ax.axvline(0, color="#333333", lw=0.8)
        elif vorm.yref == "y" and vorm.y0 == vorm.y1 == 0:
            ax.axhline(0, color="#333333", lw=0.8)


def _legenda(uit: Figure, ax: Axes, breedte_cm: float, titel: str | None) -> None:
    """The legend above the plot, left aligned, in as many columns as fit the width (as on
    the page: there it never runs into the axis titles); the chart's title heads it, so
    the two can never overlap."""
    handles, namen = ax.get_legend_handles_labels()
    langste = max((len(n) for n in namen), default=1)
    per_regel = max(1, min(len(namen), int(breedte_cm / (0.17 * langste + 0.9))))
    uit.legend(
        handles,
        namen,
        loc="outside upper left",
        ncols=per_regel,
        fontsize=8,
        title=titel,
        title_fontproperties={"size": TITEL_PT},
        alignment="left",
    )


def _stroom(stroom: Stroom, breedte_cm: float) -> Figure:
    """The Verrekening's flow as the dashboard draws it (`cijfers.stroomvorm`): nodes as
    bars in columns with name and total, bands as filled bezier curves as wide as their
    value, in the gemeenten's colours; its title above it."""
    vorm = stroomvorm.indeling(stroom, EENHEDEN_STROOM)
    breedte_in = breedte_cm * CM
    eenheid_pt = breedte_in * 72 / vorm.breedte  # one unit of the drawing, in points
    kop_in = 0.3
    lijf_in = breedte_in * vorm.hoogte / vorm.breedte
    uit = Figure(figsize=(breedte_in, lijf_in + kop_in))
    uit.text(0.01, 1 - 0.12 / (lijf_in + kop_in), stroom.titel, fontsize=TITEL_PT, va="top")
    ax = uit.add_axes((0, 0, 1, lijf_in / (lijf_in + kop_in)))
    ax.set_axis_off()
    ax.set_xlim(0, vorm.breedte)
    ax.set_ylim(vorm.hoogte, 0)
    bocht = [MplPath.MOVETO, *[MplPath.CURVE4] * 3, MplPath.LINETO, *[MplPath.CURVE4] * 3]
    for baan in vorm.banden:
        x0, y0, x1, y1, d = baan.hoek
        xm = (x0 + x1) / 2
        punten = [(x0, y0), (xm, y0), (xm, y1), (x1, y1), (x1, y1 + d), (xm, y1 + d)]
        punten += [(xm, y0 + d), (x0, y0 + d), (x0, y0)]
        pad = MplPath(punten, [*bocht, MplPath.CLOSEPOLY])
        ax.add_patch(PathPatch(pad, facecolor=_kleur(baan.kleur, 0.45), linewidth=0))
    anker = {"end": "right", "start": "left", "middle": "center"}
    for knoop in vorm.knopen:
        ax.add_patch(
            Rectangle((knoop.x, knoop.y), stroomvorm.STAAF, knoop.hoogte, color=knoop.kleur)
        )
        for i, regel in enumerate(knoop.regels):
            ax.text(
                knoop.tekst_x,
                knoop.tekst_y + i * stroomvorm.REGEL,
                regel,
                ha=anker[knoop.anker],
                va="center",
                fontsize=stroomvorm.LETTER * eenheid_pt,
                fontweight="bold" if i < len(knoop.regels) - 1 else "normal",
            )
    return uit
