"""Opdrachten and their deelnemers: the rules that depend on each other.

A deelnemers row needs a loaded opdracht; a `meervoudig_lokaal` opdracht needs two
loaded deelnemers rows; an opdracht merged from others (`samengevoegd_uit`) needs those
to be loaded. Rejecting one can reject another, so the rules are repeated until nothing
changes (there are few opdrachten: this is cheap).
"""

from __future__ import annotations

import polars as pl

from dutch.format import getal_kort
from etl.merges import merge_cycles
from etl.rules import OK, Check, Registry, add_reasons

SHARE_TOLERANCE = 0.001


def settle_opdrachten(
    opdrachten: pl.DataFrame, deelnemers: pl.DataFrame, unread: pl.DataFrame | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Apply the linked rules until stable; then fill equal shares where none were given.

    `unread`: opdrachten in files rejected as a whole (see `Registry.of`).
    """
    opdrachten = add_reasons(opdrachten, [merge_cycles(opdrachten)])
    while True:
        registry = Registry.of(opdrachten, "opdracht_id", "opdracht", unread)
        deelnemers = add_reasons(deelnemers, [registry.check("opdracht_id")])
        deelnemers = reject_bad_share_sums(deelnemers)
        loaded_before = opdrachten.filter(OK).height
        opdrachten = add_reasons(
            opdrachten, [_too_few_deelnemers(deelnemers), _merged_from_missing(registry)]
        )
        if opdrachten.filter(OK).height == loaded_before:
            return opdrachten, fill_equal_shares(deelnemers)


def reject_bad_share_sums(deelnemers: pl.DataFrame) -> pl.DataFrame:
    """All rows of an opdracht whose shares do not add up to 1 (or are half given) go."""
    per_opdracht = (
        deelnemers.filter(OK)
        .group_by("opdracht_id", maintain_order=True)
        .agg(
            pl.len().alias("n"),
            pl.col("aandeel").null_count().alias("leeg"),
            pl.col("aandeel").sum().alias("som"),
        )
    )
    reasons: dict[str, str] = {}
    for opdracht, n, leeg, som in per_opdracht.iter_rows():
        if 0 < leeg < n:
            reasons[opdracht] = (
                f"opdracht {opdracht}: {leeg} van de {n} deelnemers hebben geen aandeel; "
                "vul het bij allemaal in (of bij geen enkele: dan delen ze gelijk)"
            )
        elif leeg == 0 and abs(som - 1) > SHARE_TOLERANCE:
            reasons[opdracht] = (
                f"aandelen van opdracht {opdracht} tellen op tot {getal_kort(som)} "
                f"({getal_kort(som * 100, 1)}%) in plaats van 1 (100%)"
            )
    if not reasons:
        return deelnemers
    opdracht = pl.col("opdracht_id")
    return add_reasons(
        deelnemers,
        [
            Check(
                opdracht.is_in(list(reasons)),
                opdracht.replace_strict(reasons, default=None, return_dtype=pl.String),
                "aandelen tellen niet op tot 1",
            )
        ],
    )


def _too_few_deelnemers(deelnemers: pl.DataFrame) -> Check:
    counts = deelnemers.filter(OK).group_by("opdracht_id").len()
    n = pl.col("opdracht_id").replace_strict(
        dict(counts.iter_rows()), default=0, return_dtype=pl.UInt32
    )
    return Check(
        (pl.col("soort_opdracht") == "meervoudig_lokaal") & (n < 2),
        pl.format(
            "opdracht {} is meervoudig_lokaal maar heeft {} geldige deelnemer(s); "
            "minstens 2 nodig in deelnemers",
            "opdracht_id",
            n,
        ),
        "meervoudig_lokaal zonder 2 deelnemers",
    )


def _merged_from_missing(registry: Registry) -> Check:
    """An opdracht merged from opdrachten that are not loaded (the first one is named)."""
    missing = pl.col("samengevoegd_uit").list.eval(
        pl.element().filter(~pl.element().is_in(registry.loaded.implode()))
    )
    return registry.check(missing.list.first(), prefix="samengevoegd_uit: ")


def fill_equal_shares(deelnemers: pl.DataFrame) -> pl.DataFrame:
    """Deelnemers without aandeel share equally: store 1/n, so every reader sees the share."""
    n = OK.sum().over("opdracht_id")
    return deelnemers.with_columns(
        pl.when(OK & pl.col("aandeel").is_null())
        .then(1.0 / n)
        .otherwise(pl.col("aandeel"))
        .alias("aandeel")
    )
