"""Fixtures of the ETL tests: a small source folder, a warehouse path, run and query."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from etl.load import EtlOutcome, run_etl
from tests.etl.helpers import MEDEWERKERS, OPDRACHTEN, write_csv
from warehouse.connect import connect_readonly


@pytest.fixture
def bron(tmp_path: Path) -> Path:
    """A source folder with three medewerkers and three opdrachten (one geannuleerd)."""
    folder = tmp_path / "bron"
    write_csv(folder / "dordrecht" / "medewerkers.csv", MEDEWERKERS)
    write_csv(folder / "regio" / "opdrachten.csv", OPDRACHTEN)
    return folder


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "uit" / "proeftuin.duckdb"


@pytest.fixture
def etl(warehouse: Path) -> Callable[..., EtlOutcome]:
    """Run the ETL on a folder into the test's warehouse."""

    def run(folder: Path, strict: bool = False) -> EtlOutcome:
        return run_etl(folder, warehouse, strict=strict)

    return run


@pytest.fixture
def query(warehouse: Path) -> Callable[..., list[tuple]]:
    """Rows of a query on the built warehouse (read-only, like every reader)."""

    def run(sql: str, params: Sequence[object] = ()) -> list[tuple]:
        con = connect_readonly(warehouse)
        try:
            return con.execute(sql, list(params)).fetchall()
        finally:
            con.close()

    return run
