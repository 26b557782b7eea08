"""Limits no real export reaches, so a hostile or broken file is rejected before it hurts.

Why limits at all: a 100 KB CSV line of separators, a 5 KB XLSX with one cell in the
sheet's last corner or a 25 KB XLSX whose one long shared string fills a hundred cells
made the readers run for minutes or allocate gigabytes (issue 15). Every limit is far
above what a municipality's export holds and is named in the Dutch reason, so a
controller who really hits one knows which. The numbers are listed in docs/etl.md.
"""

from __future__ import annotations

import polars as pl

from dutch.format import geheel as getal

MAX_COLUMNS = 1_000  # columns per file (header or any line of a CSV, used range of a sheet)
MAX_CELL_CHARS = 32_767  # characters per cell: Excel's own maximum
MAX_LINE_CHARS = 1_000_000  # characters per CSV line (record)
MAX_TEXT_CHARS = 10_000  # characters per text field the warehouse keeps (a row rejection)
MAX_XLSX_PART_BYTES = 256 * 2**20  # uncompressed size of one part of an XLSX (zip member)
MAX_XLSX_CELLS = 10_000_000  # rows x columns of the first sheet's used range
MAX_XLSX_TEXT_BYTES = 512 * 2**20  # text the first sheet's cells expand to
MAX_CONFIG_BYTES = 256 * 2**10  # size of one kolommen.toml (a few thousand header names)
MAX_CONFIG_DEPTH = 4  # nesting of [ and { in a kolommen.toml (its lines are flat)


def mib(n: int) -> str:
    return f"{n // 2**20} MiB"


def too_many_columns(found: int, where: str) -> str:
    return (
        f"{where} heeft {getal(found)} kolommen; de grens is {getal(MAX_COLUMNS)} kolommen "
        "per bestand"
    )


def cell_too_long(regel: int, found: int | None = None) -> str:
    size = f"{getal(found)} tekens" if found else f"meer dan {getal(MAX_CELL_CHARS)} tekens"
    return (
        f"regel {regel} heeft een cel van {size}; de grens is "
        f"{getal(MAX_CELL_CHARS)} tekens per cel (ook Excel's eigen maximum)"
    )


def line_too_long(regel: int, found: int) -> str:
    return (
        f"regel {regel} is {getal(found)} tekens lang; de grens is "
        f"{getal(MAX_LINE_CHARS)} tekens per regel"
    )


def check_cells(frame: pl.DataFrame, columns: list[str], regel: str) -> str | None:
    """The reason when a cell or a line of `frame` is beyond its limit, else None.

    Vectorised and cheap: string lengths in bytes are stored, not counted; only when a
    byte length passes a limit are the characters counted (UTF-8 takes up to 4 bytes a
    character).
    """
    if not columns or frame.height == 0:
        return None
    lengths = [pl.col(c).str.len_bytes().fill_null(0) for c in columns]
    row = frame.select(
        pl.max_horizontal(e.max() for e in lengths).alias("cel"),
        pl.sum_horizontal(lengths).max().alias("regel"),
    ).row(0, named=True)
    if (row["cel"] or 0) > MAX_CELL_CHARS:
        chars = pl.max_horizontal(pl.col(c).str.len_chars().fill_null(0) for c in columns)
        over = frame.select(chars.alias("n"), pl.col(regel)).filter(pl.col("n") > MAX_CELL_CHARS)
        if over.height:
            return cell_too_long(over[regel][0], over["n"][0])
    if (row["regel"] or 0) > MAX_LINE_CHARS:
        chars = pl.sum_horizontal(pl.col(c).str.len_chars().fill_null(0) for c in columns)
        over = frame.select(chars.alias("n"), pl.col(regel)).filter(pl.col("n") > MAX_LINE_CHARS)
        if over.height:
            return line_too_long(over[regel][0], over["n"][0])
    return None


def config_too_big(size: int) -> str:
    grootte = mib(size) if size >= 2**20 else f"{size // 2**10} KiB"
    return (
        f"kolommen.toml is {grootte} groot; de grens is {MAX_CONFIG_BYTES // 2**10} KiB "
        '(schrijf alleen regels als "eigen naam" = "contractnaam")'
    )


def config_too_deep() -> str:
    return (
        f"kolommen.toml is dieper genest dan {MAX_CONFIG_DEPTH} niveaus ([ of {{ binnen "
        'elkaar); schrijf alleen regels als "eigen naam" = "contractnaam"'
    )


def text_too_long(name: str) -> str:
    return f"{name} is langer dan {getal(MAX_TEXT_CHARS)} tekens (de grens per tekstveld)"
