"""The row rules of the qualitative kinds of issue 22: interviews, tevredenheid,
leerverhalen and verwachtingen (docs/bronbestanden.md).

A module of its own so that the shared `etl.validate` gains one line. Texts are loaded as
written; the pages and the report show them as plain text and leave out persons for the
roles that may not read them (`cijfers.anoniem`).
"""

from __future__ import annotations

import polars as pl

from etl.rules import Check, Registry, add_reasons, map_gemeente, reject_duplicates


def kwalitatief_regels(
    f: dict[str, pl.DataFrame], opdracht: Registry, gemeenten: dict[str, str]
) -> dict[str, pl.DataFrame]:
    """The four kinds checked: known opdrachten and gemeenten, one answer per key, and an
    expectation that is measured names both its maatstaf and its streefwaarde."""
    interviews = add_reasons(f["interviews"], [opdracht.check("opdracht_id")])
    interviews = reject_duplicates(
        interviews, ["opdracht_id", "rol", "datum"], "interview {} / {} / {}", "interview dubbel"
    )
    tevredenheid = reject_duplicates(
        f["tevredenheid"], ["jaar", "rol"], "tevredenheid {} / {}", "tevredenheid dubbel"
    )
    verwachtingen = add_reasons(
        map_gemeente(f["verwachtingen"], "gemeente", gemeenten),
        [
            Check(
                pl.col("maatstaf").is_null() != pl.col("streefwaarde").is_null(),
                pl.lit("vul maatstaf en streefwaarde allebei in, of allebei niet"),
                "maatstaf zonder streefwaarde",
            )
        ],
    )
    return {
        "interviews": interviews,
        "tevredenheid": tevredenheid,
        "leerverhalen": add_reasons(f["leerverhalen"], [opdracht.check("opdracht_id")]),
        "verwachtingen": verwachtingen,
    }
