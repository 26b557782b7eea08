"""Source text shown literally: no markdown, no HTML, no links, no fetched images.

Why: an opdrachtformulering written as `![p](http://evil.example/t.png)` rendered as an
image the browser fetched, `[x](http://...)` as a link, and a gemeente named
`<a xlink:href=...>` became a live link in plotly charts (issue 15). Source text in
markdown goes through `ui.plat` (or is shown with `st.text`, never parsed); every chart
goes through `figuur` (in `ui.plotly`), which escapes the HTML plotly understands in its
labels.
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

_LABELS = ("x", "y", "labels", "text", "ids")


def html(tekst: str) -> str:
    """Text for a plotly label: plotly reads `<a>`, `<b>`, `<br>` and entities in labels."""
    return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def figuur(fig: go.Figure) -> go.Figure:
    """Escape the text of every trace (categories, names, labels) of a figure in place.

    A trace's name also appears in its hover template (the chart functions format it in);
    there it is replaced by the escaped name.
    """
    for trace in fig.data:
        for attr in _LABELS:
            if attr in trace and trace[attr] is not None:
                trace[attr] = _escaped(trace[attr])
        if "name" in trace and isinstance(trace.name, str) and html(trace.name) != trace.name:
            template = trace.hovertemplate if "hovertemplate" in trace else None
            if isinstance(template, str):
                trace.hovertemplate = template.replace(trace.name, html(trace.name))
            trace.name = html(trace.name)
    return fig


def _escaped(value: object) -> object:
    if isinstance(value, str):
        return html(value)
    if hasattr(value, "tolist"):  # numpy arrays, as plotly keeps data
        items = value.tolist()
    elif isinstance(value, Sequence):
        items = list(value)
    else:
        return value
    return [html(v) if isinstance(v, str) else v for v in items]
