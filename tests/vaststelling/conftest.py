"""A small source folder of two boekjaren, loaded by the real ETL, and the command that
vaststelt (see test_vaststellen.py for the hand-worked figures)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from etl.load import run_etl
from proeftuin.cli import app
from tests.etl.helpers import write_csv

UREN = ["medewerker_id", "opdracht_id", "datum", "uren"]


@pytest.fixture
def bron(tmp_path: Path) -> Path:
    return schrijf_bron(tmp_path / "bron")


def schrijf_bron(folder: Path) -> Path:
    """The two boekjaren of the module docstring of test_vaststellen.py, as CSV files."""
    write_csv(
        folder / "medewerkers.csv",
        [["medewerker_id", "gemeente", "schaal"], ["M-DOR", "DOR", "10"], ["M-ZWD", "ZWD", "10"]],
    )
    write_csv(
        folder / "opdrachten.csv",
        [
            ["opdracht_id", "titel", "soort_opdracht", "aanvrager", "begrote_uren", "status"],
            ["A", "Alblasserdam", "lokaal", "ALB", "100", "lopend"],
            ["S", "Sliedrecht", "lokaal", "SLI", "100", "lopend"],
        ],
    )
    write_csv(
        folder / "tarieven.csv",
        [
            ["schaal", "geldig_vanaf", "uurtarief_eur"],
            ["gemiddeld", "01-01-2012", "70"],
            ["gemiddeld", "01-01-2013", "80"],
        ],
    )
    write_csv(
        folder / "geldinbreng.csv",
        [["gemeente", "datum", "bedrag_eur"], ["HIA", "01-03-2012", "140"]],
    )
    write_csv(
        folder / "uren.csv",
        [
            UREN,
            ["M-DOR", "A", "01-02-2012", "10"],
            ["M-DOR", "A", "02-05-2012", "6"],
            ["M-ZWD", "S", "01-08-2012", "4"],
            ["M-DOR", "A", "01-02-2013", "5"],
        ],
    )
    return folder


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "proeftuin.duckdb"


@pytest.fixture(scope="module")
def _werkmap(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where `geladen` puts each test's source folder and warehouse: one path for the
    module, because vaststellen refuses a warehouse loaded from another folder's path."""
    return tmp_path_factory.mktemp("vaststelling")


@pytest.fixture(scope="module")
def _eerste_laad(_werkmap: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`bron` loaded once per module (at `_werkmap`), kept aside for `geladen` to copy."""
    laad(schrijf_bron(_werkmap / "bron"), _werkmap / "proeftuin.duckdb")
    ongerept = tmp_path_factory.mktemp("eerste-laad") / "map"
    shutil.copytree(_werkmap, ongerept)
    return ongerept


@pytest.fixture
def geladen(_werkmap: Path, _eerste_laad: Path) -> tuple[Path, Path]:
    """(bron, warehouse) as `laad(bron, warehouse)` leaves them, for the tests that start
    with it: a copy of one load per module instead of a load per test. The copy keeps the
    files' times (`copytree`), so the run still counts as having read the folder as it is."""
    shutil.rmtree(_werkmap)
    shutil.copytree(_eerste_laad, _werkmap)
    return _werkmap / "bron", _werkmap / "proeftuin.duckdb"


def laad(bron: Path, warehouse: Path) -> None:
    assert run_etl(bron, warehouse).geschreven


def vaststellen(bron: Path, warehouse: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        app,
        ["vaststellen", "--source", str(bron), "--warehouse", str(warehouse), *extra],
    )
    return result.exit_code, result.output
