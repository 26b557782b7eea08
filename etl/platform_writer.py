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

from dutch import format as nl
from etl.kinds import KINDS, Column, Kind
from etl.load import read_folder
from etl.parse import parse_table
from etl.platform_lock import MAP, schrijfslot
from etl.rules import BESTAND, OK, REDEN, REGEL
from etl.sources import find_sources
from etl.validate import validate

OPDRACHTEN = f"{MAP}/opdrachten_platform.csv"
DEELNEMERS = f"{MAP}/deelnemers_platform.csv"  # kind `deelnemers`, by its first word
WIJZIGINGEN = f"{MAP}/statuswijzigingen.csv"
SEP = ";"
ID_PREFIX = "PF"
ALGEMEEN = ""  # the key of a reason that concerns no single field
DEELNEMERS_VELD = "deelnemers"  # the key of every reason about a submission's deelnemers


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


@dataclass(frozen=True)
class Deelnemer:
    """A gemeente taking part in a submitted opdracht. `aandeel` is cell text as the ETL
    reads it (`0,6`, `60%`); empty: the deelnemers share equally."""

    gemeente: str
    aandeel: str = ""


@dataclass(frozen=True)
class Kandidaat:
    """A row not yet written: its kind, the file and line it would get, its cell texts."""

    kind: str
    bestand: str
    regel: int
    row: Mapping[str, str]


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
    source: Path,
    velden: Mapping[str, object],
    door: str,
    nu: datetime | None = None,
    deelnemers: Sequence[Deelnemer] = (),
) -> Geschreven:
    """Append an opdrachtformulier as a new `aangemeld` opdracht with a new `PF-` id, and
    its deelnemers (if any) as rows of `platform/deelnemers_platform.csv`.

    Raises `Geweigerd` (nothing written) when a field or a deelnemer breaks a rule of the
    contract; every reason about the deelnemers is keyed `DEELNEMERS_VELD`.

    Why the deelnemers are written first: the opdracht row is what makes the submission
    exist. The ETL reads both files under the same lock (`etl.platform_lock`), so a run
    sees both rows or neither; a crash between the two renames leaves deelnemers rows of an
    opdracht that does not exist, which the ETL rejects ("opdracht PF-… bestaat niet") and
    `next_id` never hands out again. The other order would leave an opdracht without its
    deelnemers: rejected when meervoudig lokaal, silently counted with the soort's default
    shares otherwise.
    """
    nu = nu or datetime.now().replace(microsecond=0)
    with schrijfslot(source):
        bestaand = _read_rows(source / OPDRACHTEN)
        eerdere = _read_rows(source / DEELNEMERS)
        pf = next_id([r.get("opdracht_id", "") for r in (*bestaand, *eerdere)], nu.year)
        row = {k: cel(v) for k, v in velden.items()}
        row |= {
            "opdracht_id": pf,
            "status": "aangemeld",
            "ingediend_door": door,
            "ingediend_op": cel(nu),
        }
        opdracht = Kandidaat("opdrachten", OPDRACHTEN, len(bestaand) + 2, row)
        rijen = [
            Kandidaat(
                "deelnemers",
                DEELNEMERS,
                len(eerdere) + 2 + i,
                {"opdracht_id": pf, "gemeente": d.gemeente, "aandeel": d.aandeel.strip()},
            )
            for i, d in enumerate(deelnemers)
        ]
        fouten = _submission_reasons(source, opdracht, rijen)
        if fouten:
            raise Geweigerd(fouten)
        if rijen:
            _append(source / DEELNEMERS, KINDS["deelnemers"].names, [r.row for r in rijen])
        _append(source / OPDRACHTEN, KINDS["opdrachten"].names, [row])
    return Geschreven(OPDRACHTEN, opdracht.regel, pf)


def _submission_reasons(source: Path, opdracht: Kandidaat, rijen: list[Kandidaat]) -> dict:
    """Field -> reason for an opdracht and its deelnemers, checked together.

    The reasons of the deelnemers go under `DEELNEMERS_VELD`, each row's named by its
    gemeente. Consequences are left out, so the form names the cause once: a deelnemer
    rejected because its opdracht is, or a meervoudig lokaal opdracht rejected because its
    deelnemers are.
    """
    uitkomst = check_rows(source, [opdracht, *rijen])
    fouten = uitkomst[0]
    nieuw = f"opdracht {opdracht.row['opdracht_id']}"
    eigen = [
        reden if reden.startswith(("aandelen ", nieuw)) else f"{r.row['gemeente']}: {reden}"
        for r, reasons in zip(rijen, uitkomst[1:], strict=True)
        for reden in dict.fromkeys(reasons.values())
        if not reden.startswith(f"{nieuw} is afgekeurd")
    ]
    if eigen:
        fouten[DEELNEMERS_VELD] = "; ".join(dict.fromkeys(eigen))
    # the submitter has not seen the new id yet
    return {
        veld: re.sub(rf"{re.escape(nieuw)}\b", "deze opdracht", r) for veld, r in fouten.items()
    }


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
    with schrijfslot(source):
        regel = len(_read_rows(source / WIJZIGINGEN)) + 2
        [fouten] = check_rows(source, [Kandidaat("statuswijzigingen", WIJZIGINGEN, regel, row)])
        if fouten:
            raise Geweigerd(fouten)
        _append(source / WIJZIGINGEN, KINDS["statuswijzigingen"].names, [row])
    return Geschreven(WIJZIGINGEN, regel, opdracht_id)


def next_id(ids: Sequence[str], jaar: int) -> str:
    """`PF-<jaar>-<nnn>`: one more than the highest number of that year (001 first)."""
    pattern = re.compile(rf"^{ID_PREFIX}-{jaar}-(\d+)$")
    numbers = [int(m[1]) for i in ids if (m := pattern.match(i.strip()))]
    return f"{ID_PREFIX}-{jaar}-{max(numbers, default=0) + 1:03d}"


def platform_rows(source: Path, bestand: str) -> list[dict[str, str]]:
    """The rows of a platform file as written (cell text), for the submitter's overview."""
    return _read_rows(source / bestand)


def check_rows(source: Path, kandidaten: Sequence[Kandidaat]) -> list[dict[str, str]]:
    """Per candidate row, field -> reason by the ETL's own rules; all empty when they load.

    Each field is first parsed on its own (so every bad field is named, not only the
    first); rows whose fields are all valid are then checked together against the whole
    source folder (references, duplicates, shares, the status rules) exactly as the ETL
    will, so rows that need each other (an opdracht and its deelnemers) pass together.
    """
    fouten = [_field_reasons(k) for k in kandidaten]
    if any(fouten):
        return fouten
    redenen = _folder_reasons(source, kandidaten)
    return [
        {} if reden is None else {field_of(KINDS[k.kind], reden): reden}
        for k, reden in zip(kandidaten, redenen, strict=True)
    ]


def _field_reasons(kandidaat: Kandidaat) -> dict[str, str]:
    fouten = {}
    anker = Column("#anker")  # keeps a row with one empty field from being a blank line
    for column in KINDS[kandidaat.kind].columns:
        raw = pl.DataFrame(
            {
                column.name: [kandidaat.row.get(column.name) or None],
                anker.name: ["x"],
                REGEL: [kandidaat.regel],
            },
            schema={column.name: pl.String, anker.name: pl.String, REGEL: pl.Int32},
        )
        reden = parse_table(raw, Kind(kandidaat.kind, (column, anker)))[REDEN][0]
        if reden is not None:
            fouten[column.name] = reden
    return fouten


def field_of(kind: Kind, reden: str) -> str:
    """The field a rule's reason concerns (reasons start with the column they are about)."""
    first = reden.split(" ", 1)[0].rstrip(":")
    if first in kind.names:
        return first
    if "meervoudig_lokaal" in reden:
        return DEELNEMERS_VELD
    if reden.startswith("opdracht ") and ("bestaat niet" in reden or "is afgekeurd" in reden):
        return "opdracht_id"
    if reden.startswith("opdracht ") and kind.name == "statuswijzigingen":
        return "status"
    return ALGEMEEN


def _folder_reasons(source: Path, kandidaten: Sequence[Kandidaat]) -> list[str | None]:
    files, configs, unreadable = find_sources(source)
    bestanden = tuple(dict.fromkeys(k.bestand for k in kandidaten))
    folder = read_folder(files, configs, unreadable, extra_bestanden=bestanden)
    for k in kandidaten:
        names = KINDS[k.kind].names
        raw = pl.DataFrame(
            {**{c: [k.row.get(c) or None] for c in names}, REGEL: [k.regel]},
            schema={**dict.fromkeys(names, pl.String), REGEL: pl.Int32},
        )
        candidate = parse_table(raw, KINDS[k.kind]).with_columns(
            pl.lit(k.bestand, dtype=folder.bestand_type).alias(BESTAND)
        )
        folder.parsed[k.kind].append(candidate)
    frames, _ = validate(folder.frames(), folder.unread_frames())
    redenen = []
    for k in kandidaten:
        mine = frames[k.kind].filter(
            pl.col(BESTAND).cast(pl.String) == k.bestand, pl.col(REGEL) == k.regel, ~OK
        )
        redenen.append(mine[REDEN][0] if mine.height else None)
    return redenen


def _read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=SEP))


def _append(path: Path, columns: Sequence[str], rows: Sequence[Mapping[str, str]]) -> None:
    """Old content plus the rows into a temporary file, flushed to disk, then renamed over
    the old file: the rename is atomic, so the file is always whole (old or new).

    The rows follow the file's own header (a controller may have written it with fewer
    columns); only when a row fills a column the header lacks is the file rewritten
    with that column added.
    """
    old = path.read_bytes() if path.is_file() else b""
    text = old.decode("utf-8-sig")
    header = next(csv.reader(io.StringIO(text), delimiter=SEP), None) if text.strip() else None
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=SEP, lineterminator="\r\n")
    if header is None:
        writer.writerow(columns)
        writer.writerows([row.get(c, "") for c in columns] for row in rows)
        content = "\ufeff" + buffer.getvalue()  # a BOM, so Excel shows é right
    elif all(c in header or not row.get(c) for c in columns for row in rows):
        if not text.endswith("\n"):
            buffer.write("\r\n")
        writer.writerows([row.get(c, "") for c in header] for row in rows)
        content = ("\ufeff" if old.startswith(b"\xef\xbb\xbf") else "") + text + buffer.getvalue()
    else:
        wider = [*header, *(c for c in columns if c not in header)]
        writer.writerow(wider)
        for existing in csv.DictReader(io.StringIO(text), delimiter=SEP):
            writer.writerow([existing.get(c) or "" for c in wider])
        writer.writerows([row.get(c, "") for c in wider] for row in rows)
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
