"""Text of the platform's own source files (what a form wrote) shown as the dashboard
shows its figures.

Why in the dashboard and not in `cijfers`: the cells are read by the ETL's own parser
(`etl.parse`), which the read model does not know; only the platform's writing side needs
it.
"""

from __future__ import annotations

import polars as pl

from dutch.format import tijdstip
from etl.parse import parse_datetime


def tijdstippen(cellen: list[str]) -> list[str]:
    """Tijdstippen as a file's cells hold them, shown like every other tijdstip:
    '03-09-2012 11:30:15' -> '03-09-2012 11:30'. Read by the ETL's own parser, so every
    form the ETL accepts shows alike; a cell it does not accept stays as it is."""
    tekst = pl.Series("t", cellen, dtype=pl.String).str.strip_chars()
    gelezen = tekst.to_frame().select(parse_datetime(pl.col("t"))).get_column("t")
    return [cel if t is None else tijdstip(t) for cel, t in zip(cellen, gelezen, strict=True)]
