"""Fixtures of the hostile-input tests: a good source folder beside each hostile file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.etl.helpers import MEDEWERKERS, OPDRACHTEN, UREN_HEADER, write_csv
from warehouse.connect import connect_readonly


@pytest.fixture
def bron(tmp_path: Path) -> Path:
    """Medewerkers, opdrachten and one good hour row: what must still load."""
    folder = tmp_path / "bron"
    write_csv(folder / "dordrecht" / "medewerkers.csv", MEDEWERKERS)
    write_csv(folder / "regio" / "opdrachten.csv", OPDRACHTEN)
    write_csv(folder / "dordrecht" / "uren.csv", [UREN_HEADER, ["M-1", "PT-1", "01-03-2012", "2"]])
    return folder


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "uit" / "proeftuin.duckdb"


def files_log(warehouse: Path) -> dict[str, tuple]:
    """Per file: (rijen_gelezen, rijen_geladen, rijen_afgekeurd, opmerking)."""
    with connect_readonly(warehouse) as con:
        rows = con.execute(
            "select bestand, rijen_gelezen, rijen_geladen, rijen_afgekeurd, opmerking "
            "from etl_bestanden_log"
        ).fetchall()
    return {r[0]: r[1:] for r in rows}


def rejections(warehouse: Path, bestand: str) -> dict[int | None, str]:
    with connect_readonly(warehouse) as con:
        rows = con.execute(
            "select regel, reden from etl_afgekeurd_log where bestand = ?", [bestand]
        ).fetchall()
    return dict(rows)


def loaded_hours(warehouse: Path) -> float:
    with connect_readonly(warehouse) as con:
        return con.execute("select coalesce(sum(uren), 0) from uren").fetchone()[0]
