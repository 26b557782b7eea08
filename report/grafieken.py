"""The report's charts: what each is (`Grafiek`) and `teken`, which draws them without a
browser (matplotlib, `report.tekening`).

Why two modules: the dashboard imports the report with its Tussenstand page (the PDF
button); the page must not pay matplotlib's import (about half a second) until someone
asks for a PDF, so matplotlib is imported on the first drawing, not with the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import plotly.graph_objects as go

from cijfers.stromen import Stroom


@dataclass(frozen=True)
class Grafiek:
    """One figure of the report: the dashboard's plotly figure (or the Verrekening's flow),
    its size on paper and a description for screen readers."""

    naam: str
    figuur: go.Figure | Stroom
    breedte_cm: float
    hoogte_cm: float
    alt: str


def teken(grafieken: Sequence[Grafiek], formaat: str = "svg") -> dict[str, bytes]:
    """Every chart as an SVG document ('svg', for the PDF) or PNG image ('png', for Word),
    keyed by its name (`report.tekening.teken`)."""
    from report import tekening

    return tekening.teken(
        ((g.naam, g.figuur, g.breedte_cm, g.hoogte_cm) for g in grafieken), formaat
    )
