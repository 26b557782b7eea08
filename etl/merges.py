"""Merged opdrachten (`samengevoegd_uit`) must not merge themselves, directly or in a circle.

Why: an opdracht that names itself, or PT-1 merged from PT-2 merged from PT-1, loaded and
counted negative saved hours (issue 15). Every opdracht on such a circle is rejected,
with the circle named; an opdracht that only points into a circle is then rejected by
the usual cascade ("samengevoegd_uit: opdracht PT-2 is afgekeurd ...").
"""

from __future__ import annotations

import polars as pl

from etl.rules import OK, Check


def merge_cycles(opdrachten: pl.DataFrame) -> Check:
    """A check that rejects the loaded opdrachten on a circle of `samengevoegd_uit`."""
    edges = {
        opdracht: [m for m in merged if m is not None]
        for opdracht, merged in opdrachten.filter(OK & pl.col("samengevoegd_uit").is_not_null())
        .select("opdracht_id", "samengevoegd_uit")
        .iter_rows()
    }
    reasons: dict[str, str] = {}
    for component in _cycles(edges):
        if len(component) == 1:
            (opdracht,) = component
            reasons[opdracht] = f"samengevoegd_uit noemt de opdracht zelf ({opdracht})"
            continue
        circle = " → ".join([*sorted(component), sorted(component)[0]])
        for opdracht in component:
            reasons[opdracht] = f"samengevoegd_uit vormt een kring: {circle}"
    kolom = pl.col("opdracht_id")
    return Check(
        kolom.is_in(list(reasons)),
        kolom.replace_strict(reasons, default=None, return_dtype=pl.String),
        "samenvoeging in een kring",
    )


def _cycles(edges: dict[str, list[str]]) -> list[set[str]]:
    """Strongly connected components on a circle (Tarjan, iterative: a hostile file may
    hold a chain of thousands of merges, deeper than Python's recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in edges:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            successors = [s for s in edges.get(node, []) if s in edges]
            if i < len(successors):
                work.append((node, i + 1))
                nxt = successors[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if work:  # pass the low link up to the caller
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges.get(node, []):
                    found.append(component)
    return found
