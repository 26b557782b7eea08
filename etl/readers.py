"""CSV and XLSX files -> a polars frame of strings named by contract column, with line numbers.

The reader knows formats, not meanings: it finds the header, renames columns to their
contract names (case-insensitive, `kolommen.toml`), keeps the line number a person sees
(header = 1) and skips empty lines. A file that cannot be read at all raises
`FileRejected` with a Dutch reason; the caller lists it as rejected.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import fastexcel
import polars as pl

from etl.kinds import KINDS
from etl.sources import SourceFile, normalise_header

SEPARATORS = (";", "\t", ",")
REGEL = "regel"
LEESFOUT = "_leesfout"  # a per-row problem the reader found (a line with too many fields)
NUMERIC = "#getal"  # suffix of the column holding a real Excel number, when there is one
_SEPARATOR_NAMES = {";": "puntkomma", "\t": "tab", ",": "komma"}


class FileRejected(Exception):
    """The whole file is rejected; the message is the Dutch reason."""


@dataclass
class RawTable:
    """Strings per contract column plus `regel`; `NUMERIC` columns for XLSX number cells."""

    frame: pl.DataFrame
    opmerking: str = ""


def read_source(source: SourceFile) -> RawTable:
    """Read one recognised file; raise `FileRejected` when it cannot be used at all."""
    if source.suffix == ".csv":
        raw, opmerking = _read_csv(source.path.read_bytes())
    elif source.suffix == ".xlsx":
        raw, opmerking = _read_xlsx(source), "xlsx"
    else:
        raise FileRejected(
            f"formaat '{source.suffix or '(geen extensie)'}' wordt niet gelezen: "
            "lever .csv of .xlsx aan"
        )
    return RawTable(_to_contract_columns(raw, source), opmerking)


def _decode(data: bytes) -> tuple[bytes, str]:
    """UTF-8 (with or without BOM) as is; otherwise Windows-1252, re-encoded as UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
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


def _separator(header_line: str) -> str:
    """The separator that occurs most in the header line (ties: `;`, tab, `,`)."""
    return max(SEPARATORS, key=header_line.count)


def _read_csv(data: bytes) -> tuple[pl.DataFrame, str]:
    """All cells as strings, the header as first row, plus `regel` per row."""
    if not data.strip():
        raise FileRejected("bestand is leeg")
    payload, encoding = _decode(data)
    first_line = payload[: payload.find(b"\n") if b"\n" in payload else len(payload)]
    sep = _separator(first_line.decode("utf-8"))
    opmerking = f"csv, {_SEPARATOR_NAMES[sep]}, {encoding}"
    try:
        frame = pl.read_csv(
            payload, separator=sep, has_header=False, infer_schema=False, quote_char='"'
        )
    except pl.exceptions.ComputeError:
        # too many fields on some line, or a broken quote: read it record by record so
        # that the good lines still load and the bad ones get their own line number
        return _read_csv_slowly(payload.decode("utf-8"), sep), opmerking
    if b'"' in payload:
        # quoted cells may span lines: count the line breaks inside the cells
        breaks = pl.sum_horizontal(
            pl.col(c).str.count_matches("\n", literal=True).fill_null(0) for c in frame.columns
        )
        regel = 1 + pl.int_range(pl.len(), dtype=pl.Int64) + breaks.cum_sum().shift(1, fill_value=0)
    else:
        regel = 1 + pl.int_range(pl.len(), dtype=pl.Int64)
    return frame.with_columns(regel.cast(pl.Int32).alias(REGEL)), opmerking


def _read_csv_slowly(text: str, sep: str) -> pl.DataFrame:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    rows: list[list[str | None]] = []
    lines: list[int] = []
    errors: list[str | None] = []
    width = 0
    start = 1
    try:
        for record in reader:
            if record:
                if not rows:
                    width = len(record)
                fields = [f if f != "" else None for f in record]
                extra = len(fields) - width
                errors.append(
                    f"regel heeft {len(fields)} velden, de kopregel {width}" if extra > 0 else None
                )
                rows.append((fields + [None] * -extra)[:width])
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FileRejected(f"CSV is onleesbaar vanaf regel {start}: {exc}") from exc
    names = [f"column_{i + 1}" for i in range(width)]
    frame = pl.DataFrame(rows, schema=dict.fromkeys(names, pl.String), orient="row")
    return frame.with_columns(
        pl.Series(REGEL, lines, dtype=pl.Int32), pl.Series(LEESFOUT, errors, dtype=pl.String)
    )


def _read_xlsx(source: SourceFile) -> pl.DataFrame:
    """The first sheet as strings (dates as yyyy-mm-dd), plus the real numbers beside them.

    Why the numbers separately: a number cell's text is `3.5`, which the Dutch number rule
    would misread in a column that also holds typed text such as `1.234,5`.
    """
    try:
        reader = fastexcel.read_excel(source.path)
        text = reader.load_sheet(0, header_row=None, dtypes="string").to_polars()
        numbers = reader.load_sheet(0, header_row=None, dtypes="float").to_polars()
    except Exception as exc:  # fastexcel raises its own error types for every kind of damage
        raise FileRejected(f"geen leesbaar Excel-bestand: {exc}") from exc
    if text.height == 0:
        raise FileRejected("bestand is leeg")
    # calamine starts at the first used row; we assume, as Excel users do, that it is row 1
    midnight = r"^(\d{4}-\d{2}-\d{2}) 00:00:00$"  # how a date cell reads as text
    return text.with_columns(
        *(pl.col(c).str.replace(midnight, "${1}") for c in text.columns),
        *(
            numbers.get_column(c).alias(c + NUMERIC)
            for c in text.columns
            if numbers.get_column(c).slice(1).null_count() < text.height - 1
        ),
        (1 + pl.int_range(pl.len(), dtype=pl.Int32)).alias(REGEL),
    )


def _to_contract_columns(raw: pl.DataFrame, source: SourceFile) -> pl.DataFrame:
    """Rename the header row's names to contract names; drop empty rows and unknown columns."""
    kind = KINDS[source.kind or ""]
    cell_columns = [c for c in raw.columns if c != REGEL and c != LEESFOUT and NUMERIC not in c]
    if raw.height == 0:
        raise FileRejected("bestand is leeg")
    header = raw.row(0, named=True)
    renames: dict[str, str] = {}
    seen: dict[str, str] = {}
    for col in cell_columns:
        if header[col] is None:
            continue
        own = normalise_header(header[col])
        name = source.columns.get(own, own)
        if name not in kind.names:
            continue
        if name in seen:
            raise FileRejected(
                f"kolom '{name}' komt twee keer voor ('{seen[name]}' en '{header[col]}')"
            )
        seen[name] = str(header[col]).strip()
        renames[col] = name
    missing = [c for c in kind.required if c not in seen]
    if missing:
        gevonden = ", ".join(str(header[c]).strip() for c in cell_columns if header[c] is not None)
        raise FileRejected(
            f"verplichte kolom(men) ontbreken: {', '.join(missing)} (gevonden: {gevonden or '-'})"
        )
    keep = [*renames, *(c + NUMERIC for c in renames if c + NUMERIC in raw.columns)]
    extra = [REGEL, *([LEESFOUT] if LEESFOUT in raw.columns else [])]
    empty = pl.all_horizontal(pl.col(c).is_null() for c in cell_columns)
    return (
        raw.slice(1)
        .filter(~empty)
        .select(
            *(pl.col(c).alias(renames[c]) for c in renames),
            *(
                pl.col(c).alias(renames[c.removesuffix(NUMERIC)] + NUMERIC)
                for c in keep[len(renames) :]
            ),
            *extra,
        )
    )
