"""The row rules of `besparingen`: the activities that save hours or money (issue 22).

A module of its own so that the shared `etl.validate` gains one line: other kinds are
added there at the same time. A row names its opdracht (the saving is traced to it and
to its winstpunten), gives hours, euros or both, and says what the estimate rests on in
`grondslag`; a row without grondslag is loaded (nothing is silently dropped) and the
views show it as *zonder onderbouwing*, never adding it in.
"""

from __future__ import annotations

import polars as pl

from etl.rules import Check, Registry, add_reasons, map_gemeente, reject_duplicates


def besparingen_regels(
    rows: pl.DataFrame, opdracht: Registry, gemeenten: dict[str, str]
) -> pl.DataFrame:
    """Unique id, a known gemeente (if given), an amount, an existing opdracht."""
    rows = map_gemeente(rows, "gemeente", gemeenten)
    rows = reject_duplicates(rows, ["besparing_id"], "besparing_id {}", "besparing_id dubbel")
    return add_reasons(
        rows,
        [
            Check(
                pl.col("uren").is_null() & pl.col("bedrag_eur").is_null(),
                pl.lit("een besparing zonder uren en zonder bedrag_eur: vul er minstens één in"),
                "besparing zonder omvang",
            ),
            opdracht.check("opdracht_id"),
        ],
    )
