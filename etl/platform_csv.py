"""The platform's CSV files, read as the ETL reads them and written back in one form.

Why: a controller may edit `platform/*.csv` by hand (docs/platform.md), in Excel or a
text editor: another separator, Windows-1252, Excel's `sep=` line, a header in capitals,
line breaks inside cells. The writer used to read these files its own way and a new
submission lost or corrupted earlier rows (issue 24). Now it reads them with the ETL's
own reader (`etl.readers`), writes back every record it read, cell by cell and on the
same line numbers, in the platform's canonical form (UTF-8 with BOM, `;`, CRLF, formula
prefixes neutralised), adds the new rows, and checks before anything is written that
the ETL reads every earlier row exactly as before and each new row on the line the
writer named. When it cannot, `FileRejected` says why in Dutch and nothing is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
import polars.selectors as cs

from etl.kinds import KINDS
from etl.oserrors import DUTCH
from etl.parse import parse_table
from etl.readers import (
    REGEL,
    FileRejected,
    cell_columns,
    header_index,
    read_csv_cells,
    read_csv_source,
)
from etl.rules import REDEN
from etl.sources import SourceFile, config_columns, kind_of, normalise_header
from warehouse.neutralise import neutralise, unneutralise

SEP = ";"
BOM = "\ufeff"  # so Excel shows é right
HINT = f"sep={SEP}"  # Excel's first line, kept when the file had one (line numbers stay)

Cells = tuple[str | None, ...]


@dataclass(frozen=True)
class PlatformCsv:
    """One platform file as the ETL reads it: its records (cells as read, `None` for an
    empty cell), the line each starts on, and the ETL's parse of the rows."""

    bron: SourceFile
    header: Cells = ()  # as written back: contract names where a header name maps to one
    header_at: int = -1  # index of the header in `records` (-1: no file yet)
    records: tuple[Cells, ...] = ()  # every record, the header and empty lines too
    regels: tuple[int, ...] = ()  # the line each record starts on
    hint: bool = False
    parsed: pl.DataFrame | None = None

    @property
    def kind(self) -> str:
        return self.bron.kind or ""

    def rows(self) -> list[dict[str, str]]:
        """The rows after the header as the ETL reads their cells, by contract column,
        with `regel`: the line the ETL, the writer and *Mijn aanmeldingen* name."""
        kolommen = {i: n for i, n in enumerate(self.header) if n in KINDS[self.kind].names}
        return [
            {n: unneutralise(cells[i] or "") if i < len(cells) else "" for i, n in kolommen.items()}
            | {"regel": str(regel)}
            for cells, regel in zip(
                self.records[self.header_at + 1 :], self.regels[self.header_at + 1 :], strict=True
            )
            if any(c is not None for c in cells)
        ]

    def volgende_regel(self) -> int:
        """The line a row added now starts on."""
        if not self.records:
            return 2  # a new file: the header, then the row
        laatste = self.records[-1]
        return self.regels[-1] + sum((c or "").count("\n") for c in laatste) + 1

    def met(self, rijen: Sequence[Mapping[str, str]]) -> tuple[bytes, list[int]]:
        """The file with `rijen` (cell text by contract column) added, in canonical form,
        and the line each new row starts on."""
        names = KINDS[self.kind].names
        header = list(self.header) if self.records else list(names)
        breedte = max((len(_trimmed(r)) for r in self.records), default=0)
        ontbreekt = [c for c in names if c not in header and any(r.get(c) for r in rijen)]
        if ontbreekt:  # after every field any record has, so no extra field gets a name
            header += [""] * (max(breedte, len(header)) - len(header)) + ontbreekt
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=SEP, lineterminator="\r\n")
        if self.hint:
            buffer.write(HINT + "\r\n")
        records = list(self.records) or [tuple(header)]
        header_at = max(self.header_at, 0)
        for i, cells in enumerate(records):
            _write(writer, buffer, tuple(header) if i == header_at else cells)
        regel, regels = self.volgende_regel(), []
        for rij in rijen:
            regels.append(regel)
            cells = tuple(rij.get(c) or None if c in names else None for c in header)
            _write(writer, buffer, cells, getypt=True)
            regel += 1 + sum((c or "").count("\n") for c in cells)
        return (BOM + buffer.getvalue()).encode("utf-8"), regels


def lees(source: Path, bestand: str) -> PlatformCsv:
    """Platform file `bestand` of source folder `source` (empty when it does not exist).

    Raises `FileRejected` when the ETL rejects the file as a whole: the writer cannot
    add to it without a person fixing it first.
    """
    path = source / bestand
    bron = SourceFile(path, bestand, kind_of(path.name), config_columns(source, path))
    if not path.exists():
        return PlatformCsv(bron)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileRejected(
            f"{bestand} kan niet worden gelezen: {DUTCH.get(exc.errno or -1) or exc.strerror}"
        ) from exc
    parsed = parse_table(read_csv_source(data, bron).frame, KINDS[bron.kind or ""])
    raw, _ = read_csv_cells(data)
    start = header_index(raw)
    assert start is not None  # read_csv_source rejects a file without header
    records = tuple(raw.select(cell_columns(raw)).rows())
    regels = tuple(raw[REGEL].to_list())
    header = tuple(_contract_name(bron, c) for c in records[start])
    return PlatformCsv(bron, header, start, records, regels, regels[0] == 2, parsed)


def controleer(oud: PlatformCsv, inhoud: bytes, regels: Sequence[int]) -> list[str | None]:
    """The ETL's reason per new row (None: it loads) in the file `inhoud` would be.

    Raises `FileRejected` when the ETL would read any earlier row differently (a value,
    its line, its reason) or not find the new rows on the lines `regels`: then the
    writer must not write.
    """
    nieuw = parse_table(read_csv_source(inhoud, oud.bron).frame, KINDS[oud.kind])
    eerder = oud.parsed if oud.parsed is not None else nieuw.clear()
    bekend = pl.col(REGEL).is_in(eerder[REGEL].implode())
    if not _gelijk(nieuw.filter(bekend), eerder):
        raise FileRejected(
            f"{oud.bron.bestand}: na het bijschrijven zou de ETL eerdere rijen anders lezen; "
            "er is niets opgeslagen. Laat een controller het bestand nakijken "
            "(docs/platform.md: welke bewerkingen met de hand veilig zijn)"
        )
    toegevoegd = nieuw.filter(~bekend)
    if toegevoegd[REGEL].to_list() != list(regels):
        raise FileRejected(
            f"{oud.bron.bestand}: de nieuwe rij zou niet op regel {regels[0]} staan; "
            "er is niets opgeslagen"
        )
    return toegevoegd[REDEN].to_list()


def _gelijk(a: pl.DataFrame, b: pl.DataFrame) -> bool:
    """The same rows, numbers to 9 decimals: polars may compute `95%` as 0,95 in one
    frame and 0,9500000000000001 in a longer one (a multiplication for the division)."""
    return a.with_columns(cs.float().round(9)).equals(
        b.with_columns(cs.float().round(9)), null_equal=True
    )


def _contract_name(bron: SourceFile, cell: str | None) -> str:
    """A header cell as written back: the contract name it maps to, or itself."""
    if cell is None:
        return ""
    own = normalise_header(cell)
    name = bron.columns.get(own, own)
    return name if name in KINDS[bron.kind or ""].names else cell


def _trimmed(cells: Cells) -> Cells:
    """Without the empty cells at the end (they say nothing the ETL reads)."""
    end = len(cells)
    while end and cells[end - 1] in (None, ""):
        end -= 1
    return cells[:end]


def _write(writer: Any, buffer: io.StringIO, cells: Cells, getypt: bool = False) -> None:
    """One record (to a csv.writer); an empty one as an empty line, so every later line
    keeps its number.

    Every cell is neutralised (`'=x`), which the ETL reads back as `=x`: no formula
    runs when a controller opens the file in Excel. A cell of the file is first read as
    the ETL reads it (so it is written in one canonical form); a `getypt` cell is the
    text itself (`'=` as typed is written `''=`, read back `'=`).
    """
    kept = _trimmed(cells)
    if kept:
        writer.writerow(neutralise(c or "" if getypt else unneutralise(c or "")) for c in kept)
    else:
        buffer.write("\r\n")
