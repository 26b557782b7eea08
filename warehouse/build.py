"""Build a complete warehouse in a new file and swap it in atomically.

Why a new file each run: a reader (the dashboard, an analyst) must only ever see the old
warehouse or the new one, and a failed run (bad folder, crash, `--strict`, Ctrl-C, a
broken invariant) must leave the previous warehouse byte-for-byte as it was. DuckDB has
one writer per file, so building beside the target and `os.replace`-ing it is both the
simplest and the safest way.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from warehouse.connect import connect_new
from warehouse.guard import mark
from warehouse.sjabloon import kopieer_sjabloon
from warehouse.sqlfiles import (
    INTERN,
    SqlFile,
    check_files,
    reads_any,
    schema_files,
    view_files,
)
from warehouse.vastgesteld import create_vast_table, load_vast_rijen, load_vastgesteld
from warehouse.werkbank import WERKBANK_TABLES, vul_werkbank
from warehouse.woorden import schrijf_korte_woorden

VAST_RIJEN = frozenset({"vast_rijen"})


class InvariantFailed(RuntimeError):
    """A check in `sql/checks` returned rows: the data contradicts the hour bank's rules."""

    def __init__(self, check: str, rows: list[tuple]) -> None:
        self.check = check
        self.rows = rows
        voorbeeld = "; ".join(str(r) for r in rows[:3])
        super().__init__(f"controle '{check}' faalt ({len(rows)} rij(en), bv. {voorbeeld})")


@dataclass
class WarehouseData:
    """What one ETL run hands to the warehouse.

    `tables` maps a table of `sql/schema` to a frame holding (at least) its not-null
    columns; `bestanden` and `afgekeurd` hold the run's accounting in the columns of
    `etl_bestanden_log` and `etl_afgekeurd_log`.
    """

    tables: dict[str, pl.DataFrame]
    bestanden: pl.DataFrame
    afgekeurd: pl.DataFrame
    bron: Path | None = None
    """The source folder, whose `platform/vastgesteld/` holds the vastgestelde figures."""


@dataclass
class RunInfo:
    """Facts about the run kept in the run history (`etl_runs`)."""

    gestart_op: datetime
    bron: str
    strikt: bool
    duur_s: float = 0.0
    begin: float | None = None
    """`time.perf_counter()` at the start of the run: the build then measures `duur_s` up to
    the last write, so the terminal and `etl_runs` show the same figure."""


def build_warehouse(target: Path, data: WarehouseData, run: RunInfo) -> None:
    """Create the warehouse for `data` at `target`, replacing any previous one atomically."""
    bouw = Bouw(target)
    try:
        bouw.voorbereiden()
        bouw.afmaken(data, run)
    finally:
        bouw.opruimen()


@contextlib.contextmanager
def in_aanbouw(target: Path) -> Iterator[Bouw]:
    """A `Bouw` for `target` that prepares itself in a thread while the block runs (the
    ETL reads the folder meanwhile); its `afmaken` waits for that. Whatever ends the block
    (an error, `--strict`, Ctrl-C), the preparation is waited for and a build that was
    not swapped in is removed."""
    bouw = Bouw(target)
    with ThreadPoolExecutor(max_workers=1) as pool:
        bouw.voorbereid = pool.submit(bouw.voorbereiden)
        try:
            yield bouw
        finally:
            wait([bouw.voorbereid])
            bouw.opruimen()


class Bouw:
    """One warehouse under construction in a temp file beside its target.

    Two steps, so the ETL can take the first while it still reads the folder (DuckDB
    binds views without the GIL, polars parses without it, and the machine has two
    cores): `voorbereiden` does all that does not depend on the data (file, tables, run
    history, every view and macro, the materialised marts still empty); `afmaken` loads
    the data, fills the marts and the werkbank, checks, and swaps the file in.
    `opruimen` (always, in a `finally`) removes whatever a failed or stopped build left.
    """

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.tmp = self.target.with_name(f".{self.target.name}.{uuid.uuid4().hex}.bouw")
        self.con: duckdb.DuckDBPyConnection | None = None
        self.voorbereid: Future[None] | None = None
        """Set by `in_aanbouw`: `voorbereiden` running in a thread."""
        self.marts: list[SqlFile] = []
        """The marts that are tables, created empty by `voorbereiden`."""
        self.lezen_vast_rijen: set[str] = set()
        """The marts that read `intern.vast_rijen` (filled right before the first)."""
        self.na_werkbank: set[str] = set()
        """The checks that read the werkbank's tables (they run after it is filled)."""

    def voorbereiden(self) -> None:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        # Tables, views and macros copied from a template (`warehouse.sjabloon`: made once
        # per version of `sql/`), else made here.
        vooraf = kopieer_sjabloon(maak_sjabloon, self.tmp)
        self.con = con = connect_new(self.tmp)
        if not vooraf:
            create_schema(con)
        copy_previous_runs(con, self.target)
        # One transaction for everything else the run writes: one commit (and one sync
        # of the file) instead of one per table, per view and per werkbank row. On a
        # failure the connection is closed with it open, and the file is removed.
        con.begin()
        mark(con)
        alle = view_files()
        if not vooraf:
            self.marts = create_views(con)
        else:
            self.marts = [f for f in alle if f.materialised]
        # worked out here, in the thread that runs while the folder is read
        self.lezen_vast_rijen = reads_any(self.marts, VAST_RIJEN, alle)
        self.na_werkbank = reads_any(check_files(), WERKBANK_TABLES, alle)

    def afmaken(self, data: WarehouseData, run: RunInfo) -> None:
        if self.voorbereid is not None:
            self.voorbereid.result()  # its error, if any, is this build's
        con = self.con
        if con is None:
            raise RuntimeError("afmaken zonder voorbereiden")
        load_tables(con, data)
        load_vastgesteld(con, data.bron)
        append_run(con, data, run)
        materialise_marts(
            con, self.marts, lambda: load_vast_rijen(con, data.bron), self.lezen_vast_rijen
        )
        con.commit()
        werkbank_en_controles(con, self.na_werkbank)
        measure_run(con, run)
        con.execute("checkpoint")
        self._sluit()
        with open(self.tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # A stale WAL beside the target belongs to the old file; DuckDB would replay it
        # onto the new one.
        with contextlib.suppress(FileNotFoundError):
            self.target.with_name(self.target.name + ".wal").unlink()
        os.replace(self.tmp, self.target)

    def opruimen(self) -> None:
        """Close the connection and remove the temp file (nothing left after a swap)."""
        self._sluit()
        for leftover in (self.tmp, self.tmp.with_name(self.tmp.name + ".wal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()

    def _sluit(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """The schema `intern` and every table, in one transaction (one commit to the file
    instead of one per table), with the one table whose content is fixed: the short words
    of compound words (`warehouse.woorden`)."""
    con.begin()
    con.execute(f"create schema if not exists {INTERN}")
    for f in schema_files():
        con.execute(f.text)
    schrijf_korte_woorden(con)
    con.commit()


def maak_sjabloon(con: duckdb.DuckDBPyConnection) -> None:
    """What `Bouw.voorbereiden` makes before the data, for `warehouse.sjabloon`."""
    create_schema(con)
    con.begin()
    create_views(con)
    con.commit()


def create_views(con: duckdb.DuckDBPyConnection) -> list[SqlFile]:
    """Create every staging view and mart (in `intern`) and every contract view and macro
    (in `main`), in dependency order (inside the build's transaction); return the marts
    that are tables, in that order, for `materialise_marts`."""
    files = view_files()
    for f in files:
        _execute(con, f)
        create_vast_table(con, f)
    return [f for f in files if f.materialised]


def materialise_marts(
    con: duckdb.DuckDBPyConnection,
    marts: list[SqlFile],
    vast_rijen: Callable[[], None],
    lezers: set[str],
) -> None:
    """Fill the marts that are tables (created by `create_views`, perhaps before the data
    was loaded), in dependency order. Views and macros that read them need no rebinding:
    DuckDB binds a view's names each time it is queried.

    `vast_rijen` fills `intern.vast_rijen`, whose rows are chosen by a mart
    (`intern.correctie_dagen` reads `intern.fct_effect`): it runs right before the first
    mart of `lezers` (those that read that table), or after the last mart."""
    geladen = False
    for f in marts:
        if f.name in lezers and not geladen:
            vast_rijen()
            geladen = True
        _execute(con, f)
    if not geladen:
        vast_rijen()


def _execute(con: duckdb.DuckDBPyConnection, f: SqlFile) -> None:
    try:
        con.execute(f.text)
    except duckdb.Error as exc:
        raise RuntimeError(f"SQL-bestand {f.layer}/{f.name}.sql faalt: {exc}") from exc


def werkbank_en_controles(con: duckdb.DuckDBPyConnection, later: set[str]) -> None:
    """Fill the werkbank (in a transaction of its own on `con`) while the checks that do
    not read its tables already run; then the checks that do.

    Why side by side: the werkbank is mostly Python (`bereken_voorstel`) and the checks
    are DuckDB queries on cursors of their own, which run without the GIL; one after the
    other left a core idle for about a tenth of a second at 1M registrations. The
    checks see only what is committed, so the loaded data and marts are committed first.
    `later`: the checks that read the werkbank's tables.
    """
    files = check_files()
    first = [f for f in files if f.name not in later]
    with ThreadPoolExecutor(max_workers=1) as pool:
        eerst = pool.submit(run_checks, con, first)
        try:
            con.begin()
            vul_werkbank(con)
            con.commit()
        finally:
            wait([eerst])
        eerst.result()
    run_checks(con, [f for f in files if f.name in later])


def run_checks(con: duckdb.DuckDBPyConnection, files: list[SqlFile] | None = None) -> None:
    """Run the invariants `files` (default: every one of `sql/checks`); the first one (by
    file) with rows fails the build.

    Two at a time, each on its own cursor: one small query leaves a core idle, and DuckDB
    runs queries without the GIL.
    """

    def rows_of(f: SqlFile) -> list[tuple]:
        cursor = con.cursor()
        try:
            query = f"select * from ({f.text.rstrip().rstrip(';')}) limit 10"
            return cursor.execute(query).fetchall()
        finally:
            cursor.close()

    files = check_files() if files is None else files
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(rows_of, files))
    for f, rows in zip(files, results, strict=True):
        if rows:
            raise InvariantFailed(f.name, rows)


def load_tables(con: duckdb.DuckDBPyConnection, data: WarehouseData) -> None:
    frames = dict(data.tables)
    frames["etl_bestanden_log"] = data.bestanden
    frames["etl_afgekeurd_log"] = data.afgekeurd
    for table, frame in frames.items():
        if frame.height == 0:
            continue
        con.register("_frame", ArrowStream(frame))
        try:
            con.execute(f'insert into "{table}" by name select * from _frame')
        finally:
            con.unregister("_frame")


class ArrowStream:
    """A polars frame as a bare Arrow C stream, for DuckDB to scan.

    Why not the frame itself: DuckDB converts a polars frame through pyarrow, and
    importing pyarrow (with numpy) costs a tenth of a second of every ETL run; the Arrow
    PyCapsule interface hands DuckDB the same columns without it.
    """

    def __init__(self, frame: pl.DataFrame) -> None:
        self.frame = frame

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        return self.frame.__arrow_c_stream__(requested_schema)


def copy_previous_runs(con: duckdb.DuckDBPyConnection, target: Path) -> None:
    """Carry the run history of the warehouse being replaced, if it has a readable one.

    A file that is no DuckDB database (or has no usable `etl_runs`) is replaced without
    its history.
    """
    if not target.is_file():
        return
    try:
        con.execute("attach ? as vorige (read_only)", [str(target)])
    except duckdb.Error:
        return
    try:
        with contextlib.suppress(duckdb.Error):  # one statement: all rows or none
            con.execute(
                "insert into etl_runs by name select * from vorige.etl_runs order by run_id"
            )
    finally:
        con.execute("detach vorige")


def measure_run(con: duckdb.DuckDBPyConnection, run: RunInfo) -> None:
    """Set this run's duration to the time measured now, after the checks: the figure the
    terminal prints too (only the final fsync and swap come after it)."""
    if run.begin is None:
        return
    run.duur_s = time.perf_counter() - run.begin
    con.execute(
        "update etl_runs set duur_s = ? where run_id = (select max(run_id) from etl_runs)",
        [run.duur_s],
    )


def append_run(con: duckdb.DuckDBPyConnection, data: WarehouseData, run: RunInfo) -> None:
    totals = data.bestanden.select(
        pl.len().alias("bestanden"),
        pl.col("rijen_gelezen").sum(),
        pl.col("rijen_geladen").sum(),
        pl.col("rijen_afgekeurd").sum(),
    ).row(0)
    con.execute(
        """
        insert into etl_runs
        select coalesce(max(run_id), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?
        from etl_runs
        """,
        [run.gestart_op, run.duur_s, run.bron, run.strikt, *[int(t or 0) for t in totals]],
    )
