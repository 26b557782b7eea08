"""The one place that opens a warehouse file.

Readers (dashboard, analysts' helpers, tests) get a read-only connection, so they never
take the write lock and never block an ETL run; the ETL writes only to a fresh temporary
file that is swapped in atomically (see `warehouse.build`).
"""

from __future__ import annotations

from pathlib import Path

import duckdb


class WarehouseMissing(FileNotFoundError):
    """No warehouse file at the given path yet."""


def connect_readonly(path: Path | str) -> duckdb.DuckDBPyConnection:
    """Open the warehouse read-only; raise `WarehouseMissing` when there is none."""
    path = Path(path)
    if not path.is_file():
        raise WarehouseMissing(str(path))
    return duckdb.connect(str(path), read_only=True)


def connect_new(path: Path | str) -> duckdb.DuckDBPyConnection:
    """Open a new, writable database file (only `warehouse.build` uses this)."""
    return duckdb.connect(str(path))
