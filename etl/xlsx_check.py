"""Look inside an XLSX (a zip of XML parts) before calamine reads it.

Why: calamine allocates the sheet's whole used range at once and copies a shared string
into every cell that uses it. A 5 KB file with one value in cell XFD1048576 asked for
~512 GiB and aborted the process (no exception, no Dutch message); a 25 KB file whose
20 MB shared string is used in 100 cells peaked at 11,8 GB; 2 GiB of whitespace
compresses to 2 MB. So the parts' uncompressed sizes, the first sheet's range and the
text its cells expand to are measured here, with zipfile and vectorised polars regexes,
and a file beyond `etl.limits` is rejected with the limit named.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

import polars as pl

from etl.limits import (
    MAX_COLUMNS,
    MAX_XLSX_CELLS,
    MAX_XLSX_PART_BYTES,
    MAX_XLSX_TEXT_BYTES,
    getal,
    mib,
    too_many_columns,
)

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\b(?:\w+:)?id=\"([^\"]+)\"")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*\bref=\"([^\"]+)\"")
_REF = re.compile(r"([A-Z]{1,3})?(\d{1,7})")
_ALL_REFS = re.compile(rb" r=\"([A-Z]{0,4})(\d{1,9})\"")
_SHARED_CELL = r"<(?:\w+:)?c\b[^>]*\bt=\"s\"[^>]*>\s*<(?:\w+:)?v>\d+<"


def check_xlsx(path: Path) -> str | None:
    """The Dutch reason why this XLSX is too big to read safely, or None.

    A file that is no zip at all is left to fastexcel, which says what is wrong with it.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            for info in infos.values():
                if info.file_size > MAX_XLSX_PART_BYTES:
                    return (
                        f"onderdeel '{info.filename}' is uitgepakt {mib(info.file_size)} groot; "
                        f"de grens is {mib(MAX_XLSX_PART_BYTES)} per onderdeel van een "
                        "Excel-bestand"
                    )
            sheet = _first_sheet(zf, infos)
            if sheet is None:
                return None
            data = zf.read(sheet)
            strings = _shared_strings(infos)
            shared = zf.read(strings) if strings else b""
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, RuntimeError, NotImplementedError):
        return None  # damaged: fastexcel reports the damage in its own words
    return _check_range(data) or _check_text(data, shared)


def _first_sheet(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> str | None:
    """The part of the first sheet (as calamine takes it): workbook.xml -> its relation."""
    sheets = sorted(n for n in infos if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n))
    try:
        book = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return sheets[0] if sheets else None
    first = _SHEET.search(book)
    if first:
        rel = re.search(
            rb"<(?:\w+:)?Relationship\b[^>]*\bId=\"" + re.escape(first[1]) + rb"\"[^>]*>", rels
        )
        target = re.search(rb"\bTarget=\"([^\"]+)\"", rel[0]) if rel else None
        if target:
            name = target[1].decode("utf-8", errors="replace")
            name = name.lstrip("/") if name.startswith("/") else f"xl/{name}"
            if name in infos:
                return name
    return sheets[0] if sheets else None


def _shared_strings(infos: dict[str, zipfile.ZipInfo]) -> str | None:
    return next((n for n in infos if n.lower() == "xl/sharedstrings.xml"), None)


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _check_range(data: bytes) -> str | None:
    """Rows x columns calamine will allocate: the declared dimension and every reference.

    Cheap first (a real export: rows in order, few columns): the declared dimension, the
    last row, and three C-speed regex scans. Only a sheet whose cheap bound passes the
    limit has every reference extracted (vectorised) to measure it exactly.
    """
    rows = cols = 0
    dimension = _DIMENSION.search(data[:65536])
    if dimension:
        for ref in dimension[1].decode("ascii", errors="replace").split(":"):
            m = _REF.fullmatch(ref.replace("$", ""))
            if m:
                rows, cols = max(rows, int(m[2])), max(cols, _column_number(m[1] or ""))
    # a sheet without references counts its rows one by one (calamine too)
    rows = max(rows, data.count(b"<row") + data.count(b":row"))
    for last in _ALL_REFS.finditer(data[-8192:]):
        rows = max(rows, int(last[2]))
    digits = len(str(rows))
    exact = (
        re.search(rb" r=\"[A-Z]{3,}\d", data) is not None
        or re.search(rb" r=\"[A-Z]{0,3}\d{%d,}\"" % (digits + 1), data) is not None
    )
    if not exact:
        wide = re.search(rb" r=\"[A-Z]{2}\d", data) is not None
        cols = max(cols, 702 if wide else 26)
        exact = rows * cols > MAX_XLSX_CELLS
    if exact:
        rows, cols = _measure(data, rows, cols)
    if cols > MAX_COLUMNS:
        return too_many_columns(cols, "het eerste werkblad")
    if rows * cols > MAX_XLSX_CELLS:
        return (
            f"het eerste werkblad beslaat {getal(rows)} rijen × {getal(cols)} kolommen; de grens "
            f"is {getal(MAX_XLSX_CELLS)} cellen per werkblad"
        )
    return None


def _measure(data: bytes, rows: int, cols: int) -> tuple[int, int]:
    """The largest row and column of every reference in the sheet (vectorised)."""
    refs = (
        pl.Series([data], dtype=pl.Binary)
        .cast(pl.String, strict=False)
        .str.extract_all(r" r=\"[A-Z]{0,4}\d{1,9}\"")
        .explode()
        .drop_nulls()
        .str.strip_chars(' r="')
    )
    letters = refs.str.extract(r"^([A-Z]*)").str.pad_start(4, "@")
    value = {chr(64 + i): i for i in range(27)}
    kolom = sum(
        letters.str.slice(i, 1).replace_strict(value, return_dtype=pl.Int64) * 26 ** (3 - i)
        for i in range(4)
    )
    rij = refs.str.extract(r"(\d+)$").cast(pl.Int64).max()
    return max(rows, _whole(rij)), max(cols, _whole(kolom.max()), 1)


def _check_text(data: bytes, shared: bytes) -> str | None:
    """The bytes of text the sheet's cells expand to: each shared string times its uses."""
    uses = data.count(b't="s"')
    if not shared or not uses:
        return None
    lengths = (
        pl.Series([shared], dtype=pl.Binary)
        .cast(pl.String, strict=False)
        .str.split("<si")
        .explode()
        .slice(1)
        .str.len_bytes()
        .cast(pl.Int64)
    )
    if uses * _whole(lengths.max()) <= MAX_XLSX_TEXT_BYTES:
        return None  # even if every use were of the longest string
    used = (
        pl.Series([data], dtype=pl.Binary)
        .cast(pl.String, strict=False)
        .str.extract_all(_SHARED_CELL)
        .explode()
        .drop_nulls()
        .str.extract(r">(\d+)<$")
        .cast(pl.Int64, strict=False)
        .drop_nulls()
    )
    if used.len() == 0 or lengths.len() == 0:
        return None
    total = _whole(lengths.gather(used.filter(used < lengths.len())).sum())
    if total > MAX_XLSX_TEXT_BYTES:
        return (
            f"de tekst in de cellen van het eerste werkblad is uitgepakt {mib(total)} groot; "
            f"de grens is {mib(MAX_XLSX_TEXT_BYTES)} per werkblad"
        )
    return None


# A number cell (no `t="s"`, `"str"`, `"inlineStr"`, `"b"`, `"e"`) holding Excel's day 60
_DAY_60 = re.compile(
    rb"<(?:\w+:)?c\b(?=[^>]*\br=\"([A-Z]{1,3})(\d{1,7})\")"
    rb"(?![^>]*\bt=\"(?:s|str|inlineStr|b|e)\")[^>]*>\s*"
    rb"(?:<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)\s*)?<(?:\w+:)?v>60(?:\.0*)?</"
)


def day_60_cells(path: Path) -> set[tuple[int, int]]:
    """(row, column), both from 1, of the first sheet's number cells holding Excel's day 60.

    Why: Excel counts 1900 as a leap year and shows day 60 as 29-02-1900, a day that does
    not exist; calamine reads it as 28-02-1900, the same as day 59. The caller asks only
    when a cell reads 28-02-1900, so this extra pass over the sheet is rare.
    """
    with zipfile.ZipFile(path) as zf:
        sheet = _first_sheet(zf, {i.filename: i for i in zf.infolist()})
        data = zf.read(sheet) if sheet else b""
    return {(int(m[2]), _column_number(m[1].decode("ascii"))) for m in _DAY_60.finditer(data)}


def _whole(value: object) -> int:
    """A polars aggregate of an integer column as an int (an empty column's null is 0)."""
    return int(value) if isinstance(value, int | float) else 0
