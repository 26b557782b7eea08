"""Chart margins wide enough for the axis labels, so plotly lays a chart out once.

Why: the charts of `cijfers.charts` set 10 px margins and leave the room for tick labels
and axis titles to plotly's `automargin` (Streamlit's theme switches it on). Plotly then
draws each chart, measures its labels, finds they need more room and draws it all again:
a third of the chart's drawing on a page switch (docs/benchmarks.md, "Chart margins").
Here each bar or line chart gets margins estimated from its own labels before it is sent;
when they suffice, plotly draws once. `automargin` stays on, so a label the estimate
missed (a long category turned on a narrow phone screen) still gets room, as before,
at the cost of the second draw. Only the dashboard's copy changes: the report draws the
same figures through kaleido once anyway, with the chart functions' own margins.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

import plotly.graph_objects as go

# Streamlit's theme writes tick labels in 12 px Source Sans: about 6 px per character on
# average ('Hendrik-Ido-Ambacht' took 109 px); 6,2 keeps digits inside the estimate.
TEKEN_PX = 6.2
REGEL_PX = 16  # one line of tick label
# tick length and padding, the axis title (14 px) and its standoff in Streamlit's theme:
# plotly's own automargin came to 50–53 px beyond the labels (measured at 1366 px)
AS_PX = 54
ZONDER_TITEL_PX = 20
LABEL_REGEL = re.compile(r"<br\s*/?>")
HTML_TAG = re.compile(r"<[^>]+>")


def _regels(labels: Iterable[object]) -> list[str]:
    """Every line of every label, without plotly's HTML tags (`<b>`, `<br>`)."""
    return [HTML_TAG.sub("", r) for label in labels for r in LABEL_REGEL.split(str(label))]


def _breedte(regels: list[str]) -> float:
    return TEKEN_PX * max((len(r) for r in regels), default=0)


def _getal_breedte(hoogste: float, negatief: bool, formaat: str | None) -> float:
    """The widest tick label of a value axis up to `hoogste` (absolute): plotly rounds
    its top tick up, so the next power of ten, with thousands separators, the sign of
    negative values and the decimals of `formaat` (',.1f')."""
    macht = 10 ** math.ceil(math.log10(hoogste)) if hoogste >= 1 else 1
    decimalen = re.search(r"\.(\d+)f", formaat or "")
    teken = "-" if negatief else ""
    tekst = f"{teken}{macht:,.0f}" + ("," + "0" * int(decimalen.group(1)) if decimalen else "")
    return TEKEN_PX * (len(tekst) + 1)  # one character to spare: 1 px short costs a redraw


def _as_titel(as_: go.layout.XAxis | go.layout.YAxis) -> bool:
    return bool(as_.title.text)


def vooraf(fig: go.Figure) -> go.Figure:
    """Widen the left and bottom margins of a bar or line chart (in place) to what its
    labels need; other charts (heat maps) are left as they are."""
    if not fig.data or any(t.type not in ("bar", "scatter") for t in fig.data):
        return fig
    liggend = any(t.orientation == "h" for t in fig.data)
    categorie_as = fig.layout.yaxis if liggend else fig.layout.xaxis
    waarde_as = fig.layout.xaxis if liggend else fig.layout.yaxis
    if categorie_as.ticktext is not None:
        categorieen: list[object] = list(categorie_as.ticktext)
    else:
        categorieen = [c for t in fig.data for c in ((t.y if liggend else t.x) or ())]
    # a stacked chart's axis reaches the sum of a category's bars: count every bar once
    boven: dict[str, float] = defaultdict(float)
    onder: dict[str, float] = defaultdict(float)
    for t in fig.data:
        cats = (t.y if liggend else t.x) or ()
        for c, w in zip(cats, (t.x if liggend else t.y) or (), strict=False):
            if isinstance(w, int | float):
                (boven if w >= 0 else onder)[str(c)] += w
    hoogste = max([*boven.values(), *(-w for w in onder.values()), 0.0])
    getal = _getal_breedte(hoogste, bool(onder), waarde_as.tickformat)
    labels = _regels(categorieen)
    regels = max((len(LABEL_REGEL.split(str(c))) for c in categorieen), default=1)
    extra_cat = AS_PX if _as_titel(categorie_as) else ZONDER_TITEL_PX
    extra_waarde = AS_PX if _as_titel(waarde_as) else ZONDER_TITEL_PX
    if liggend:
        links, onderkant = _breedte(labels) + extra_cat, REGEL_PX + extra_waarde
    else:
        links, onderkant = getal + extra_waarde, REGEL_PX * regels + extra_cat
    marge = fig.layout.margin
    fig.update_layout(
        margin={"l": max(marge.l or 0, round(links)), "b": max(marge.b or 0, round(onderkant))}
    )
    return fig
