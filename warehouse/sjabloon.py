"""A template file with the data-independent part of a build, for many builds in a row.

Why: every build creates the same tables, views and macros (~0,5 CPU s of DuckDB parsing
and binding 140 files) before it loads a byte of data. A process that builds many
warehouses with the same `sql/` (the test suite: ~450 builds) can make that part once
into a template file and start each build from a copy of it (milliseconds). Opt-in, by
the environment variable `PROEFTUIN_SJABLOONMAP` naming a folder for the templates;
without it (the ETL as users run it: one build per process) nothing changes.

A template is keyed by the DuckDB version and the names and texts of `sql/schema` and
`sql/` views, staging and marts, so a changed SQL file gets a new template. The folder is
meant to live as long as one run of the tests (they set it per run); the template holds
what `warehouse.build` would have made itself, committed and checkpointed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

import duckdb

from warehouse.sqlfiles import schema_files, view_files

SJABLOON_ENV = "PROEFTUIN_SJABLOONMAP"


def sjabloon(maak: Callable[[duckdb.DuckDBPyConnection], None]) -> Path | None:
    """The template file for the current `sql/`, made by `maak(con)` when it is not there
    yet; None when `$PROEFTUIN_SJABLOONMAP` is not set.

    Several processes may ask at once: each makes its own file under a unique name and
    renames it into place, so a reader only ever copies a whole template."""
    map_ = os.environ.get(SJABLOON_ENV)
    if not map_:
        return None
    pad = Path(map_) / f"sjabloon-{_sleutel()}.duckdb"
    if pad.is_file():
        return pad
    pad.parent.mkdir(parents=True, exist_ok=True)
    tmp = pad.with_name(f".{pad.name}.{uuid.uuid4().hex}")
    try:
        con = duckdb.connect(str(tmp))
        try:
            maak(con)
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, pad)
    finally:
        for rest in (tmp, tmp.with_name(tmp.name + ".wal")):
            with contextlib.suppress(FileNotFoundError):
                rest.unlink()
    return pad


def _sleutel() -> str:
    """A digest of what the template is made of: DuckDB's version and the SQL files."""
    h = hashlib.sha256(duckdb.__version__.encode())
    for f in [*schema_files(), *view_files()]:
        h.update(f"\0{f.layer}/{f.name}\0".encode())
        h.update(f.text.encode())
    return h.hexdigest()[:20]
