"""CSV and XLSX files -> a polars frame of strings named by contract column, with line numbers.

The reader knows formats, not meanings: it finds the header, renames columns to their
contract names (case-insensitive, `kolommen.toml`), keeps the line number a person sees
(header = 1) and skips empty lines. A file that cannot be read at all raises
`FileRejected` with a Dutch reason; the caller lists it as rejected.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from operator import methodcaller
from typing import Any, Literal

import polars as pl

from etl.kinds import KINDS
from etl.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    cell_too_long,
    check_cells,
    too_many_columns,
)
from etl.oserrors import DUTCH
from etl.sources import SourceFile, normalise_header
from etl.xlsx_check import check_xlsx, day_60_cells
from warehouse.neutralise import unneutralise_column

SEPARATORS = (";", "\t", ",")
REGEL = "regel"
LEESFOUT = "_leesfout"  # a per-row problem the reader found (a line with too many fields)
ELDERS = "_elders"  # the row has text in a column that is not loaded
NUMERIC = "#getal"  # suffix of the column holding a real Excel number, when there is one
_SEPARATOR_NAMES = {";": "puntkomma", "\t": "tab", ",": "komma"}
_SEP_HINT = re.compile(rb'^"?sep=(.)"?[ \t]*\r?\n', re.IGNORECASE)  # Excel's first line
_FIRST_FILLED_LINE = re.compile(rb"^[^\r\n]*\S[^\r\n]*", re.MULTILINE)
# a file with anything but white space; found at its first byte, where `strip()` would
# copy all 10 MB of an uren file (whose last line ends in a line break) under the GIL
_HAS_TEXT = re.compile(rb"\S")
# Text such as `1.234` or `7.000`: a Dutch thousands number that also reads as a decimal
THOUSANDS = r"^[+-]?\d{1,3}(\.\d{3})+$"


class FileRejected(Exception):
    """The whole file is rejected; the message is the Dutch reason.

    `rows` holds what could still be read of its rows (contract columns found, `regel`),
    so that a reference to an id in a rejected file can say where that id was.
    """

    def __init__(self, reason: str, rows: pl.DataFrame | None = None) -> None:
        super().__init__(reason)
        self.rows = rows


@dataclass
class RawTable:
    """Strings per contract column plus `regel`; `NUMERIC` columns for XLSX number cells."""

    frame: pl.DataFrame
    opmerking: str = ""


def read_source(source: SourceFile) -> RawTable:
    """Read one recognised file; raise `FileRejected` when it cannot be used at all."""
    if source.suffix == ".csv":
        try:
            data = source.path.read_bytes()
        except OSError as exc:  # no permission, or the file vanished meanwhile
            raise _unreadable(exc) from exc
        return read_csv_source(data, source)
    if source.suffix == ".xlsx":
        try:  # a file that vanished or may not be read: said in Dutch, not by calamine
            os.close(os.open(source.path, os.O_RDONLY))
        except OSError as exc:
            raise _unreadable(exc) from exc
        return _raw_table(_read_xlsx(source), "xlsx", source, nul=True)
    raise FileRejected(
        f"formaat '{source.suffix or '(geen extensie)'}' wordt niet gelezen: "
        "lever .csv of .xlsx aan"
    )


def _unreadable(exc: OSError) -> FileRejected:
    return FileRejected(
        f"bestand kan niet worden gelezen: {DUTCH.get(exc.errno or -1) or exc.strerror}"
    )


def read_csv_source(data: bytes, source: SourceFile) -> RawTable:
    """The contents `data` of CSV file `source`, read as `read_source` reads the file
    (the platform's writer checks what it is about to write with it)."""
    raw, opmerking = read_csv_cells(data)
    return _raw_table(raw, opmerking, source, nul=b"\x00" in data, apostrof=b"'" in data)


def _raw_table(
    raw: pl.DataFrame, opmerking: str, source: SourceFile, nul: bool, apostrof: bool = True
) -> RawTable:
    too_long = check_cells(raw, cell_columns(raw), REGEL)
    if too_long:
        raise FileRejected(too_long)
    return RawTable(_to_contract_columns(raw, source, nul, apostrof), opmerking)


def cell_columns(raw: pl.DataFrame) -> list[str]:
    return [c for c in raw.columns if c != REGEL and not c.endswith(NUMERIC)]


def _decode(data: bytes) -> tuple[bytes, str]:
    """UTF-8 (with or without BOM) as is; UTF-16 with BOM and Windows-1252 re-encoded as UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode-tekst"
        try:
            return data.decode("utf-16").encode("utf-8"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise FileRejected(f"tekencodering UTF-16 is beschadigd: {exc}") from exc
    if data.isascii():  # UTF-8 without decoding a copy of the whole file (~100 MB at 10M)
        return data, "UTF-8"
    try:
        data.decode("utf-8")
        return data, "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252").encode("utf-8"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise FileRejected(
            "tekencodering onbekend: het bestand is geen UTF-8 en geen Windows-1252"
        ) from exc


def _separator(payload: bytes) -> tuple[str, bytes, int]:
    """The separator, the text from the header on, and the line number of its first line.

    Excel's hint line `sep=;` names the separator (and is not the header); otherwise it
    is whichever of `;`, tab, `,` occurs most in the first non-empty line (ties: that order).
    """
    hint = _SEP_HINT.match(payload)
    if hint:
        sep = hint.group(1).decode("utf-8", errors="replace")
        if sep not in SEPARATORS:
            raise FileRejected(
                f"scheidingsteken 'sep={sep}' wordt niet gelezen: gebruik ; of , of tab"
            )
        return sep, payload[hint.end() :], 2
    first = _FIRST_FILLED_LINE.search(payload)
    header_line = first.group(0).decode("utf-8") if first else ""
    return max(SEPARATORS, key=header_line.count), payload, 1


def read_csv_cells(data: bytes) -> tuple[pl.DataFrame, str]:
    """All cells as strings, one row per record (empty lines too), plus `regel` per row.

    Any encoding, separator and `sep=` line of `_decode` and `_separator`; a line break
    inside a quoted cell is `\n`. The reader's remark (`csv, puntkomma, UTF-8`) beside it.
    """
    if not _HAS_TEXT.search(data):
        raise FileRejected("bestand is leeg")
    payload, encoding = _decode(data)
    if b"\n" not in payload and b"\r" in payload:  # old Mac line ends (Excel "CSV (Macintosh)")
        payload = payload.replace(b"\r", b"\n")
    sep, payload, first_line = _separator(payload)
    if not _HAS_TEXT.search(payload):  # only Excel's `sep=` line
        raise FileRejected("bestand is leeg")
    header = _FIRST_FILLED_LINE.search(payload)
    if header and header.group(0).count(sep.encode()) >= MAX_COLUMNS:
        raise FileRejected(too_many_columns(header.group(0).count(sep.encode()) + 1, "de kopregel"))
    opmerking = f"csv, {_SEPARATOR_NAMES[sep]}, {encoding}"
    options: dict[str, Any] = {"separator": sep, "has_header": False, "quote_char": '"'}
    quotes = payload.count(b'"')
    if quotes % 2:
        # a quote that is never closed: polars would swallow every later line into one
        # cell; the strict record-by-record reader says where the cell starts instead
        return _read_csv_slowly(payload.decode("utf-8"), sep, first_line), opmerking
    try:
        frame = pl.read_csv(payload, infer_schema=False, **options)
    except pl.exceptions.ComputeError:
        # some line has more fields than the first: read again as wide as the widest line
        # could be (quoted separators only make the bound larger); the extra fields are
        # judged against the header later
        width = _widest(payload, sep, first_line)
        schema = {f"column_{i + 1}": pl.String for i in range(width)}
        try:
            frame = pl.read_csv(payload, schema=schema, missing_columns="insert", **options)
        except pl.exceptions.ComputeError:
            # a broken quote: read record by record to say where
            return _read_csv_slowly(payload.decode("utf-8"), sep, first_line), opmerking
    regel = first_line + pl.int_range(pl.len(), dtype=pl.Int64)
    if quotes:
        # quoted cells may span lines: count the line breaks inside the cells
        breaks = pl.sum_horizontal(
            pl.col(c).str.count_matches("\n", literal=True).fill_null(0) for c in frame.columns
        )
        regel = regel + breaks.cum_sum().shift(1, fill_value=0)
        if b"\r\n" in payload:  # a line break inside a cell is stored as "\n"
            frame = frame.with_columns(pl.all().str.replace_all("\r\n", "\n", literal=True))
    return frame.with_columns(regel.cast(pl.Int32).alias(REGEL)), opmerking


def _widest(payload: bytes, sep: str, first_line: int) -> int:
    """The most fields a line can have (quoted separators only make the bound larger).

    A line beyond `MAX_COLUMNS` rejects the file before any reader allocates that width:
    100.000 separators on one line made polars (and the csv module) run for minutes.
    """
    counts = list(map(methodcaller("count", sep.encode()), payload.split(b"\n")))
    most = max(counts)
    if most >= MAX_COLUMNS:
        regel = first_line + counts.index(most)
        raise FileRejected(too_many_columns(most + 1, f"regel {regel}"))
    return most + 1


def _read_csv_slowly(text: str, sep: str, first_line: int) -> pl.DataFrame:
    """Record by record (for files polars refuses); a quote never closed rejects the file."""
    _widest(text.encode("utf-8"), sep, first_line)
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=sep, strict=text.count('"') % 2 == 1
    )
    rows: list[list[str | None]] = []
    lines: list[int] = []
    start = first_line
    try:
        for record in reader:
            rows.append([f if f != "" else None for f in record])
            lines.append(start)
            start = first_line + reader.line_num
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise FileRejected(cell_too_long(start)) from exc
        detail = (
            'een aanhalingsteken (") wordt niet gesloten'
            if "end of data" in str(exc)
            else f"aanhalingstekens kloppen niet ({exc})"
        )
        raise FileRejected(f"CSV is onleesbaar vanaf regel {start}: {detail}") from exc
    width = max(map(len, rows), default=1)
    names = [f"column_{i + 1}" for i in range(width)]
    rows = [row + [None] * (width - len(row)) for row in rows]
    frame = pl.DataFrame(rows, schema=dict.fromkeys(names, pl.String), orient="row")
    return frame.with_columns(pl.Series(REGEL, lines, dtype=pl.Int32))


def _read_xlsx(source: SourceFile) -> pl.DataFrame:
    """The first sheet as strings (dates as yyyy-mm-dd), plus the real numbers beside them.

    Why the numbers separately: a number cell's text is `3.5`, which the Dutch number rule
    would misread in a column that also holds typed text such as `1.234,5`. But calamine
    also turns text that looks like a number into one (`"7.000"` becomes 7.0, where a Dutch
    controller typed seven thousand); only when such a cell exists do we ask calamine
    which cells are real numbers (a third pass over the sheet), and the text of the
    others follows the CSV rules.
    """
    too_big = check_xlsx(source.path)
    if too_big:
        raise FileRejected(too_big)
    import fastexcel  # here: a folder of CSV files needs no Excel reader (~0,04 CPU s)

    try:
        reader = fastexcel.read_excel(source.path)

        def load(dtype: Literal["string", "float", "boolean"]) -> pl.DataFrame:
            # skip_rows=0 keeps empty rows above the header, so line numbers stay right
            return reader.load_sheet(0, header_row=None, skip_rows=0, dtypes=dtype).to_polars()

        text = load("string")
        numbers = load("float")
        ambiguous = any(
            (numbers.get_column(c).is_not_null() & text.get_column(c).str.contains(THOUSANDS)).any()
            for c in text.columns
            if numbers.get_column(c).null_count() < numbers.height
        )
        if ambiguous:
            real = load("boolean")  # non-null exactly for number (and TRUE/FALSE) cells
            numbers = numbers.select(
                pl.when(real.get_column(c).is_not_null()).then(pl.col(c)) for c in numbers.columns
            )
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # fastexcel's own errors, and a Rust panic (a BaseException)
        raise FileRejected(f"geen leesbaar Excel-bestand: {exc}") from exc
    if text.height == 0:
        sheets = reader.sheet_names
        raise FileRejected(
            f"het eerste werkblad ('{sheets[0]}') is leeg"
            + ("; alleen het eerste werkblad wordt gelezen" if len(sheets) > 1 else "")
        )
    text = _day_60(source, text)
    midnight = r"^(\d{4}-\d{2}-\d{2}) 00:00:00$"  # how a date cell reads as text
    return text.with_columns(
        *(pl.col(c).str.replace(midnight, "${1}") for c in text.columns),
        *(
            # TRUE/FALSE cells read as 1/0; they are no numbers
            pl.when(~pl.col(c).is_in(("true", "false")))
            .then(numbers.get_column(c))
            .alias(c + NUMERIC)
            for c in text.columns
            if numbers.get_column(c).null_count() < text.height
        ),
        (1 + pl.int_range(pl.len(), dtype=pl.Int32)).alias(REGEL),
    )


def _day_60(source: SourceFile, text: pl.DataFrame) -> pl.DataFrame:
    """Excel's day 60 as Excel shows it: `29-02-1900`, which no date rule accepts.

    calamine reads day 60 (Excel's 1900 leap-year bug) as 28-02-1900, like day 59; a
    cell that reads so is looked up in the sheet itself (`day_60_cells`).
    """
    verdacht = "1900-02-28 00:00:00"
    if not text.select(pl.any_horizontal(pl.col(c) == verdacht for c in text.columns).any()).item():
        return text
    cells = day_60_cells(source.path)
    rows = pl.int_range(1, pl.len() + 1)
    return text.with_columns(
        pl.when((pl.col(c) == verdacht) & rows.is_in([r for r, k in cells if k == i + 1]))
        .then(pl.lit("29-02-1900"))
        .otherwise(pl.col(c))
        .alias(c)
        for i, c in enumerate(text.columns)
    )


def _filled(column: str) -> pl.Expr:
    """A cell with something other than spaces in it."""
    return pl.col(column).str.contains(r"\S").fill_null(False)


def _to_contract_columns(
    raw: pl.DataFrame, source: SourceFile, nul: bool, apostrof: bool = True
) -> pl.DataFrame:
    """Find the header (the first non-empty row), rename its names to contract names.

    Empty rows are not rows: rows of empty cells are dropped here, rows of only spaces
    in `etl.parse` after trimming (`ELDERS` says whether such a row has text in a column
    we do not load, so it is not empty). In a CSV a row with text beyond the header's
    last column gets `LEESFOUT`: its fields are probably shifted (an unquoted
    separator), so its values cannot be trusted. `apostrof`: the file's bytes hold a `'`
    (without one no cell can start with it, and the columns need not be scanned for it).
    """
    kind = KINDS[source.kind or ""]
    cells = cell_columns(raw)
    filled = _not_empty(raw, cells)
    start = _first_with_text(raw, filled, cells)
    if start is None:
        raise FileRejected("bestand is leeg")
    header_row = raw.row(start, named=True)
    header = {c: "" if header_row[c] is None else str(header_row[c]).strip() for c in cells}
    body = raw.slice(start + 1)
    if not filled.slice(start + 1).all():  # copy the rows only when there is one to drop
        body = body.filter(filled.slice(start + 1))
    renames: dict[str, str] = {}
    seen: dict[str, str] = {}
    problems: list[str] = []
    for col in cells:
        if not header[col]:
            continue
        own = normalise_header(header[col])
        name = source.columns.get(own, own)
        if name not in kind.names:
            continue
        if name in seen:
            problems.append(
                f"kolom '{name}' komt twee keer voor ('{seen[name]}' en '{header[col]}')"
            )
            renames = {c: n for c, n in renames.items() if n != name}
            continue
        seen[name] = header[col]
        renames[col] = name
    missing = [c for c in kind.required if c not in seen]
    if missing:
        gevonden = ", ".join(v for v in header.values() if v)
        problems.append(
            f"verplichte kolom(men) ontbreken: {', '.join(missing)} (gevonden: {gevonden or '-'})"
        )
    if problems:
        found = body.select(*(pl.col(c).alias(n) for c, n in renames.items()), REGEL)
        raise FileRejected("; ".join(problems), found)
    named = [i for i, c in enumerate(cells) if header[c]]
    beyond = cells[max(named) + 1 :] if source.suffix == ".csv" else []
    extra: list[pl.Expr] = []
    leesfout: list[pl.Expr] = []
    if nul:  # a NUL character hides the rest of a cell in many programs: never store it
        leesfout.extend(
            pl.when(pl.col(c).str.contains("\x00", literal=True)).then(
                pl.lit(f"{n} bevat een NUL-teken (\\0): het bestand is beschadigd of geen tekst")
            )
            for c, n in renames.items()
        )
    if beyond:
        fields = pl.max_horizontal(
            pl.when(_filled(c)).then(pl.lit(cells.index(c) + 1)) for c in beyond
        )
        leesfout.append(
            pl.when(fields.is_not_null()).then(
                pl.format(f"regel heeft {{}} velden, de kopregel {max(named) + 1}", fields)
            )
        )
    if leesfout:
        extra.append(pl.coalesce(leesfout).alias(LEESFOUT))
    elders = [c for c in cells if c not in renames and c not in beyond]
    if elders:
        extra.append(pl.any_horizontal(_filled(c) for c in elders).alias(ELDERS))
    # a CSV cell `'=x` is the text `=x`, neutralised for Excel (warehouse.neutralise); the
    # regex runs only on columns with a cell starting with `'` (a cheap scan first)
    quoted = set()
    if source.suffix == ".csv" and renames and apostrof:
        first = body.select(pl.col(c).str.starts_with("'").any() for c in renames).row(0)
        quoted = {c for c, q in zip(renames, first, strict=True) if q}
    return body.select(
        *(
            (unneutralise_column(pl.col(c)) if c in quoted else pl.col(c)).alias(n)
            for c, n in renames.items()
        ),
        *(
            pl.col(c + NUMERIC).alias(n + NUMERIC)
            for c, n in renames.items()
            if c + NUMERIC in raw.columns
        ),
        REGEL,
        *extra,
    )


def header_index(raw: pl.DataFrame) -> int | None:
    """The row of `raw` that is the header: the first with text in a cell (None: none)."""
    columns = cell_columns(raw)
    return _first_with_text(raw, _not_empty(raw, columns), columns)


def _not_empty(raw: pl.DataFrame, columns: list[str]) -> pl.Series:
    """Per row: some cell of `columns` is not null. A column without a null (its count is
    kept with it, so asking costs nothing) fills every row: then no row is scanned, which
    at a million rows saved 0,04 CPU s per run (docs/benchmarks.md, h61)."""
    if any(raw.get_column(c).null_count() == 0 for c in columns):
        return pl.repeat(True, raw.height, dtype=pl.Boolean, eager=True)
    return raw.select(pl.any_horizontal(pl.col(c).is_not_null() for c in columns)).to_series()


def _first_with_text(raw: pl.DataFrame, filled: pl.Series, columns: list[str]) -> int | None:
    return next((i for i in filled.arg_true() if _has_text(raw.row(i, named=True), columns)), None)


def _has_text(row: dict[str, object], columns: list[str]) -> bool:
    return any(row[c] is not None and str(row[c]).strip() for c in columns)
