"""Fixtures for the dashboard tests: real DuckDB warehouses in tmp folders.

`klein_warehouse` is the tiny warehouse of `bouw.py`, built once per test run (`klein_origineel`
and `demo_basis` are in tests/conftest.py, so tests/report finds them too) and copied
into each test's tmp folder (a build creates every view and runs every check, about two
CPU seconds; a copy is a few milliseconds, and a test that writes writes its own copy);
`demo_warehouse` runs the real `proeftuin demo-data --jaar 2012` (the plan's year, whose
figures the tests know) + `proeftuin etl` once per test run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warehouse.settings import WAREHOUSE_ENV


@pytest.fixture
def klein_warehouse(klein_origineel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small warehouse of this test's own, and the dashboard pointed at it."""
    path = Path(
        shutil.copyfile(klein_origineel / "proeftuin.duckdb", tmp_path / "proeftuin.duckdb")
    )
    monkeypatch.setenv(WAREHOUSE_ENV, str(path))
    return path


@pytest.fixture(scope="session")
def demo_warehouse(demo_basis: Path) -> Path:
    """The demo warehouse of `demo_basis` (read only)."""
    return demo_basis / "proeftuin.duckdb"


def demo_kopie(demo_basis: Path, doel: Path) -> tuple[Path, Path]:
    """(bron, warehouse): a copy of the demo folder and its warehouse in `doel`, for a test
    that writes (the same files `demo-data --jaar 2012` + `etl` would make there, in a
    fraction of a second instead of a demo build)."""
    bron = shutil.copytree(demo_basis / "bron", doel / "bron")
    warehouse = shutil.copyfile(demo_basis / "proeftuin.duckdb", doel / "proeftuin.duckdb")
    return Path(bron), Path(warehouse)
