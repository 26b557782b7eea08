"""Plotly figures of capacity over the calendar (the Werkbank's Bezetting tab).

Same conventions as `cijfers.charts` (Dutch separators, fixed gemeente colours, the shared
layout); split off to keep that module small.
"""

from __future__ import annotations

from datetime import date, timedelta

import plotly.graph_objects as go
import polars as pl

import dutch.format as dutch
from cijfers.charts import _opmaak, gemeente_kleuren

# free (blue) through zero (white) to planned beyond availability (red)
VRIJ_SCHAAL = [[0.0, "#B2182B"], [0.5, "#F7F7F7"], [1.0, "#2166AC"]]


def bezetting_gemeenten(per_week: pl.DataFrame, gemeenten: dict[str, str]) -> go.Figure:
    """One line per gemeente: its medewerkers' free hours per week (below zero: more booked
    and planned than available)."""
    kleuren = gemeente_kleuren(gemeenten)
    fig = go.Figure()
    for (code, naam), deel in per_week.group_by(["gemeente", "gemeente_naam"], maintain_order=True):
        fig.add_trace(
            go.Scatter(
                x=[dutch.datum(d) for d in deel.get_column("week_start")],
                y=deel.get_column("vrije_uren").to_list(),
                name=naam,
                mode="lines",
                line_color=kleuren.get(code, "#7F7F7F"),
                hovertemplate=f"{naam}: %{{y:,.0f}} vrije uren<extra>week van %{{x}}</extra>",
            )
        )
    fig.update_yaxes(title="vrije uren per week", tickformat=",.0f")
    fig.update_xaxes(title="week van", type="category")
    return _opmaak(fig, "Vrije uren per gemeente per week", categorie="Week van", nullijn="y")


def bezetting_personen(per_week: pl.DataFrame, ruimte: pl.DataFrame | None = None) -> go.Figure:
    """A row per medewerker, a column per week, coloured by free hours (red: planned
    beyond availability); a ring marks a week in which the medewerker offered room
    (`ruimte_aanbod`, Mijn proeftuin), so the MT sees the offer beside the capacity."""
    breed = per_week.pivot(
        on="week_start", index=["medewerker_id", "naam"], values="vrije_uren", sort_columns=True
    )
    weken = [c for c in breed.columns if c not in ("medewerker_id", "naam")]
    hoogste = per_week.select(pl.col("vrije_uren").abs().max()).item()
    grens = max(float(hoogste or 0), 1.0)
    fig = go.Figure(
        go.Heatmap(
            z=breed.select(weken).to_numpy(),
            x=[dutch.datum(date.fromisoformat(w)) for w in weken],
            y=[f"{n} ({m})" for m, n in breed.select("medewerker_id", "naam").iter_rows()],
            zmin=-grens,
            zmax=grens,
            colorscale=VRIJ_SCHAAL,
            colorbar={"title": "vrije uren"},
            hovertemplate="%{y}<br>week van %{x}: %{z:,.0f} vrije uren<extra></extra>",
        )
    )
    if ruimte is not None:
        fig.add_trace(_ruimte_ringen(breed, weken, ruimte))
    fig.update_xaxes(title="week van", type="category")
    fig.update_yaxes(autorange="reversed")
    hoogte = min(max(320, 22 * breed.height + 120), 2400)
    return _opmaak(fig, "Vrije uren per medewerker per week", hoogte=hoogte, categorie="Medewerker")


def _ruimte_ringen(breed: pl.DataFrame, weken: list[str], ruimte: pl.DataFrame) -> go.Scatter:
    """One ring per (medewerker, week) inside an offer of room: a week counts when it
    overlaps the offer's van..tot."""
    labels = dict(
        zip(
            breed.get_column("medewerker_id").to_list(),
            [f"{n} ({m})" for m, n in breed.select("medewerker_id", "naam").iter_rows()],
            strict=True,
        )
    )
    x, y, tekst = [], [], []
    for r in ruimte.filter(pl.col("medewerker_id").is_in(list(labels))).iter_rows(named=True):
        for week in weken:
            begin = date.fromisoformat(week)
            if r["van"] <= begin + timedelta(days=6) and begin <= r["tot"]:
                x.append(dutch.datum(begin))
                y.append(labels[r["medewerker_id"]])
                soort = f" voor {r['soort_werk']}" if r["soort_werk"] else ""
                tekst.append(f"{dutch.getal(r['uren_per_week'], 1)} uur per week aangeboden{soort}")
    return go.Scatter(
        x=x,
        y=y,
        text=tekst,
        mode="markers",
        name="aangeboden ruimte",
        marker={"symbol": "circle-open", "size": 9, "color": "#1a1a1a", "line": {"width": 2}},
        hovertemplate="%{y}<br>week van %{x}: %{text}<extra></extra>",
        showlegend=True,
    )
