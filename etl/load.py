"""One ETL run: find -> read -> parse -> validate -> hand typed frames to the warehouse.

`run_etl` does the work and raises `EtlFailed` (Dutch message) when the run must stop;
the command around it (printing, exit codes) is `etl.command`.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

import polars as pl

from etl.kinds import KINDS
from etl.oserrors import dutch_os_error
from etl.parse import DTYPES, parse_table
from etl.platform_lock import MAP, SlotBezet, onder_slot
from etl.readers import FileRejected, read_source
from etl.rules import AFKEURSOORT, BESTAND, OK, REDEN, REGEL
from etl.sources import ConfigFile, SourceFile, find_sources
from etl.validate import validate
from etl.vaststellingsbesluiten import mappen_aanwezig, vastgesteld_of
from warehouse.build import RunInfo, WarehouseData, in_aanbouw
from warehouse.guard import (
    UnsafeTarget,
    check_target,
    real_target,
    remove_leftovers,
    temp_path,
    warehouse_lock,
)
from warehouse.neutralise import neutralise_frame

BESTANDEN_SCHEMA: dict[str, pl.DataType] = {
    "bestand": pl.String(),
    "soort": pl.String(),
    "rijen_gelezen": pl.Int64(),
    "rijen_geladen": pl.Int64(),
    "rijen_afgekeurd": pl.Int64(),
    "opmerking": pl.String(),
}
AFGEKEURD_SCHEMA: dict[str, pl.DataType] = {
    "bestand": pl.String(),
    "regel": pl.Int32(),
    "reden": pl.String(),
    "afkeursoort": pl.String(),
}
PARALLEL_FILES = 2  # files read at the same time (the target machine has two cores)


class Progress(Protocol):
    """What `run_etl` reports while it runs (the terminal's `etl.report.Reporter`)."""

    def begin(self, files: list[SourceFile]) -> None: ...
    def file_done(self, file: SourceFile) -> None: ...
    def stage(self, text: str) -> None: ...


class EtlFailed(RuntimeError):
    """The run stopped; the message is Dutch and says what to do. The warehouse is unchanged."""

    def __init__(self, message: str, outcome: EtlOutcome | None = None) -> None:
        super().__init__(message)
        self.outcome = outcome


@dataclass
class EtlOutcome:
    """What a run did: per file the accounting, every rejection (with its rule), timing."""

    warehouse: Path
    bestanden: pl.DataFrame
    afgekeurd: pl.DataFrame  # bestand, regel, reden, afkeursoort (the rule, for grouping)
    afgekeurd_csv: Path
    duur_s: float
    geschreven: bool


def rejection_list_path(warehouse: Path) -> Path:
    """Where the full rejection list goes: beside the warehouse, `<stem>.afgekeurd.csv`."""
    return warehouse.with_name(f"{warehouse.stem}.afgekeurd.csv")


def run_etl(
    source: Path, warehouse: Path, strict: bool = False, progress: Progress | None = None
) -> EtlOutcome:
    """Rebuild the warehouse from the whole source folder (atomically; see warehouse.build).

    One run at a time per warehouse (`warehouse.guard`): a second run waits, saying so.
    """
    source, warehouse = Path(source), Path(warehouse)
    _check_paths(source, warehouse)
    target = real_target(warehouse)
    with warehouse_lock(target, lambda: _say_waiting(warehouse)):
        remove_leftovers(target, (rejection_list_path(warehouse),))
        return _run_locked(source, warehouse, target, strict, progress)


def _say_waiting(warehouse: Path) -> None:
    print(
        f"Er loopt al een ETL-run op warehouse '{warehouse}'; deze run wacht tot die klaar is.",
        file=sys.stderr,
        flush=True,
    )


def _run_locked(
    source: Path, warehouse: Path, target: Path, strict: bool, progress: Progress | None
) -> EtlOutcome:
    gestart_op, start = datetime.now(), time.perf_counter()
    files, configs, unreadable = find_sources(source)
    for map_, reden in unreadable:
        if map_ == "./":
            raise EtlFailed(f"bronmap '{source}': {reden}")
    if not files:
        raise EtlFailed(f"bronmap '{source}' is leeg: er is niets om te laden")
    if progress:
        progress.begin(files)
    # The new warehouse file, its tables and views are prepared while the folder is read.
    with in_aanbouw(target) as bouw:
        try:
            folder = read_folder(files, configs, unreadable, progress, platform_van=source)
        except SlotBezet as exc:
            raise EtlFailed(str(exc)) from exc
        if progress:
            progress.stage("regels controleren")
        frames, gemeenten = validate(folder.frames(), folder.unread_frames())
        frames["vaststellingsbesluiten"] = mappen_aanwezig(frames["vaststellingsbesluiten"], source)
        log, file_rejections = folder.log, folder.file_rejections
        del folder
        tables, afgekeurd, bestanden = _results(frames, log, file_rejections)
        del frames
        tables["gemeenten"] = gemeenten
        csv_path = rejection_list_path(warehouse)
        csv_tmp = _write_rejection_list(afgekeurd, csv_path)
        outcome = EtlOutcome(
            warehouse, bestanden, afgekeurd, csv_path, time.perf_counter() - start, geschreven=False
        )
        if strict and afgekeurd.height:
            os.replace(csv_tmp, csv_path)  # the list of what to fix (the warehouse stays)
            raise EtlFailed(
                f"--strict: {afgekeurd.height} afkeuring(en), het warehouse is niet bijgewerkt",
                outcome,
            )
        if progress:
            progress.stage("warehouse bouwen")
        run = RunInfo(gestart_op=gestart_op, bron=str(source), strikt=strict, begin=start)
        try:
            data = WarehouseData(tables, bestanden, afgekeurd.drop("afkeursoort"), bron=source)
            bouw.afmaken(data, run)
            # the list replaces the old one right after the warehouse: both describe this run
            os.replace(csv_tmp, csv_path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                csv_tmp.unlink()
    outcome.duur_s = run.duur_s  # measured once: the terminal shows what etl_runs holds
    outcome.geschreven = True
    return outcome


@dataclass
class ReadFolder:
    """Every file of a source folder read and parsed, before the row rules.

    `parsed` and `unread` hold per kind the frames of the readable files and what could
    be read of files rejected as a whole (see `validate`); `log` and `file_rejections`
    the accounting of the run report. The platform's writer (`invoer.schrijven`)
    adds its candidate rows to `parsed` to check them with the ETL's own rules.
    """

    parsed: dict[str, list[pl.DataFrame]]
    unread: dict[str, list[pl.DataFrame]]
    log: list[dict]
    file_rejections: list[dict]
    bestand_type: pl.Enum

    def frames(self) -> dict[str, pl.DataFrame]:
        return {k: _concat(k, v, self.bestand_type) for k, v in self.parsed.items()}

    def unread_frames(self) -> dict[str, pl.DataFrame]:
        return {k: pl.concat(v, how="diagonal") for k, v in self.unread.items() if v}


def read_folder(
    files: list[SourceFile],
    configs: list[ConfigFile],
    unreadable: list[tuple[str, str]],
    progress: Progress | None = None,
    extra_bestanden: tuple[str, ...] = (),
    platform_van: Path | None = None,
) -> ReadFolder:
    """Read and parse every file; `extra_bestanden` are names candidate rows may carry.

    The platform's files (`platform/`) are read first, all at a moment no form writes
    (`etl.platform_lock.onder_slot` on the folder `platform_van`; None: the caller holds
    the writers' lock): one submission spans two files (the opdracht and its
    deelnemers), and a run must see both or neither.
    """
    log: list[dict] = [
        _log_row(c.bestand, "kolommen", opmerking=c.fout or "kolomnamen voor deze map")
        for c in configs
    ]
    file_rejections: list[dict] = [
        {"bestand": c.bestand, "regel": None, "reden": c.fout, "afkeursoort": "bestand onleesbaar"}
        for c in configs
        if c.fout
    ]
    for naam, reden in unreadable:  # folders (`map/`) and entries that are no usable file
        soort = "map onleesbaar" if naam.endswith("/") else "bestand overgeslagen"
        log.append(_log_row(naam, None, opmerking=f"afgekeurd: {reden}"))
        file_rejections.append(
            {"bestand": naam, "regel": None, "reden": reden, "afkeursoort": soort}
        )
    parsed: dict[str, list[pl.DataFrame]] = {k: [] for k in KINDS}
    unread: dict[str, list[pl.DataFrame]] = {k: [] for k in KINDS}  # see validate()
    # one dictionary entry per file instead of the path repeated on every row
    names = [f.bestand for f in files]
    bestand_type = pl.Enum(names + [b for b in extra_bestanden if b not in names])
    platform = [f for f in files if f.bestand.startswith(f"{MAP}/")]

    def lees_platform() -> dict[str, tuple[pl.DataFrame, str] | FileRejected | None]:
        return {f.bestand: _read_one(f) for f in platform}

    vooraf = onder_slot(platform_van, lees_platform) if platform_van else lees_platform()
    for f, result in _read_all(files, vooraf):
        if f.kind is None:
            log.append(_log_row(f.bestand, None, opmerking=vastgesteld_of(f.bestand)))
        elif isinstance(result, FileRejected):
            if result.rows is not None:
                unread[f.kind].append(result.rows.with_columns(pl.lit(f.bestand).alias(BESTAND)))
            log.append(_log_row(f.bestand, f.kind, opmerking=f"afgekeurd: {result}"))
            file_rejections.append(
                {
                    "bestand": f.bestand,
                    "regel": None,
                    "reden": str(result),
                    "afkeursoort": "bestand afgekeurd",
                }
            )
        elif result is not None:  # None only for a file of no kind, logged above
            frame, opmerking = result
            parsed[f.kind].append(
                frame.with_columns(pl.lit(f.bestand, dtype=bestand_type).alias(BESTAND))
            )
            log.append(_log_row(f.bestand, f.kind, opmerking=opmerking))
        if progress:
            progress.file_done(f)
    return ReadFolder(parsed, unread, log, file_rejections, bestand_type)


def _read_all(
    files: list[SourceFile], vooraf: dict[str, tuple[pl.DataFrame, str] | FileRejected | None]
) -> Iterator[tuple[SourceFile, tuple[pl.DataFrame, str] | FileRejected | None]]:
    """Read and parse the files two at a time, yielding them in order as they are done;
    the results in `vooraf` (files already read) are yielded in their place.

    Why threads: polars reads and parses without the GIL, and one file alone does not keep
    both cores busy, so the next file is read while this one is parsed.
    """
    with ThreadPoolExecutor(max_workers=PARALLEL_FILES) as pool:
        try:
            futures = {
                f.bestand: pool.submit(_read_one, f) for f in files if f.bestand not in vooraf
            }
            for f in files:
                yield f, vooraf[f.bestand] if f.bestand in vooraf else futures[f.bestand].result()
        finally:  # an error or Ctrl-C: do not start the files still waiting
            pool.shutdown(cancel_futures=True)


def _read_one(f: SourceFile) -> tuple[pl.DataFrame, str] | FileRejected | None:
    """The parsed frame and the reader's remark, the rejection of the whole file, or None."""
    if f.kind is None:
        return None
    try:
        raw = read_source(f)
        return parse_table(raw.frame, KINDS[f.kind]), raw.opmerking
    except FileRejected as exc:
        return exc


def _check_paths(source: Path, warehouse: Path) -> None:
    """Fail before any work when the folder cannot be read or the warehouse not written."""
    if source.is_file():
        raise EtlFailed(
            f"bronmap '{source}' is een bestand, geen map: geef de map met de exports op"
        )
    if not source.is_dir():
        raise EtlFailed(f"bronmap '{source}' bestaat niet")
    if warehouse.is_dir():
        raise EtlFailed(
            f"warehouse '{warehouse}' is een map: geef een bestandsnaam op, "
            f"bijvoorbeeld {warehouse / 'proeftuin.duckdb'}"
        )
    try:
        check_target(warehouse, source)
    except UnsafeTarget as exc:
        raise EtlFailed(str(exc)) from exc
    folder = real_target(warehouse).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise EtlFailed(
            f"kan het warehouse niet schrijven in map '{folder}': {dutch_os_error(exc)}"
        ) from exc


def _log_row(bestand: str, kind: str | None, opmerking: str | None) -> dict:
    return {
        "bestand": bestand,
        "soort": kind,
        "rijen_gelezen": 0,
        "rijen_geladen": 0,
        "rijen_afgekeurd": 0,
        "opmerking": opmerking,
    }


def _concat(kind: str, frames: list[pl.DataFrame], bestand_type: pl.Enum) -> pl.DataFrame:
    if frames:
        return pl.concat(frames, how="vertical", rechunk=False)
    schema = {c.name: DTYPES[c.type] for c in KINDS[kind].columns}
    schema |= {
        REGEL: pl.Int32(),
        REDEN: pl.String(),
        AFKEURSOORT: pl.String(),
        BESTAND: bestand_type,
    }
    return pl.DataFrame(schema=schema)


def _results(
    frames: dict[str, pl.DataFrame], log: list[dict], file_rejections: list[dict]
) -> tuple[dict[str, pl.DataFrame], pl.DataFrame, pl.DataFrame]:
    """Loaded rows per table, every rejection, and per file: read = loaded + rejected."""
    tables: dict[str, pl.DataFrame] = {}
    rejected = [pl.DataFrame(file_rejections, schema=AFGEKEURD_SCHEMA)]
    counts = []
    for kind in list(frames):
        frame = frames.pop(kind)  # free each kind's full frame as soon as it is split
        columns = [*KINDS[kind].names, BESTAND, REGEL]
        any_rejected = frame[REDEN].null_count() < frame.height
        tables[kind] = frame.filter(OK).select(columns) if any_rejected else frame.select(columns)
        rejected.append(
            frame.filter(~OK).select(
                pl.col(BESTAND).cast(pl.String),
                pl.col(REGEL).cast(pl.Int32),
                pl.col(REDEN).alias("reden"),
                pl.col(AFKEURSOORT).alias("afkeursoort"),
            )
        )
        counts.append(
            frame.group_by(BESTAND)
            .agg(pl.len().alias("gelezen"), (~OK).sum().alias("afgekeurd"))
            .with_columns(pl.col(BESTAND).cast(pl.String))
        )
        del frame
    afgekeurd = pl.concat(rejected).sort(BESTAND, REGEL, nulls_last=False, maintain_order=True)
    per_file = pl.concat(counts)
    bestanden = (
        pl.DataFrame(log, schema=BESTANDEN_SCHEMA)
        .join(per_file, on=BESTAND, how="left")
        .with_columns(
            pl.col("gelezen").fill_null(0).alias("rijen_gelezen"),
            (pl.col("gelezen") - pl.col("afgekeurd")).fill_null(0).alias("rijen_geladen"),
            pl.col("afgekeurd").fill_null(0).alias("rijen_afgekeurd"),
        )
        .select(list(BESTANDEN_SCHEMA))
        .cast(pl.Schema(BESTANDEN_SCHEMA))
        .sort(BESTAND)
    )
    return tables, afgekeurd, bestanden


def _write_rejection_list(afgekeurd: pl.DataFrame, path: Path) -> Path:
    """Every rejection as `bestand;regel;reden` (UTF-8 with BOM, so Excel shows é right),
    text neutralised: a folder named `=HYPERLINK(...)` must not run when Excel opens it.

    Written to a temp file; the caller moves it into place together with the warehouse."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    rows = neutralise_frame(afgekeurd.select(BESTAND, REGEL, "reden"))
    rows.write_csv(tmp, separator=";", include_bom=True)
    return tmp
