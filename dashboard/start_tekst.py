"""Start's fixed text (what the proeftuin is, how it works) as one piece of static HTML.

Why one `st.html` instead of two `st.markdown` and a subheader: each markdown element is
parsed and rendered by the browser's markdown code on every first visit (a V8 profile of
Start's first visit: markdown 1,1 s, docs/benchmarks.md); the text is the same every run,
so it is rendered once, here, by markdown-it (`dashboard.markdown_veilig`), from the same
source texts (`dashboard.teksten`).
"""

from __future__ import annotations

from dashboard import teksten
from dashboard.markdown_veilig import naar_html

HOE_HET_WERKT = "Hoe werkt het?"

INLEIDING = (
    f'<div class="start-tekst">{naar_html(teksten.INTRO)}'
    f"<h3>{HOE_HET_WERKT}</h3>{naar_html(teksten.HOE_HET_WERKT)}</div>"
)
"""The introduction and "Hoe werkt het?" as HTML (our own constant texts)."""
