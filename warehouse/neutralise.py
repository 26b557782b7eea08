"""Neutralise text for spreadsheets: source text must never become a live formula.

Why here: every export (the ETL's `*.afgekeurd.csv`, the dashboard's CSV and Excel
downloads) writes text that came from a municipality's files, and a cell such as
`=HYPERLINK(...)` or `@SUM(...)` would run when the file is opened in Excel. The OWASP
rule: text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
leading `'`, so Excel shows it as the text it is. Numbers are left alone (they are no
text), so a download keeps computing.

The ETL reads such a cell back without its `'` (`unneutralise_column`), so a file the
platform writes, or a download put back in the source folder, holds what was typed. For
that round trip to hold for every text, text that already starts with quotes before a
formula character (`'=` as typed) gets one more quote too (`''=`, read back as `'=`).
"""

from __future__ import annotations

import polars as pl

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PATTERN = "^'*[=+\\-@\t\r]"
_NEUTRALISED = "^'('*[=+\\-@\t\r])"


def neutralise(text: str) -> str:
    """One text value as it may go into a spreadsheet cell."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_START) else text


def unneutralise(text: str) -> str:
    """What the ETL reads in a CSV cell: `'=x` is `=x`, `''=x` is `'=x`, any other text
    is itself."""
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START) else text


def unneutralise_column(column: pl.Expr) -> pl.Expr:
    """`unneutralise`, vectorised."""
    return column.str.replace(_NEUTRALISED, "${1}")


def neutralise_column(column: pl.Expr) -> pl.Expr:
    """A text column, vectorised (only cells that start like a formula change)."""
    return pl.when(column.str.contains(_PATTERN)).then(pl.lit("'") + column).otherwise(column)


def neutralise_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Every text cell and every header of `frame`; lists of text become `a | b` text."""
    texts = {
        name: dtype
        for name, dtype in frame.schema.items()
        if dtype == pl.String or dtype in (pl.Categorical, pl.Enum) or _text_list(dtype)
    }
    as_text = frame.with_columns(
        (pl.col(n).list.join(" | ") if _text_list(d) else pl.col(n).cast(pl.String)).alias(n)
        for n, d in texts.items()
    )
    return as_text.with_columns(neutralise_column(pl.col(n)).alias(n) for n in texts).rename(
        {n: neutralise(n) for n in frame.columns if neutralise(n) != n}
    )


def _text_list(dtype: pl.DataType) -> bool:
    return isinstance(dtype, pl.List) and dtype.inner == pl.String
