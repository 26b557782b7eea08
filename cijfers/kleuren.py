"""The gemeenten's own colours, the same on every chart, table bar and flow diagram.

Why a module of its own: the Plotly charts (`cijfers.charts`), the flows
(`cijfers.stromen`) and the dashboard's light elements all colour a gemeente the same way,
and none of them should need the others (or Plotly) for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from warehouse.referentie import GEMEENTEN

# Okabe-Ito: distinguishable for colour-blind readers, calm on a white page.
GEMEENTE_KLEUREN = dict(
    zip(GEMEENTEN, ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"), strict=True)
)
EXTRA_KLEUREN = ("#7F7F7F", "#999933", "#882255", "#44AA99", "#332288")
POT = "#7f7f7f"
"""The geldinbreng pot: money, not a gemeente's own colour."""


def gemeente_kleuren(codes: Iterable[str]) -> dict[str, str]:
    """Code -> colour for every gemeente: the six keep their fixed colour; added codes get
    the spare colours in code order, so they depend only on the gemeenten table (the same on
    every page) and no two gemeenten share one (up to five added gemeenten)."""
    extra = sorted(set(codes) - set(GEMEENTE_KLEUREN))
    return GEMEENTE_KLEUREN | {
        code: EXTRA_KLEUREN[i % len(EXTRA_KLEUREN)] for i, code in enumerate(extra)
    }
