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
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real demo source folder loaded by the real ETL (once per test run, shared by the
    xdist workers: tests only read it)."""
    return gedeelde_map(tmp_path_factory, "demo", _bouw_demo) / "proeftuin.duckdb"
