"""The machinery of row rules: each rule is a `Check` that names bad rows and says why.

A row keeps the first reason it gets, so rules are applied in the order a controller
would fix them (a missing column before a wrong reference). Rules select bad rows with
cheap vectorised expressions; only the (few) rejected rows get their reason text built,
so the happy path of a million hour registrations stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from dutch import format as nl

REDEN = "_reden"  # the reason a row is rejected (null: loaded)
AFKEURSOORT = "_afkeursoort"  # the rule that rejected it, for grouping in the report
BESTAND = "bestand"
REGEL = "regel"
OK = pl.col(REDEN).is_null()
EPSILON = 1e-9
MAX_UREN_PER_DAG = 24.0


@dataclass(frozen=True)
class Check:
    """A rule: which rows break it (`bad`), the reason text and the rule's name."""

    bad: pl.Expr
    reden: pl.Expr
    soort: pl.Expr | str


def add_reasons(frame: pl.DataFrame, checks: list[Check]) -> pl.DataFrame:
    """Give every still-loaded row that breaks a check the reason of the first such check."""
    if REDEN not in frame.columns:
        frame = frame.with_columns(
            pl.lit(None, pl.String).alias(REDEN), pl.lit(None, pl.String).alias(AFKEURSOORT)
        )
    if not checks or frame.height == 0:
        return frame
    first = frame.select(
        pl.when(OK).then(
            pl.coalesce(
                pl.when(c.bad.fill_null(False)).then(pl.lit(i, pl.UInt16))
                for i, c in enumerate(checks)
            )
        )
    ).to_series()
    rows = first.is_not_null().arg_true()
    if rows.len() == 0:
        return frame
    hits = frame[rows].with_columns(first.gather(rows).alias("_check"))
    which = pl.col("_check")
    texts = hits.select(
        pl.coalesce(
            pl.when(which == i).then(pl.coalesce(c.reden, _expr(c.soort)))
            for i, c in enumerate(checks)
        ).alias(REDEN),
        pl.coalesce(pl.when(which == i).then(_expr(c.soort)) for i, c in enumerate(checks)).alias(
            AFKEURSOORT
        ),
    )
    return set_reasons(frame, rows, texts[REDEN], texts[AFKEURSOORT])


def set_reasons(
    frame: pl.DataFrame, rows: pl.Series, reden: pl.Series, soort: pl.Series
) -> pl.DataFrame:
    """Write reasons into the given row positions (which must not have one yet)."""
    return frame.with_columns(
        frame[REDEN].clone().scatter(rows, reden), frame[AFKEURSOORT].clone().scatter(rows, soort)
    )


def _expr(value: pl.Expr | str) -> pl.Expr:
    return pl.lit(value) if isinstance(value, str) else value


def reject_duplicates(frame: pl.DataFrame, keys: list[str], wat: str, soort: str) -> pl.DataFrame:
    """Of loaded rows with the same `keys`, the first stays; later ones are rejected.

    `wat` describes the key for the reason, with `{}` for each key value.
    """
    row = pl.int_range(pl.len(), dtype=pl.UInt32).alias("_rij")
    candidates = frame.select(row, *keys, BESTAND, REGEL, REDEN).filter(
        OK, *(pl.col(k).is_not_null() for k in keys)
    )
    # fast path: equal keys have equal hashes, so as many distinct hashes as rows means no
    # duplicates (hashing is several times cheaper than comparing a million strings); on
    # a hash collision the exact work below simply finds nothing to reject
    key = pl.col(keys[0]) if len(keys) == 1 else pl.struct(keys)
    if candidates.select(key.hash().n_unique() == pl.len()).item():
        return frame
    dups = candidates.with_columns(
        pl.int_range(pl.len()).over(keys).alias("_nr"),
        pl.col(BESTAND).cast(pl.String).first().over(keys).alias("_eerste_bestand"),
        pl.col(REGEL).first().over(keys).alias("_eerste_regel"),
    ).filter(pl.col("_nr") > 0)
    reden = dups.select(
        pl.format(
            f"{wat} komt al voor: zie {{}} regel {{}}",
            *(pl.col(k).cast(pl.String) for k in keys),
            "_eerste_bestand",
            "_eerste_regel",
        )
    ).to_series()
    return set_reasons(frame, dups["_rij"], reden, pl.repeat(soort, dups.height, eager=True))


@dataclass
class Registry:
    """What later kinds may refer to: the loaded ids, and where rejected ids were rejected."""

    noun: str
    loaded: pl.Series
    rejected: dict[str, str]

    @classmethod
    def of(
        cls, frame: pl.DataFrame, key: str, noun: str, unread: pl.DataFrame | None = None
    ) -> Registry:
        """`unread`: `key`, `bestand`, `regel` of rows in files rejected as a whole."""
        loaded = frame.filter(OK)[key].drop_nulls().unique()
        where = pl.format("{} regel {}", pl.col(BESTAND).cast(pl.String), REGEL)
        bad = frame.filter(~OK).select(key, where.alias("_waar"))
        if unread is not None and key in unread.columns:
            in_rejected_file = unread.select(
                pl.col(key).str.strip_chars(),
                pl.format("{} regel {} (het hele bestand is afgekeurd)", BESTAND, REGEL).alias(
                    "_waar"
                ),
            )
            bad = pl.concat([bad, in_rejected_file])
        bad = bad.filter(pl.col(key).is_not_null(), ~pl.col(key).is_in(loaded.implode()))
        bad = bad.unique(key, keep="first", maintain_order=True)
        return cls(noun, loaded, dict(zip(bad[key].to_list(), bad["_waar"].to_list(), strict=True)))

    def check(self, column: str | pl.Expr, prefix: str = "") -> Check:
        """Rows whose `column` names no loaded row ("bestaat niet" or "is afgekeurd")."""
        value = pl.col(column) if isinstance(column, str) else column
        missing = value.is_not_null() & ~value.is_in(self.loaded.implode())
        pointer = (
            value.replace_strict(self.rejected, default=None, return_dtype=pl.String)
            if self.rejected
            else pl.lit(None, pl.String)
        )
        cascade = pointer.is_not_null()
        reden = (
            pl.when(cascade)
            .then(pl.format(f"{prefix}{self.noun} {{}} is afgekeurd: zie {{}}", value, pointer))
            .otherwise(pl.format(f"{prefix}{self.noun} {{}} bestaat niet", value))
        )
        soort = (
            pl.when(cascade)
            .then(pl.lit(f"{self.noun} is afgekeurd"))
            .otherwise(pl.lit(f"{self.noun} bestaat niet"))
        )
        return Check(missing, reden, soort)


def gemeente_lookup(gemeenten: pl.DataFrame, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Lower-case code or name -> code; a gemeente may be written either way."""
    lookup = {naam.lower(): code for code, naam in gemeenten.iter_rows()}
    lookup |= {code.lower(): code for code in gemeenten["code"]}
    return lookup | (extra or {})


def map_gemeente(
    frame: pl.DataFrame, column: str, lookup: dict[str, str], wat: str = "gemeente"
) -> pl.DataFrame:
    """Reject unknown gemeenten, then store the code of the known ones."""
    code = pl.col(column).str.to_lowercase().replace_strict(lookup, default=None)
    known = ", ".join(sorted(set(lookup.values())))
    frame = add_reasons(
        frame,
        [
            Check(
                pl.col(column).is_not_null() & code.is_null(),
                pl.format(f"{wat} '{{}}' is onbekend (bekend: {known})", pl.col(column)),
                f"{wat} onbekend",
            )
        ],
    )
    return frame.with_columns(code.alias(column))


def reject_over_day_limit(uren: pl.DataFrame) -> pl.DataFrame:
    """At most 24 hours per employee per day, in file and row order.

    Rows are taken in order; a row that would bring the day's total above 24 is rejected
    and does not count. Only days that exceed 24 in total need this sequential walk.
    """
    keys = ["medewerker_id", "datum"]
    limit = MAX_UREN_PER_DAG + EPSILON
    # fast path: sum the (positive) hours per hash of the day; a hash bucket holds at least
    # its own day, so no bucket above 24 means no day above 24 (the usual case)
    # (the two hashes combined: equal days get equal values, without building a struct)
    dag = pl.col("medewerker_id").hash() ^ pl.col("datum").hash()
    buckets = (
        uren.lazy()
        .filter(OK)
        .select(dag.alias("_dag"), pl.col("uren").clip(lower_bound=0))
        .group_by("_dag")
        .agg(pl.col("uren").sum())
    )
    if not buckets.select((pl.col("uren") > limit).any()).collect().item():
        return uren
    row = pl.int_range(pl.len(), dtype=pl.UInt32).alias("_rij")
    loaded = uren.select(row, *keys, "uren", REDEN).filter(OK)
    full_days = loaded.group_by(keys).agg(pl.col("uren").sum()).filter(pl.col("uren") > limit)
    if full_days.height == 0:
        return uren
    # rows up to the first one that crosses 24 all fit; walk only from that row on
    rows = (
        loaded.join(full_days.select(keys), on=keys, how="semi")
        .sort("_rij")
        .with_columns(pl.col("uren").cum_sum().over(keys).alias("_tot"))
    )
    crossing = pl.col("_tot") > limit
    before = rows.filter(~crossing).group_by(keys).agg(pl.col("_tot").max())
    totals: dict[tuple, float] = {(m, d): t for m, d, t in before.iter_rows()}
    tail = rows.filter(crossing)
    rejected: list[int] = []
    reasons: list[str] = []
    for rij, medewerker, datum, u in zip(
        tail["_rij"], tail["medewerker_id"], tail["datum"], tail["uren"], strict=True
    ):
        key = (medewerker, datum)
        total = totals.get(key, 0.0)
        if total + u > limit:
            rejected.append(rij)
            reasons.append(
                f"meer dan 24 uur op één dag: medewerker {medewerker} heeft op "
                f"{nl.datum(datum)} al {nl.getal_kort(total)} uur, met deze "
                f"{nl.getal_kort(u)} uur wordt het {nl.getal_kort(total + u)}"
            )
        else:
            totals[key] = total + u
    return set_reasons(
        uren,
        pl.Series(rejected, dtype=pl.UInt32),
        pl.Series(reasons, dtype=pl.String),
        pl.Series(["meer dan 24 uur op een dag"] * len(rejected), dtype=pl.String),
    )
