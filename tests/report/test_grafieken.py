"""The charts as printed: the dashboard's figure, restyled, with source text kept as text."""

from __future__ import annotations

import plotly.graph_objects as go

from report.grafieken import LETTERTYPE, PX_PER_CM, Grafiek, _voor_papier


def test_print_copy_escapes_source_text_and_sets_size_and_font():
    fig = go.Figure(go.Bar(x=["<a href='http://x'>Gorinchem</a>"], y=[1], name="<b>b</b>"))
    papier = _voor_papier(Grafiek("t", fig, 16.0, 7.5, "alt"))
    assert papier.data[0].x[0] == "&lt;a href='http://x'&gt;Gorinchem&lt;/a&gt;"
    assert papier.data[0].name == "&lt;b&gt;b&lt;/b&gt;"
    assert fig.data[0].x[0].startswith("<a")  # the dashboard's own figure is untouched
    assert papier.layout.width == round(16.0 * PX_PER_CM)
    assert papier.layout.font.family == LETTERTYPE
