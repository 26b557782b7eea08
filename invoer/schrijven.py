"""The platform's writes: rows appended to `platform/*.csv` in the source folder.

Why files and not the warehouse: the source folder stays the system of record and the
ETL the warehouse's only writer (contract section 7). A form therefore appends a row
that a controller can read in Excel, and then asks for one ETL run (`invoer.achtergrond`).

Every append is checked first with the ETL's own parsing and row rules (a row the ETL
would reject is refused, with the field it concerns), and is safe: one writer at a time
(a lock file beside the CSV), the new content written to a temporary file that then
replaces the old one with an atomic rename. A reader, a crash or `kill -9` sees the old
file or the new one, never half a row. A file a controller edited by hand is read with
the ETL's own reader and written back losslessly (`etl.platform_csv`); what cannot be,
is refused. Every failure a person can meet is a `Geweigerd` with a Dutch reason.
"""

from __future__ import annotations

import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import polars as pl

from dutch import format as nl
from etl.kinds import KINDS, NUMBER, SHARE, Column, Kind
from etl.load import read_folder
from etl.oserrors import DUTCH
from etl.parse import parse_table
from etl.platform_csv import PlatformCsv, controleer, lees
from etl.platform_lock import MAP, SlotBezet, schrijfslot
from etl.readers import FileRejected
from etl.rules import BESTAND, OK, REDEN, REGEL
from etl.sources import find_sources
from etl.validate import validate

OPDRACHTEN = f"{MAP}/opdrachten_platform.csv"
DEELNEMERS = f"{MAP}/deelnemers_platform.csv"  # kind `deelnemers`, by its first word
WIJZIGINGEN = f"{MAP}/statuswijzigingen.csv"
HERINDIENINGEN = f"{MAP}/herindieningen.csv"  # a resubmitted form's content (invoer.stappen)
BESLUITEN = f"{MAP}/vaststellingsbesluiten.csv"  # written by `proeftuin vaststellen`
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
    nieuw: bool = True  # False: the step was already there (a repeated click), nothing written


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
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def submit_opdracht(
    source: Path,
    velden: Mapping[str, object],
    door: str,
    nu: datetime | None = None,
    deelnemers: Sequence[Deelnemer] = (),
    ontbreekt: Mapping[str, str] | None = None,
    dubbel_binnen_s: float | None = None,
) -> Geschreven:
    """Append an opdrachtformulier as a new `aangemeld` opdracht with a new `PF-` id, and
    its deelnemers (if any) as rows of `platform/deelnemers_platform.csv`.

    Raises `Geweigerd` (nothing written) when a field or a deelnemer breaks a rule of the
    contract; every reason about the deelnemers is keyed `DEELNEMERS_VELD`. `ontbreekt`:
    the form's own reasons (fields the plan requires that are empty), refused together
    with the ETL's, so the submitter sees every field at once. `dubbel_binnen_s`: a form
    sent again (a double click, a reload that resends it) by the same person with the same
    fields and deelnemers within that many seconds is the same submission: nothing is
    written and the answer is the opdracht already there (`nieuw=False`).

    Why the deelnemers are written first: the opdracht row is what makes the submission
    exist. The ETL reads both files under the same lock (`etl.platform_lock`), so a run
    sees both rows or neither; a crash between the two renames leaves deelnemers rows of an
    opdracht that does not exist, which the ETL rejects ("opdracht PF-… bestaat niet") and
    `next_id` never hands out again. The other order would leave an opdracht without its
    deelnemers: rejected when meervoudig lokaal, silently counted with the soort's default
    shares otherwise.
    """
    nu = nu or datetime.now().replace(microsecond=0)
    with _schrijven(source):
        opdrachten, eerdere = _lees(source, OPDRACHTEN), _lees(source, DEELNEMERS)
        ids = [r.get("opdracht_id", "") for r in (*opdrachten.rows(), *eerdere.rows())]
        pf = next_id(ids, nu.year)
        row = {k: cel(v) for k, v in velden.items()}
        row |= {
            "opdracht_id": pf,
            "status": "aangemeld",
            "ingediend_door": door,
            "ingediend_op": cel(nu),
        }
        deelnemer_rows = [
            {"opdracht_id": pf, "gemeente": d.gemeente, "aandeel": d.aandeel.strip()}
            for d in deelnemers
        ]
        [row] = _zelfde_lezing(opdrachten, [row])
        deelnemer_rows = _zelfde_lezing(eerdere, deelnemer_rows) if deelnemer_rows else []
        if dubbel_binnen_s is not None:
            al = _al_ingediend(opdrachten, eerdere, row, deelnemer_rows, nu, dubbel_binnen_s)
            if al is not None:
                return al
        inhoud, [regel] = opdrachten.met([row])
        inhoud_d, regels_d = eerdere.met(deelnemer_rows)
        opdracht = Kandidaat("opdrachten", OPDRACHTEN, regel, row)
        rijen = [
            Kandidaat("deelnemers", DEELNEMERS, r, d)
            for r, d in zip(regels_d, deelnemer_rows, strict=True)
        ]
        fouten = dict(ontbreekt or {}) | _submission_reasons(source, opdracht, rijen)
        if fouten:
            raise Geweigerd(fouten)
        if rijen:  # both files checked before either is written
            _controleer(eerdere, inhoud_d, regels_d)
        _controleer(opdrachten, inhoud, [regel])
        if rijen:
            _vervang(eerdere.bron.path, inhoud_d)
        _vervang(opdrachten.bron.path, inhoud)
    return Geschreven(OPDRACHTEN, regel, pf)


def _al_ingediend(
    opdrachten: PlatformCsv,
    deelnemers: PlatformCsv,
    row: Mapping[str, str],
    deelnemer_rows: Sequence[Mapping[str, str]],
    nu: datetime,
    binnen_s: float,
) -> Geschreven | None:
    """The earlier row that `row` repeats (same person, fields and deelnemers, submitted
    less than `binnen_s` seconds ago), if any."""
    velden = [k for k in row if k not in ("opdracht_id", "ingediend_op")]
    eigen = [{k: v for k, v in d.items() if k != "opdracht_id"} for d in deelnemer_rows]
    for eerder in reversed(opdrachten.rows()):
        try:
            toen = datetime.strptime(eerder.get("ingediend_op", ""), f"{nl.DATUM} %H:%M:%S")
        except ValueError:
            continue
        if not 0 <= (nu - toen).total_seconds() <= binnen_s:
            continue
        if any((eerder.get(k) or "") != row[k] for k in velden):
            continue
        zijne = [
            {k: d.get(k) or "" for k in ("gemeente", "aandeel")}
            for d in deelnemers.rows()
            if d.get("opdracht_id") == eerder["opdracht_id"]
        ]
        if zijne == eigen:
            return Geschreven(OPDRACHTEN, int(eerder["regel"]), eerder["opdracht_id"], False)
    return None


def _zelfde_lezing(oud: PlatformCsv, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """`rows` as they leave the reading of every earlier row alone.

    Numbers are written with a decimal comma (`80,5`, `60,5%`). In a column a controller
    filled with decimal points (`2.5` beside `1.500`, read as 2,5 and 1,5), that comma
    would make the ETL read the column the Dutch way (`1.500` as 1500); there the rows'
    numbers are written with a point (`80.5`), which reads alike either way.
    """
    try:
        controleer(oud, *oud.met(rows))
    except FileRejected:
        getallen = {c.name for c in KINDS[oud.kind].columns if c.type in (NUMBER, SHARE)}
        return [
            {
                k: v.replace(",", ".") if k in getallen and re.fullmatch(r"-?\d+,\d+%?", v) else v
                for k, v in row.items()
            }
            for row in rows
        ]
    return rows


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
    """Append one statuswijziging without a step key (a change as a controller would
    write it). Raises `Geweigerd` (nothing written) when the ETL would reject it."""
    row = {
        "opdracht_id": opdracht_id,
        "status": status,
        "opdrachtnemer": opdrachtnemer,
        "toelichting": toelichting,
        "actie": actie,
    }
    return add_stap(source, [row], door, nu=nu)


def add_stap(
    source: Path,
    rijen: Sequence[Mapping[str, object]],
    door: str,
    stap: str | None = None,
    nu: datetime | None = None,
    formulier: Mapping[str, object] | None = None,
) -> Geschreven:
    """Append the statuswijzigingen of one step of an opdracht's life (`invoer.stappen`),
    all at one `tijdstip`, checked together by the ETL's rules; with `formulier`, first
    the resubmitted form's row in `platform/herindieningen.csv` (same key, same lock).

    Why `stap`: a double click, a form sent twice or two MT members at once must write
    the step once. Under the writers' lock, a step whose key is already in the file for
    the same opdracht is not written again: the answer is the row that is there
    (`nieuw=False`). Raises `Geweigerd` (nothing written) when the ETL would reject a row,
    e.g. accepteren of an opdracht that someone else accepted a moment ago.

    Why the form first: as with an opdracht's deelnemers, the statuswijziging is what makes
    the resubmission count (`stg_opdrachten` joins the two on `stap`); a crash between the
    renames leaves a form row without its step, which changes nothing.
    """
    nu = nu or datetime.now().replace(microsecond=0)
    vast = {"tijdstip": cel(nu), "door": door, "stap": cel(stap)}
    rows = [{k: cel(v) for k, v in r.items()} | vast for r in rijen]
    ids = {r["opdracht_id"] for r in rows}
    with _schrijven(source):
        wijzigingen = _lees(source, WIJZIGINGEN)
        if stap:
            for eerder in wijzigingen.rows():
                if eerder.get("stap") == stap and eerder.get("opdracht_id") in ids:
                    regel = int(eerder["regel"])
                    return Geschreven(WIJZIGINGEN, regel, rows[-1]["opdracht_id"], False)
        inhoud, regels = wijzigingen.met(rows)
        kandidaten = [
            Kandidaat("statuswijzigingen", WIJZIGINGEN, regel, row)
            for regel, row in zip(regels, rows, strict=True)
        ]
        if formulier is not None:
            herindieningen = _lees(source, HERINDIENINGEN)
            vorm = {k: cel(v) for k, v in formulier.items()} | vast
            vorm["opdracht_id"] = rows[0]["opdracht_id"]
            [vorm] = _zelfde_lezing(herindieningen, [vorm])
            inhoud_h, regels_h = herindieningen.met([vorm])
            kandidaten.append(Kandidaat("herindieningen", HERINDIENINGEN, regels_h[0], vorm))
        fouten = {k: v for f in check_rows(source, kandidaten) for k, v in f.items()}
        if fouten:
            raise Geweigerd(fouten)
        _controleer(wijzigingen, inhoud, regels)
        if formulier is not None:
            _controleer(herindieningen, inhoud_h, regels_h)
            _vervang(herindieningen.bron.path, inhoud_h)
        _vervang(wijzigingen.bron.path, inhoud)
    return Geschreven(WIJZIGINGEN, regels[-1], rows[-1]["opdracht_id"])


def add_vaststellingsbesluit(
    source: Path, row: Mapping[str, str], vooraf: Callable[[], None] | None = None
) -> Geschreven:
    """Append one vaststellingsbesluit (contract section 10). `vooraf` runs first under the
    same lock (the vaststelling's last check and its folder of figures), so a besluit and
    what it freezes are written together or not at all."""
    with _schrijven(source):
        if vooraf is not None:
            vooraf()
        besluiten = _lees(source, BESLUITEN)
        inhoud, [regel] = besluiten.met([dict(row)])
        kandidaat = Kandidaat("vaststellingsbesluiten", BESLUITEN, regel, dict(row))
        [fouten] = check_rows(source, [kandidaat])
        if fouten:
            raise Geweigerd(fouten)
        _controleer(besluiten, inhoud, [regel])
        _vervang(besluiten.bron.path, inhoud)
    return Geschreven(BESLUITEN, regel, row["periode"])


def next_id(ids: Sequence[str], jaar: int, prefix: str = ID_PREFIX) -> str:
    """`PF-<jaar>-<nnn>`: one more than the highest number of that year (001 first)."""
    pattern = re.compile(rf"^{prefix}-{jaar}-(\d+)$")
    numbers = [int(m[1]) for i in ids if (m := pattern.match(i.strip()))]
    return f"{prefix}-{jaar}-{max(numbers, default=0) + 1:03d}"


def add_rij(
    source: Path,
    kind: str,
    bestand: str,
    maak: Callable[[list[dict[str, str]]], Mapping[str, str]],
    sleutel: str,
) -> Geschreven:
    """Append one row of `kind` to the platform file `bestand`, checked, locked and atomic
    like every write here. `maak` gets the file's rows as read under the lock and returns
    the new row, so a new id counts on what is there; `sleutel` names the column whose
    value `Geschreven` reports. Raises `Geweigerd` (nothing written) as the others do."""
    with _schrijven(source):
        oud = _lees(source, bestand)
        row = dict(maak(oud.rows()))
        inhoud, [regel] = oud.met([row])
        [fouten] = check_rows(source, [Kandidaat(kind, bestand, regel, row)])
        if fouten:
            raise Geweigerd(fouten)
        _controleer(oud, inhoud, [regel])
        _vervang(oud.bron.path, inhoud)
    return Geschreven(bestand, regel, row[sleutel])


def platform_rows(source: Path, bestand: str) -> list[dict[str, str]]:
    """The rows of a platform file (cell text by contract column, with the `regel` the ETL
    names), for the submitter's overview. Raises `Geweigerd` when the file is unreadable."""
    return _lees(source, bestand).rows()


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
    fouten = {
        naam: reden
        for naam, waarde in kandidaat.row.items()
        if (reden := onzichtbaar(naam, waarde or ""))
    }
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
            fouten.setdefault(column.name, reden)
    return fouten


# Characters no one types on purpose and no one sees: control characters (a line break
# and a tab excepted), line and paragraph separators, and the bidirectional overrides
# that show text in another order than it is stored.
_ONZICHTBAAR = {
    "\u2028",
    "\u2029",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
}


def onzichtbaar(naam: str, tekst: str) -> str | None:
    """The reason a field may not hold `tekst`: an invisible or control character."""
    for teken in tekst:
        if teken in "\n\t":
            continue
        if unicodedata.category(teken) == "Cc" or teken in _ONZICHTBAAR:
            return (
                f"{naam} bevat een onzichtbaar teken (U+{ord(teken):04X}); haal het weg "
                "(typ de tekst opnieuw in plaats van hem te plakken)"
            )
    return None


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


# What the rules of the kinds a form writes read (`etl.validate`, in its order): an
# opdracht and its deelnemers the gemeenten, the medewerkers and the other opdrachten; a
# step of an opdracht's life also the earlier steps; never the hours (a step changes which
# hours count, the hours never refuse a step or a submission). Left out, the writer
# answers a click in a fraction of the time on a full source folder.
_OPDRACHT_LEEST = frozenset({"gemeenten", "medewerkers", "opdrachten", "deelnemers"})
_STAP_LEEST = _OPDRACHT_LEEST | {"statuswijzigingen", "herindieningen"}
_LEEST = {
    "opdrachten": _OPDRACHT_LEEST,
    "deelnemers": _OPDRACHT_LEEST,
    "statuswijzigingen": _STAP_LEEST,
    "herindieningen": _STAP_LEEST,
}


def _folder_reasons(source: Path, kandidaten: Sequence[Kandidaat]) -> list[str | None]:
    files, configs, unreadable = find_sources(source)
    if all(k.kind in _LEEST for k in kandidaten):
        leest = frozenset().union(*(_LEEST[k.kind] for k in kandidaten))
        files = [f for f in files if f.kind in leest]
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


@contextmanager
def _schrijven(source: Path) -> Iterator[None]:
    """The writers' lock around a check and its write; a full disk, a read-only folder or
    a lock held elsewhere become a `Geweigerd` in Dutch (nothing was written)."""
    try:
        with schrijfslot(source):
            yield
    except SlotBezet as exc:
        raise Geweigerd({ALGEMEEN: f"{exc}; er is niets opgeslagen"}) from exc
    except OSError as exc:
        reden = DUTCH.get(exc.errno or -1) or exc.strerror or "onbekende fout"
        raise Geweigerd(
            {
                ALGEMEEN: f"Opslaan in de bronmap ({MAP}/) is mislukt: {reden}; er is niets "
                "opgeslagen. Probeer het later opnieuw of meld het de beheerder."
            }
        ) from exc


def _lees(source: Path, bestand: str) -> PlatformCsv:
    """A platform file as the ETL reads it; one the ETL rejects as a whole is refused."""
    try:
        return lees(source, bestand)
    except FileRejected as exc:
        raise Geweigerd({ALGEMEEN: _onbruikbaar(bestand, str(exc))}) from exc


def _onbruikbaar(bestand: str, reden: str) -> str:
    return (
        f"{bestand} kan niet worden bijgewerkt: {reden}. Er is niets opgeslagen; laat een "
        "controller het bestand herstellen (zie Data & kwaliteit)."
    )


def _controleer(oud: PlatformCsv, inhoud: bytes, regels: Sequence[int]) -> None:
    """Refuse unless the ETL's reader reads every earlier row of `inhoud` (the old rows
    and the new, `etl.platform_csv`) as before and each new row without a reason."""
    try:
        redenen = controleer(oud, inhoud, regels)
    except FileRejected as exc:
        raise Geweigerd({ALGEMEEN: str(exc)}) from exc
    for reden in filter(None, redenen):
        raise Geweigerd({field_of(KINDS[oud.kind], reden): reden})


def _vervang(path: Path, inhoud: bytes) -> None:
    """`inhoud` into a temporary file, flushed to disk, then renamed over `path`: the
    rename is atomic, so the file is always whole (old or new)."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(inhoud)
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
