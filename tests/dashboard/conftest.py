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
from collections.abc import Iterator
from pathlib import Path

import pytest

from etl.load import run_etl
from tests.etl.helpers import MEDEWERKERS, OPDRACHTEN, write_csv
from tests.gedeeld import gedeelde_map
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


@pytest.fixture(scope="session")
def demo_platform(demo_warehouse: Path) -> Iterator[str]:
    """`proeftuin dashboard` on the demo warehouse (no --source, no login), one per test
    process, for the browser files that only read it (test_browser, test_browser_werklijst;
    each test opens pages of its own): a server start and the first runs of its pages once
    instead of once per file. Yields its base URL."""
    from tests.dashboard import chromium  # Playwright: only for the browser tests

    chromium.vereis_chromium()
    with chromium.platform(
        "--warehouse", str(demo_warehouse), "--port", str(chromium.vrije_poort())
    ) as url:
        yield url


def demo_kopie(demo_basis: Path, doel: Path) -> tuple[Path, Path]:
    """(bron, warehouse): a copy of the demo folder and its warehouse in `doel`, for a test
    that writes (the same files `demo-data --jaar 2012` + `etl` would make there, in a
    fraction of a second instead of a demo build)."""
    bron = shutil.copytree(demo_basis / "bron", doel / "bron")
    warehouse = shutil.copyfile(demo_basis / "proeftuin.duckdb", doel / "proeftuin.duckdb")
    return Path(bron), Path(warehouse)


def bouw_platform(basis: Path, extra_opdrachten: list[list[str]] | None = None) -> None:
    """The small source folder of `tests.etl.helpers` (with `extra_opdrachten`) in
    `basis/bron/`, loaded by the real ETL into `basis/proeftuin.duckdb`."""
    write_csv(basis / "bron" / "dordrecht" / "medewerkers.csv", MEDEWERKERS)
    write_csv(basis / "bron" / "regio" / "opdrachten.csv", [*OPDRACHTEN, *(extra_opdrachten or [])])
    assert run_etl(basis / "bron", basis / "proeftuin.duckdb").geschreven


@pytest.fixture(scope="session")
def platform_basis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small source folder of `tests.etl.helpers` (three medewerkers, three
    opdrachten) in `bron/`, loaded by the real ETL into `proeftuin.duckdb`: once per test
    run, shared by the xdist workers. Tests that write copy it (`platform_kopie`): the
    form tests ran this same ETL on this same folder once each."""
    return gedeelde_map(tmp_path_factory, "platform", bouw_platform)


def platform_kopie(platform_basis: Path, doel: Path) -> tuple[Path, Path]:
    """(bron, warehouse): a copy of `platform_basis` in `doel`, with the files the run left
    beside the warehouse (the list of rejected rows): what the ETL would have made there,
    except that the run history (`etl_runs.bron`) names the shared folder. Vaststellen
    refuses a warehouse built from another folder (`vaststelling.besluit`), so a test that
    vaststelt runs its own ETL (test_vaststellen_pagina does)."""
    bron = Path(shutil.copytree(platform_basis / "bron", doel / "bron"))
    for bestand in platform_basis.glob("proeftuin.*"):
        shutil.copyfile(bestand, doel / bestand.name)
    return bron, doel / "proeftuin.duckdb"
