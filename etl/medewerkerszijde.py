"""Row rules of the employees' side of the platform: the MT's nieuws, an employee's
ruimte (hours a week on offer for a period) and interesse in an opdracht.

Why apart from `etl.validate`: these kinds only refer to medewerkers and opdrachten, so
they are checked after both, in one step that `validate` calls. Each kind is a log: a
row adds or withdraws (`intrekken`), nothing is ever deleted, and the views of `sql/`
take the latest row per key. A withdrawal needs something to withdraw.
"""

from __future__ import annotations

import polars as pl

from dutch import format as nl
from etl.rules import OK, Check, Registry, add_reasons, reject_duplicates


def medewerkerszijde(
    f: dict[str, pl.DataFrame], medewerker: Registry, opdracht: Registry
) -> dict[str, pl.DataFrame]:
    """The three kinds with their reasons filled in."""
    return {
        "nieuws": _nieuws(f["nieuws"], opdracht),
        "ruimte": _ruimte(f["ruimte"], medewerker),
        "interesse": add_reasons(
            f["interesse"],
            [medewerker.check("medewerker_id"), opdracht.check("opdracht_id")],
        ),
    }


def _leeg(kolom: str, actie: str) -> Check:
    return Check(
        (pl.col("actie") == actie) & pl.col(kolom).is_null(),
        pl.lit(f"{kolom} ontbreekt (verplicht bij {actie})"),
        f"{kolom} ontbreekt",
    )


def _ingetrokken_zonder(rows: pl.DataFrame, sleutel: str, actie: str, wat: str) -> Check:
    """A withdrawal of an id no loaded row has added."""
    bestaand = rows.filter(OK, pl.col("actie") == actie)[sleutel].unique()
    return Check(
        (pl.col("actie") == "intrekken") & ~pl.col(sleutel).is_in(bestaand.implode()),
        pl.format(f"{wat} {{}} bestaat niet: er is niets om in te trekken", sleutel),
        f"{wat} bestaat niet",
    )


def _nieuws(rows: pl.DataFrame, opdracht: Registry) -> pl.DataFrame:
    rows = add_reasons(
        rows,
        [_leeg(k, "publiceren") for k in ("titel", "datum", "tekst")]
        + [opdracht.check("opdracht_id")],
    )
    # one publication and one withdrawal per id: a repeated click writes nothing twice
    rows = reject_duplicates(rows, ["nieuws_id", "actie"], "nieuwsbericht {} ({})", "dubbel")
    return add_reasons(
        rows, [_ingetrokken_zonder(rows, "nieuws_id", "publiceren", "nieuwsbericht")]
    )


def _ruimte(rows: pl.DataFrame, medewerker: Registry) -> pl.DataFrame:
    rows = add_reasons(
        rows,
        [
            medewerker.check("medewerker_id"),
            *(_leeg(k, "aanbieden") for k in ("van", "tot", "uren_per_week")),
            Check(
                pl.col("tot") < pl.col("van"),
                pl.format(
                    "tot {} ligt voor van {}",
                    pl.col("tot").dt.strftime(nl.DATUM),
                    pl.col("van").dt.strftime(nl.DATUM),
                ),
                "tot voor van",
            ),
        ],
    )
    rows = reject_duplicates(rows, ["ruimte_id", "actie"], "aanbod {} ({})", "dubbel")
    return add_reasons(rows, [_ingetrokken_zonder(rows, "ruimte_id", "aanbieden", "aanbod")])
