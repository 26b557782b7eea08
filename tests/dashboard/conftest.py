"""Fixtures for the dashboard tests: real DuckDB warehouses in tmp folders.

`klein_warehouse` is the tiny warehouse of `bouw.py`, built once per test run and copied
into each test's tmp folder (a build creates every view and runs every check, about two
CPU seconds; a copy is a few milliseconds, and a test that writes writes its own copy);
`demo_warehouse` runs the real `proeftuin demo-data --jaar 2012` (the plan's year, whose
figures the tests know) + `proeftuin etl` once per test run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.console import run_console_script
from tests.dashboard.bouw import bouw_warehouse
from tests.gedeeld import gedeelde_map
from warehouse.settings import WAREHOUSE_ENV


@pytest.fixture(scope="session")
def klein_origineel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`bouw_warehouse` once per test run (shared by the xdist workers); only copied."""
    return gedeelde_map(tmp_path_factory, "klein", lambda m: bouw_warehouse(m / "proeftuin.duckdb"))


@pytest.fixture
def klein_warehouse(klein_origineel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small warehouse of this test's own, and the dashboard pointed at it."""
    path = Path(
        shutil.copyfile(klein_origineel / "proeftuin.duckdb", tmp_path / "proeftuin.duckdb")
    )
    monkeypatch.setenv(WAREHOUSE_ENV, str(path))
    return path


def _bouw_demo(basis: Path) -> None:
    for stap in (
        ["demo-data", str(basis / "bron"), "--jaar", "2012"],
        ["etl", "--source", str(basis / "bron"), "--warehouse", str(basis / "proeftuin.duckdb")],
    ):
        resultaat = run_console_script(*stap)
        assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr


@pytest.fixture(scope="session")
def demo_basis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with `bron/`, the real demo source folder, and `proeftuin.duckdb`, it
    loaded by the real ETL (once per test run, shared by the xdist workers: tests only
    read it, or copy it to write: `demo_kopie`)."""
    return gedeelde_map(tmp_path_factory, "demo", _bouw_demo)


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
