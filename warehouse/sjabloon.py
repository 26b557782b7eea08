"""A template file with the data-independent part of a build, made once, copied by each build.

Why: every build creates the same tables, views and macros (~0,5 CPU s of DuckDB parsing
and binding 140 files, about a fifth of a `proeftuin etl` at a million registrations)
before it loads a byte of data. Made once into a template file, each build starts from a
copy of it (milliseconds): the ETL as users run it, and the test suite's ~450 builds.

Where the templates live (`sjabloonmap`): the folder `$PROEFTUIN_SJABLOONMAP` names (the
tests set one per run); `uit` there (or an empty value) switches templates off, so the build
makes everything itself; unset, the user's cache folder (`$XDG_CACHE_HOME/proeftuin`, else
`~/.cache/proeftuin`). Never a path a user types: this module only writes and removes files
named `sjabloon-<key>.duckdb` (and its own temp files) in that folder. A folder that cannot
be written, or a template that vanishes before it is copied, means a build without one.

A template is keyed by the DuckDB version, the names and texts of `sql/schema` and `sql/`
views, staging and marts, and the Python that fills it (this module, `warehouse.build`,
`warehouse.vastgesteld`, the short words of `warehouse.woorden`), so a changed SQL file or
an upgrade gets a new template. It holds what `warehouse.build` would have made itself,
committed and checkpointed (`tests/warehouse/test_build.py` compares the two).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import duckdb

from warehouse import vastgesteld, woorden
from warehouse.sqlfiles import schema_files, view_files

SJABLOON_ENV = "PROEFTUIN_SJABLOONMAP"
UIT = "uit"
OUD_NA_S = 24 * 3600
"""Another key's template unused for this long is removed when a new one is made: an
upgrade leaves no file behind for good, and two checkouts side by side do not keep
removing each other's template."""


def sjabloonmap() -> Path | None:
    """The folder of the templates, or None when templates are switched off."""
    waarde = os.environ.get(SJABLOON_ENV)
    if waarde is not None:
        return None if waarde.strip() in ("", UIT) else Path(waarde)
    cache = os.environ.get("XDG_CACHE_HOME")
    if cache:
        return Path(cache) / "proeftuin"
    try:
        return Path.home() / ".cache" / "proeftuin"
    except RuntimeError:  # no home folder to be found
        return None


def kopieer_sjabloon(maak: Callable[[duckdb.DuckDBPyConnection], None], doel: Path) -> bool:
    """Copy the template for the current `sql/` to `doel` (making it by `maak(con)` when it
    is not there yet); False, and `doel` untouched, when there is no template to copy."""
    pad = sjabloon(maak)
    if pad is None:
        return False
    try:
        shutil.copyfile(pad, doel)
    except FileNotFoundError:  # removed meanwhile (another key's clean-up): build without
        with contextlib.suppress(FileNotFoundError):
            doel.unlink()
        return False
    return True


def sjabloon(maak: Callable[[duckdb.DuckDBPyConnection], None]) -> Path | None:
    """The template file for the current `sql/`, made by `maak(con)` when it is not there
    yet; None when templates are off or their folder cannot be written.

    Several processes may ask at once: each makes its own file under a unique name and
    renames it into place, so a reader only ever copies a whole template."""
    map_ = sjabloonmap()
    if map_ is None:
        return None
    pad = map_ / f"sjabloon-{_sleutel(maak)}.duckdb"
    if pad.is_file():
        return pad
    tmp = pad.with_name(f".{pad.name}.{uuid.uuid4().hex}")
    try:
        map_.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(tmp))
        try:
            maak(con)
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, pad)
    except (OSError, duckdb.IOException):  # a folder that cannot be written: no template
        return None
    finally:
        for rest in (tmp, tmp.with_name(tmp.name + ".wal")):
            with contextlib.suppress(OSError):
                rest.unlink()
    _ruim_oude_op(map_, pad)
    return pad


def _ruim_oude_op(map_: Path, nieuw: Path) -> None:
    """Remove the templates of other keys not made or read for a day (the read time as the
    file system keeps it: at least once a day)."""
    grens = time.time() - OUD_NA_S
    for oud in map_.glob("sjabloon-*.duckdb"):
        with contextlib.suppress(OSError):
            status = oud.stat()
            if oud != nieuw and max(status.st_mtime, status.st_atime) < grens:
                oud.unlink()


def _sleutel(maak: Callable[[duckdb.DuckDBPyConnection], None]) -> str:
    """A digest of what the template is made of: DuckDB's version, the SQL files and the
    Python that writes into the template (`maak`'s module among it)."""
    h = hashlib.sha256(duckdb.__version__.encode())
    for f in [*schema_files(), *view_files()]:
        h.update(f"\0{f.layer}/{f.name}\0".encode())
        h.update(f.text.encode())
    maker = sys.modules[maak.__module__].__file__ or __file__
    for bron in (__file__, maker, vastgesteld.__file__, woorden.__file__, woorden.BESTAND):
        h.update(b"\0" + Path(bron).read_bytes())
    return h.hexdigest()[:20]
