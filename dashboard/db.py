"""The one module that owns the DuckDB connection of the dashboard.

Why not `st.cache_resource` or session state: DuckDB keeps one database instance per path
for as long as any connection to it is open, so opening the *new* warehouse (after the ETL
swapped the file with `os.replace`) while the old connection is still open silently returns
the *old* data. This module therefore keeps exactly one read-only connection, keyed on the
file's (inode, mtime_ns), and closes the old one before opening the new one. A lock
serialises the (fast, aggregated) queries so no query runs on a connection being closed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import duckdb
import polars as pl

from etl.oserrors import dutch_error_text
from warehouse.connect import connect_readonly
from warehouse.settings import warehouse_path

T = TypeVar("T")


class Versie(NamedTuple):
    """Identity of one warehouse file: a new ETL run gives a new inode and mtime."""

    path: str
    inode: int
    mtime_ns: int


def huidige_versie() -> Versie | None:
    """The current version of the warehouse file, or None when there is no file."""
    path = warehouse_path()
    try:
        st = path.stat()
    except OSError:
        return None
    if not path.is_file():
        return None
    return Versie(str(path), st.st_ino, st.st_mtime_ns)


class _Verbinding:
    """A single read-only connection, reopened when the warehouse file changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versie: Versie | None = None
        self._con: duckdb.DuckDBPyConnection | None = None

    def met(self, versie: Versie, werk: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        with self._lock:
            if self._con is None or self._versie != versie:
                self._sluit()
                self._con = connect_readonly(versie.path)
                self._versie = versie
            return werk(self._con)

    def _sluit(self) -> None:
        if self._con is not None:
            self._con.close()
        self._con = None
        self._versie = None


_verbinding = _Verbinding()


def met_verbinding(versie: Versie, werk: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
    """Run `werk` on the read-only connection to the warehouse of `versie` (the reads of
    `cijfers` take the connection as their first argument), alone: the lock holds meanwhile."""
    return _verbinding.met(versie, werk)


def lees(versie: Versie, sql: str, params: tuple[Any, ...] = ()) -> pl.DataFrame:
    """Run one read-only query on the warehouse of `versie` and return a polars frame."""
    return met_verbinding(versie, lambda con: con.sql(sql, params=list(params) or None).pl())


def niet_van_ons(path: object) -> str:
    """Dutch: the file at `path` is a DuckDB file, but no warehouse of this program (a
    look-alike: another program's database, even one with a `data_stand` of its own)."""
    return (
        f"Het bestand {path} is geen warehouse van proeftuin (een ander DuckDB-bestand). "
        "Geef het juiste warehouse op, of bouw het opnieuw met `proeftuin etl`."
    )


def onleesbaar(path: object, exc: Exception) -> str:
    """Dutch: why the warehouse file at `path` cannot be read (never DuckDB's English)."""
    reden = dutch_error_text(str(exc)) or "het is beschadigd of geen DuckDB-bestand"
    return f"Het warehouse {path} is niet leesbaar: {reden}. Bouw het opnieuw met `proeftuin etl`."
