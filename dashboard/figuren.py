"""The charts of `cijfers.charts` as the pages draw them: built once per content, shared.

Why: plotly validates every property it is given, so building a figure costs milliseconds
per call, and a warm page run built every chart again from the same cached data (110 of
the Tussenstand's 164 ms of server time per rerun, docs/benchmarks.md). Here each chart
function is wrapped as `dashboard.queries` wraps the reads: the figure is built, the table
of its figures read (`charts.cijfers`) and its labels escaped (`letterlijk.figuur`) once
per distinct input, and kept in `st.cache_resource`, keyed on the chart function and its
arguments (frames by content, so a new warehouse gives new figures). Shared, not copied:
`st.plotly_chart` copies a figure before it sends it, and nothing changes it afterwards.
The pages call `ui.plotly(figuren.saldo_per_gemeente(...))` with the chart function's own
parameters; the figure itself is the same as `cijfers.charts` builds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple, ParamSpec

import plotly.graph_objects as go
import polars as pl
import streamlit as st

from cijfers import charts, charts_tijd, letterlijk
from dashboard import marges

P = ParamSpec("P")

_MAKERS: dict[str, Callable[..., go.Figure]] = {}


class Grafiek(NamedTuple):
    """A chart ready to draw: the figure with its labels escaped for plotly's HTML, and
    the table of its figures with the labels as written (`charts.cijfers`)."""

    figuur: go.Figure
    tabel: pl.DataFrame


@st.cache_resource(max_entries=256, show_spinner=False)
def _gebouwd(naam: str, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]) -> Grafiek:
    fig = _MAKERS[naam](*args, **dict(kwargs))
    # the table first: `figuur` escapes the labels in place, the table shows them as written
    tabel = charts.cijfers(fig)
    # margins for the labels as written, before escaping lengthens '&' to '&amp;'
    return Grafiek(letterlijk.figuur(marges.vooraf(fig)), tabel)


def _cached(maker: Callable[P, go.Figure]) -> Callable[P, Grafiek]:
    """`maker` answering a `Grafiek`, built once per distinct arguments."""
    naam = f"{maker.__module__}.{maker.__name__}"
    _MAKERS[naam] = maker

    def gebouwd(*args: P.args, **kwargs: P.kwargs) -> Grafiek:
        return _gebouwd(naam, args, tuple(sorted(kwargs.items())))

    gebouwd.__name__ = maker.__name__
    gebouwd.__doc__ = maker.__doc__
    return gebouwd


saldo_per_gemeente = _cached(charts.saldo_per_gemeente)
verloop = _cached(charts.verloop)
prognose = _cached(charts.prognose)
gestapeld = _cached(charts.gestapeld)
groepen = _cached(charts.groepen)
prognose_voor_na = _cached(charts.prognose_voor_na)
bezetting_gemeenten = _cached(charts_tijd.bezetting_gemeenten)
bezetting_personen = _cached(charts_tijd.bezetting_personen)
