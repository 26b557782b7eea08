"""A small source folder of two boekjaren, loaded by the real ETL, and the command that
vaststelt (see test_vaststellen.py for the hand-worked figures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from etl.load import run_etl
from proeftuin.cli import app
from tests.etl.helpers import write_csv

UREN = ["medewerker_id", "opdracht_id", "datum", "uren"]


@pytest.fixture
def bron(tmp_path: Path) -> Path:
    folder = tmp_path / "bron"
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


def laad(bron: Path, warehouse: Path) -> None:
    assert run_etl(bron, warehouse).geschreven


def vaststellen(bron: Path, warehouse: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        app,
        ["vaststellen", "--source", str(bron), "--warehouse", str(warehouse), *extra],
    )
    return result.exit_code, result.output
