"""The layout of a flow diagram (`cijfers.stromen.Stroom`): where each node's bar and label
stand and the path of each band, in the drawing's own units.

Why a module of its own, below the dashboard: the dashboard draws the layout as inline SVG
(`dashboard.stromen`) and the report draws the same layout with matplotlib
(`report.grafieken`), so the Verrekening looks alike on the page and on paper; the report
may not import the dashboard (it runs without Streamlit). No drawing library here.
"""

from __future__ import annotations

import textwrap
from typing import NamedTuple

from cijfers.stromen import Stroom

LETTER = 13
"""Font size in the drawing's own units (px at the wide drawing's full width)."""
REGEL = 16
"""Line height of a label."""
STAAF = 12
"""A node bar's width."""
TUSSEN = 14
"""Least vertical gap between two nodes of a column."""
LIJF = 280.0
"""The bars' height in a column of few nodes: the whole flow at least this tall."""
TEKEN_BREEDTE = 0.58
"""A character's width as a share of the font size (Liberation Sans and system sans-serif
average about 0,5; a little more, so a label never runs off the drawing)."""


class Rechthoek(NamedTuple):
    """A node as drawn: its key, bar position and size, its label's lines, where the first
    line's centre is and how the lines are anchored there, its colour and tooltip."""

    sleutel: str
    x: float
    y: float
    hoogte: float
    regels: tuple[str, ...]
    tekst_x: float
    tekst_y: float
    anker: str
    kleur: str
    tooltip: str


class Baan(NamedTuple):
    """A band as drawn: the SVG path of the filled bezier band, its colour, tooltip and value."""

    pad: str
    kleur: str
    tooltip: str
    waarde: float
    hoek: tuple[float, float, float, float, float]
    """The path's own numbers: x and top y at the source, x and top y at the target, and
    the band's thickness (the report draws the band from them, not from `pad`)."""


class Indeling(NamedTuple):
    """A laid-out diagram: the drawing's width and height (its viewBox) and its parts."""

    breedte: float
    hoogte: float
    knopen: tuple[Rechthoek, ...]
    banden: tuple[Baan, ...]


def _tekst_breedte(regel: str) -> float:
    return len(regel) * LETTER * TEKEN_BREEDTE


def _regels(naam: str, bedrag: str, wrap: int | None) -> tuple[str, ...]:
    namen = (
        textwrap.wrap(naam, wrap, break_long_words=False, break_on_hyphens=False)
        if wrap
        else [naam]
    )
    return (*(namen or [naam]), bedrag)


def indeling(stroom: Stroom, breedte: float = 860, wrap: int | None = None) -> Indeling:
    """Lay `stroom` out in a drawing `breedte` units wide: columns evenly spread between
    the label margins (the first column's labels left of its bars, the last's right of
    them, a middle column's centred above its bars, where they cross no other label), each
    node as tall as what flows through it (one scale for the whole drawing, so equal
    values are equally wide everywhere), nodes at least `TUSSEN` apart and far enough
    apart for their labels, each column centred vertically.
    A band leaves its source below the bands before it (ordered by where they go) and
    enters its target in the order of their sources, so bands do not cross at a node.
    `wrap`: names wrapped at that many characters (the narrow drawing)."""
    kolommen = 1 + max((k.kolom for k in stroom.knopen), default=0)
    per_kolom = [[k for k in stroom.knopen if k.kolom == c] for c in range(kolommen)]
    totaal = {k.sleutel: stroom.totaal(k.sleutel) for k in stroom.knopen}
    regels = {
        k.sleutel: _regels(k.naam, stroom.bedrag(totaal[k.sleutel]), wrap) for k in stroom.knopen
    }
    marge = {
        c: max((_tekst_breedte(r) for k in per_kolom[c] for r in regels[k.sleutel]), default=0) + 8
        for c in (0, kolommen - 1)
    }
    links, rechts = marge[0], breedte - marge[kolommen - 1]
    stap = (rechts - links - STAAF) / max(kolommen - 1, 1)
    # one scale: the fullest column fills the body height (`LIJF`, more for many nodes)
    schaal = min(
        (max(LIJF, 70.0 * len(kol)) - TUSSEN * (len(kol) - 1))
        / (sum(totaal[k.sleutel] for k in kol) or 1)
        for kol in per_kolom
    )
    posities: dict[str, tuple[float, float, float]] = {}  # y, height, first line's centre
    hoogtes = []
    for c, kol in enumerate(per_kolom):
        boven = 0 < c < kolommen - 1  # a middle column: labels above the bars
        y, onder = 0.0, 0.0  # the next node's least top, the last label's bottom
        for k in kol:
            h = max(totaal[k.sleutel] * schaal, 1.0)
            blok = len(regels[k.sleutel]) * REGEL
            if boven:
                y += blok + 4
                tekst = y - blok - 4 + REGEL / 2
            else:  # the label's block centred on the bar, below the previous label
                y = max(y, onder + 4 + blok / 2 - h / 2)
                tekst = y + h / 2 - blok / 2 + REGEL / 2
            posities[k.sleutel] = (y, h, tekst)
            onder = max(y + h, tekst - REGEL / 2 + blok)
            y += h + TUSSEN
        hoogtes.append(onder)
    hoogte = max(hoogtes, default=0) + REGEL
    rechthoeken = {}
    for c, kol in enumerate(per_kolom):
        x = links + c * stap
        schuif = (hoogte - hoogtes[c]) / 2
        for k in kol:
            y, h, tekst = posities[k.sleutel]
            if c == 0 and kolommen > 1:
                tekst_x, anker = x - 6, "end"
            elif c == kolommen - 1:
                tekst_x, anker = x + STAAF + 6, "start"
            else:
                tekst_x, anker = x + STAAF / 2, "middle"
            rechthoeken[k.sleutel] = Rechthoek(
                k.sleutel,
                round(x, 2),
                round(y + schuif, 2),
                round(h, 2),
                regels[k.sleutel],
                round(tekst_x, 2),
                round(tekst + schuif, 2),
                anker,
                k.kleur,
                f"{k.naam}: {stroom.bedrag(totaal[k.sleutel])}",
            )
    return Indeling(
        breedte, round(hoogte, 2), tuple(rechthoeken.values()), _banen(stroom, rechthoeken, schaal)
    )


def _banen(stroom: Stroom, knopen: dict[str, Rechthoek], schaal: float) -> tuple[Baan, ...]:
    """Each band as a closed path: a bezier from its place on the source's bar to its place
    on the target's bar along the top, and back along the bottom."""
    volgorde = {k: (r.x, r.y) for k, r in knopen.items()}
    uit = {k: 0.0 for k in knopen}
    binnen = {k: 0.0 for k in knopen}
    bij_bron: dict[int, tuple[float, float]] = {}
    for i, b in sorted(enumerate(stroom.banden), key=lambda ib: volgorde[ib[1].naar]):
        bij_bron[i] = (knopen[b.van].y + uit[b.van], b.waarde * schaal)
        uit[b.van] += b.waarde * schaal
    banen = []
    in_volgorde = sorted(enumerate(stroom.banden), key=lambda ib: volgorde[ib[1].van])
    bij_doel = {}
    for i, b in in_volgorde:
        bij_doel[i] = knopen[b.naar].y + binnen[b.naar]
        binnen[b.naar] += b.waarde * schaal
    for i, b in enumerate(stroom.banden):
        y0, dikte = bij_bron[i]
        y1 = bij_doel[i]
        x0 = knopen[b.van].x + STAAF
        x1 = knopen[b.naar].x
        xm = (x0 + x1) / 2
        d = max(dikte, 0.5)
        pad = (
            f"M{x0:.2f},{y0:.2f}C{xm:.2f},{y0:.2f} {xm:.2f},{y1:.2f} {x1:.2f},{y1:.2f}"
            f"L{x1:.2f},{y1 + d:.2f}C{xm:.2f},{y1 + d:.2f} {xm:.2f},{y0 + d:.2f} "
            f"{x0:.2f},{y0 + d:.2f}Z"
        )
        banen.append(Baan(pad, b.kleur, b.tekst, b.waarde, (x0, y0, x1, y1, d)))
    return tuple(banen)
