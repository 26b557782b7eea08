"""Which file a run may replace, and the one-run-at-a-time lock beside it.

Why: a mistyped `--warehouse regio/tarieven.csv` overwrote a source file with a DuckDB
file; a symlinked warehouse was replaced by a plain file; ten parallel runs mixed their
warehouse and rejection lists; a kill left `.bouw` files behind forever (issue 15). So:
a run replaces only a warehouse this program wrote (the marker table
`proeftuin_warehouse`), never writes inside the source folder, replaces a symlink's
target (the link stays), holds a lock per warehouse, and removes what killed runs left.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb

MARKER_TABLE = "proeftuin_warehouse"
LEGACY_MARKER = "etl_runs"  # warehouses written before the marker table existed
_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


class UnsafeTarget(ValueError):
    """The warehouse path must not be written; the message is Dutch and says why."""


def real_target(warehouse: Path) -> Path:
    """The file a build replaces: through symlinks (a link keeps pointing at the new file)."""
    return Path(os.path.realpath(warehouse))


def check_target(warehouse: Path, source: Path) -> None:
    """Refuse a path inside the source folder, or an existing file that is no warehouse of ours."""
    target, folder = real_target(warehouse), Path(os.path.realpath(source))
    if folder == target or folder in target.parents:
        raise UnsafeTarget(
            f"warehouse '{warehouse}' ligt in de bronmap '{source}': de ETL schrijft nooit in "
            "de bronmap; kies een pad daarbuiten"
        )
    if target.is_file() and target.stat().st_size > 0 and not is_warehouse(target):
        raise UnsafeTarget(
            f"'{warehouse}' bestaat al en is geen warehouse van proeftuin: het wordt niet "
            "overschreven. Kies een ander pad, of verwijder het bestand zelf als het weg mag"
        )


def is_warehouse(path: Path) -> bool:
    """A DuckDB file with the marker table (or, from before the marker, the run history)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(12)[8:12] != _DUCKDB_MAGIC:
                return False
        with contextlib.closing(duckdb.connect(str(path), read_only=True)) as con:
            found = con.execute(*marker_query()).fetchone()
    except (OSError, duckdb.Error):
        return False
    return bool(found and found[0])


def marker_query() -> tuple[str, list[str]]:
    """SQL and parameters counting the marker tables of a warehouse of ours (0: none)."""
    return (
        "select count(*) from duckdb_tables() where database_name = current_database() "
        "and schema_name = 'main' and table_name in (?, ?)",
        [MARKER_TABLE, LEGACY_MARKER],
    )


def mark(con: duckdb.DuckDBPyConnection) -> None:
    """Write the marker row into a warehouse being built."""
    con.execute(f"insert into {MARKER_TABLE} values ('proeftuin etl', 1)")


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


@contextlib.contextmanager
def warehouse_lock(target: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold the warehouse's lock; when another run holds it, call `on_wait` and wait.

    An advisory `flock` on a lock file beside the target: the kernel releases it when a
    run ends in any way (also kill -9), so a killed run never blocks the next. The file
    itself stays (removing it would let two runs lock different files).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(target), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def temp_path(path: Path) -> Path:
    """Where a file is written before it replaces `path` (hidden, beside it)."""
    return path.with_name(f".{path.name}.tmp")


def remove_leftovers(target: Path, companions: tuple[Path, ...] = ()) -> list[Path]:
    """Delete what a killed run left: `.bouw` files and their WAL beside the target, and
    the temp files of its companions (the rejection list).

    Only call while holding the lock: then no other run is writing these files.
    """
    name = glob.escape(target.name)
    found = [*target.parent.glob(f".{name}.*.bouw"), *target.parent.glob(f".{name}.*.bouw.wal")]
    found += [temp_path(c) for c in companions if temp_path(c).exists()]
    removed = []
    for leftover in found:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed.append(leftover)
    return removed
