"""The platform's writes: rows appended to `platform/*.csv` in the source folder.

Why files and not the warehouse: the source folder stays the system of record and the
ETL the warehouse's only writer (contract section 7). A form therefore appends a row
that a controller can read in Excel, and then asks for one ETL run (`etl.achtergrond`).

Every append is checked first with the ETL's own parsing and row rules (a row the ETL
would reject is refused, with the field it concerns), and is safe: one writer at a time
(a lock file beside the CSV), the new content written to a temporary file that then
replaces the old one with an atomic rename. A reader, a crash or `kill -9` sees the old
file or the new one, never half a row.
"""

from __future__ import annotations

import csv
import io
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import polars as pl
from filelock import FileLock

from dutch import format as nl
from etl.kinds import KINDS, Column, Kind
from etl.load import read_folder
from etl.parse import parse_table
from etl.rules import BESTAND, OK, REDEN, REGEL
from etl.sources import find_sources
from etl.validate import validate

MAP = "platform"
OPDRACHTEN = f"{MAP}/opdrachten_platform.csv"
WIJZIGINGEN = f"{MAP}/statuswijzigingen.csv"
LOCK = f"{MAP}/.schrijven.lock"
SEP = ";"
ID_PREFIX = "PF"
LOCK_TIMEOUT_S = 60.0
ALGEMEEN = ""  # the key of a reason that concerns no single field


class Geweigerd(ValueError):
    """The row was not written: per field (`ALGEMEEN` for the row as a whole) the reason."""

    def __init__(self, fouten: Mapping[str, str]) -> None:
        self.fouten = dict(fouten)
        super().__init__("; ".join(f"{k or 'rij'}: {v}" for k, v in self.fouten.items()))


@dataclass(frozen=True)
class Geschreven:
    """What an append wrote: the file (relative to the source folder), its line, the id."""

    bestand: str
    regel: int
    opdracht_id: str


def cel(value: object) -> str:
    """A value as the cell text the ETL reads back: Dutch dates and decimal commas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime(f"{nl.DATUM} %H:%M:%S")
    if isinstance(value, date):
        return nl.datum(value)
    if isinstance(value, int | float):
        return nl.getal_kort(float(value), max_decimalen=6, duizendtallen=False)
    if isinstance(value, list | tuple):
        return "|".join(cel(v) for v in value)
    return str(value).strip()


def submit_opdracht(
    source: Path, velden: Mapping[str, object], door: str, nu: datetime | None = None
) -> Geschreven:
    """Append an opdrachtformulier as a new `aangemeld` opdracht with a new `PF-` id.

    Raises `Geweigerd` (nothing written) when a field breaks a rule of the contract.
    """
    nu = nu or datetime.now().replace(microsecond=0)
    with _lock(source):
        bestaand = _read_rows(source / OPDRACHTEN)
        row = {k: cel(v) for k, v in velden.items()}
        row |= {
            "opdracht_id": next_id([r.get("opdracht_id", "") for r in bestaand], nu.year),
            "status": "aangemeld",
            "ingediend_door": door,
            "ingediend_op": cel(nu),
        }
        regel = len(bestaand) + 2
        _refuse_if_rejected(source, "opdrachten", OPDRACHTEN, row, regel)
        _append(source / OPDRACHTEN, KINDS["opdrachten"].names, row)
    return Geschreven(OPDRACHTEN, regel, row["opdracht_id"])


def add_statuswijziging(
    source: Path,
    opdracht_id: str,
    status: str,
    door: str,
    *,
    opdrachtnemer: str | None = None,
    toelichting: str | None = None,
    actie: str | None = None,
    nu: datetime | None = None,
) -> Geschreven:
    """Append one statuswijziging (accepteren, terugsturen, annuleren, toewijzen).

    Raises `Geweigerd` (nothing written) when the ETL would reject it, e.g. a change of
    an opdracht that is already afgerond or geannuleerd.
    """
    nu = nu or datetime.now().replace(microsecond=0)
    row = {
        "opdracht_id": opdracht_id,
        "tijdstip": cel(nu),
        "status": status,
        "opdrachtnemer": cel(opdrachtnemer),
        "door": door,
        "toelichting": cel(toelichting),
        "actie": cel(actie),
    }
    with _lock(source):
        regel = len(_read_rows(source / WIJZIGINGEN)) + 2
        _refuse_if_rejected(source, "statuswijzigingen", WIJZIGINGEN, row, regel)
        _append(source / WIJZIGINGEN, KINDS["statuswijzigingen"].names, row)
    return Geschreven(WIJZIGINGEN, regel, opdracht_id)


def next_id(ids: Sequence[str], jaar: int) -> str:
    """`PF-<jaar>-<nnn>`: one more than the highest number of that year (001 first)."""
    pattern = re.compile(rf"^{ID_PREFIX}-{jaar}-(\d+)$")
    numbers = [int(m[1]) for i in ids if (m := pattern.match(i.strip()))]
    return f"{ID_PREFIX}-{jaar}-{max(numbers, default=0) + 1:03d}"


def platform_rows(source: Path, bestand: str) -> list[dict[str, str]]:
    """The rows of a platform file as written (cell text), for the submitter's overview."""
    return _read_rows(source / bestand)


def check_row(source: Path, kind: str, bestand: str, row: Mapping[str, str], regel: int) -> dict:
    """Field -> reason for a candidate row, by the ETL's own rules; empty when it would load.

    Each field is first parsed on its own (so every bad field is named, not only the
    first); a row whose fields are all valid is then checked against the whole source
    folder (references, duplicates, the status rules) exactly as the ETL will.
    """
    soort = KINDS[kind]
    fouten = {}
    anker = Column("#anker")  # keeps a row with one empty field from being a blank line
    for column in soort.columns:
        raw = pl.DataFrame(
            {column.name: [row.get(column.name) or None], anker.name: ["x"], REGEL: [regel]},
            schema={column.name: pl.String, anker.name: pl.String, REGEL: pl.Int32},
        )
        reden = parse_table(raw, Kind(kind, (column, anker)))[REDEN][0]
        if reden is not None:
            fouten[column.name] = reden
    if fouten:
        return fouten
    reden = _folder_reason(source, soort, bestand, row, regel)
    return {} if reden is None else {field_of(soort, reden): reden}


def field_of(kind: Kind, reden: str) -> str:
    """The field a rule's reason concerns (reasons start with the column they are about)."""
    first = reden.split(" ", 1)[0].rstrip(":")
    if first in kind.names:
        return first
    if "meervoudig_lokaal" in reden:
        return "soort_opdracht"
    if reden.startswith("opdracht ") and ("bestaat niet" in reden or "is afgekeurd" in reden):
        return "opdracht_id"
    if reden.startswith("opdracht ") and kind.name == "statuswijzigingen":
        return "status"
    return ALGEMEEN


def _folder_reason(
    source: Path, kind: Kind, bestand: str, row: Mapping[str, str], regel: int
) -> str | None:
    files, configs, unreadable = find_sources(source)
    folder = read_folder(files, configs, unreadable, extra_bestanden=(bestand,))
    raw = pl.DataFrame(
        {**{c: [row.get(c) or None] for c in kind.names}, REGEL: [regel]},
        schema={**dict.fromkeys(kind.names, pl.String), REGEL: pl.Int32},
    )
    candidate = parse_table(raw, kind).with_columns(
        pl.lit(bestand, dtype=folder.bestand_type).alias(BESTAND)
    )
    folder.parsed[kind.name].append(candidate)
    frames, _ = validate(folder.frames(), folder.unread_frames())
    mine = frames[kind.name].filter(
        pl.col(BESTAND).cast(pl.String) == bestand, pl.col(REGEL) == regel, ~OK
    )
    return mine[REDEN][0] if mine.height else None


def _refuse_if_rejected(
    source: Path, kind: str, bestand: str, row: Mapping[str, str], regel: int
) -> None:
    fouten = check_row(source, kind, bestand, row, regel)
    if fouten:
        raise Geweigerd(fouten)


def _lock(source: Path) -> FileLock:
    """One writer at a time per source folder, across threads and processes."""
    (source / MAP).mkdir(parents=True, exist_ok=True)
    return FileLock(source / LOCK, timeout=LOCK_TIMEOUT_S, thread_local=False)


def _read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=SEP))


def _append(path: Path, columns: Sequence[str], row: Mapping[str, str]) -> None:
    """Old content plus one row into a temporary file, flushed to disk, then renamed over
    the old file: the rename is atomic, so the file is always whole (old or new).

    The row follows the file's own header (a controller may have written it with fewer
    columns); only when the row fills a column the header lacks is the file rewritten
    with that column added.
    """
    old = path.read_bytes() if path.is_file() else b""
    text = old.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text), delimiter=SEP), None) if text.strip() else None
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=SEP, lineterminator="\r\n")
    if header is None:
        writer.writerow(columns)
        writer.writerow([row.get(c, "") for c in columns])
        content = "\ufeff" + buffer.getvalue()  # a BOM, so Excel shows é right
    elif all(c in header or not row.get(c) for c in columns):
        if not text.endswith("\n"):
            buffer.write("\r\n")
        writer.writerow([row.get(c, "") for c in header])
        content = ("\ufeff" if old.startswith(b"\xef\xbb\xbf") else "") + text + buffer.getvalue()
    else:
        wider = [*header, *(c for c in columns if c not in header)]
        writer.writerow(wider)
        for existing in csv.DictReader(io.StringIO(text), delimiter=SEP):
            writer.writerow([existing.get(c) or "" for c in wider])
        writer.writerow([row.get(c, "") for c in wider])
        content = "\ufeff" + buffer.getvalue()
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(content.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
