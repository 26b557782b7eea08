"""Expensive test data made once per test run, also when pytest-xdist runs several workers.

Why: a session fixture runs once per worker, so with two workers the demo warehouse and
the report PDFs were built twice. Here the first worker builds into the run's common
temp folder under a file lock; the others wait for it and reuse the result. Without
xdist it is an ordinary per-session folder.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock

_KLAAR = ".klaar"


def gedeelde_map(
    tmp_path_factory: pytest.TempPathFactory, naam: str, maak: Callable[[Path], None]
) -> Path:
    """The folder `naam`, filled by `maak(folder)` once per run (`maak` must succeed)."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        map_ = tmp_path_factory.mktemp(naam)
        maak(map_)
        return map_
    # every worker's basetemp is a folder of this run's own temp folder
    map_ = tmp_path_factory.getbasetemp().parent / naam
    with FileLock(f"{map_}.lock"):
        if not (map_ / _KLAAR).is_file():
            shutil.rmtree(map_, ignore_errors=True)
            map_.mkdir()
            maak(map_)
            (map_ / _KLAAR).touch()
    return map_
