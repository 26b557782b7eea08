"""Every way `proeftuin rapport` can fail: a Dutch message, a non-zero exit, and no file
(or the previous file untouched, and no temporary file left behind)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from report import controle, maak
from report.maak import RapportFout, schrijf_rapport
from report.periode import lees_periode
from tests.console import run_console_script
from tests.sql.helpers import bouw


def _rapport(warehouse: Path, uit: Path, *extra: str, periode: str = "2012-H1"):
    return run_console_script(
        "rapport", "--warehouse", str(warehouse), "--periode", periode, "--uit", str(uit), *extra
    )


def _niets_geschreven(map_: Path, behalve: set[str] = frozenset()) -> None:
    assert {p.name for p in map_.iterdir()} <= behalve, list(map_.iterdir())


@pytest.mark.parametrize(
    ("periode", "melding"),
    [
        ("2012-K5", "'2012-K5' bestaat niet: een jaar heeft vier kwartalen"),
        ("2012-H3", "'2012-H3' bestaat niet: een jaar heeft twee halfjaren"),
        ("Q1-2012", "'Q1-2012' is geen periode; gebruik een jaar (2012)"),
    ],
)
def test_a_period_that_does_not_exist_is_a_usage_error(demo_warehouse, tmp_path, periode, melding):
    """Parsed once, by the command line: refused before anything is read."""
    uit = tmp_path / "uit" / "rapport.pdf"
    uit.parent.mkdir()
    resultaat = _rapport(demo_warehouse, uit, periode=periode)
    assert resultaat.returncode == 2
    assert f"Fout: ongeldige waarde voor --periode: {melding}" in resultaat.stderr
    _niets_geschreven(uit.parent)


def test_a_period_outside_the_data(demo_warehouse, tmp_path):
    uit = tmp_path / "uit" / "rapport.pdf"
    uit.parent.mkdir()
    resultaat = _rapport(demo_warehouse, uit, periode="2011")
    assert resultaat.returncode == 1
    assert "over 2011 zijn er geen gegevens: het warehouse loopt van 03-01-2012" in resultaat.stderr
    assert "Er is geen rapport geschreven." in resultaat.stderr
    _niets_geschreven(uit.parent)


def test_unknown_gemeente_keeps_the_previous_report(demo_warehouse, tmp_path):
    uit = tmp_path / "rapport.pdf"
    uit.write_bytes(b"%PDF vorige versie")
    resultaat = _rapport(demo_warehouse, uit, "--gemeente", "Gorinchem")
    assert resultaat.returncode == 1
    assert "onbekende gemeente 'Gorinchem'; kies uit ALB (Alblasserdam)" in resultaat.stderr
    assert uit.read_bytes() == b"%PDF vorige versie"
    _niets_geschreven(tmp_path, {"rapport.pdf"})


def test_missing_warehouse(tmp_path):
    resultaat = _rapport(tmp_path / "geen.duckdb", tmp_path / "rapport.pdf")
    assert resultaat.returncode == 1
    assert f"er is geen warehouse op {tmp_path / 'geen.duckdb'}" in resultaat.stderr
    _niets_geschreven(tmp_path)


def test_empty_file_as_warehouse(tmp_path):
    leeg = tmp_path / "leeg.duckdb"
    leeg.touch()
    resultaat = _rapport(leeg, tmp_path / "rapport.pdf")
    assert resultaat.returncode == 1
    assert f"{leeg} is geen leesbaar warehouse" in resultaat.stderr
    _niets_geschreven(tmp_path, {"leeg.duckdb"})


def test_duckdb_file_that_is_no_warehouse(tmp_path):
    vreemd = tmp_path / "vreemd.duckdb"
    duckdb.connect(str(vreemd)).close()
    resultaat = _rapport(vreemd, tmp_path / "rapport.pdf")
    assert resultaat.returncode == 1
    assert "is geen warehouse van de proeftuin" in resultaat.stderr
    _niets_geschreven(tmp_path, {"vreemd.duckdb"})


def test_warehouse_without_hours(tmp_path):
    leeg = bouw(tmp_path / "leeg.duckdb")
    resultaat = _rapport(leeg, tmp_path / "rapport.pdf")
    assert resultaat.returncode == 1
    assert "het warehouse bevat nog geen uren of geldinbreng" in resultaat.stderr
    assert not (tmp_path / "rapport.pdf").exists()


def test_output_folder_missing(demo_warehouse, tmp_path):
    resultaat = _rapport(demo_warehouse, tmp_path / "bestaat-niet" / "rapport.pdf")
    assert resultaat.returncode == 1
    assert f"de map {tmp_path / 'bestaat-niet'} bestaat niet" in resultaat.stderr
    _niets_geschreven(tmp_path)


def test_output_is_a_folder(demo_warehouse, tmp_path):
    resultaat = _rapport(demo_warehouse, tmp_path)
    assert resultaat.returncode == 1
    assert f"{tmp_path} is een map; geef een bestandsnaam" in resultaat.stderr
    _niets_geschreven(tmp_path)


def test_a_failure_while_writing_leaves_the_old_file_and_no_temp_file(
    demo_warehouse, tmp_path, monkeypatch
):
    uit = tmp_path / "rapport.pdf"
    uit.write_bytes(b"oud")

    def schijf_vol(fd: int) -> None:  # the data does not reach the disk
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(maak, "maak_pdf", lambda con, periode, gemeente, **_: b"%PDF-1.7 nieuw")
    monkeypatch.setattr(controle.os, "fsync", schijf_vol)
    with pytest.raises(RapportFout, match=r"kan niet geschreven worden: de schijf is vol$"):
        schrijf_rapport(demo_warehouse, lees_periode("2012-H1"), None, uit)
    assert uit.read_bytes() == b"oud"
    _niets_geschreven(tmp_path, {"rapport.pdf"})


def test_usage_errors_and_help_are_dutch(tmp_path):
    zonder = run_console_script("rapport", "--warehouse", str(tmp_path / "w.duckdb"))
    assert zonder.returncode == 2
    assert "Fout: optie --periode ontbreekt" in zonder.stderr
    hulp = run_console_script("rapport", "--help")
    assert hulp.returncode == 0
    assert "rapport [OPTIES]" in hulp.stdout
    assert "Gebruik:" in hulp.stdout
    for optie in ("--warehouse", "--periode", "--gemeente", "--uit", "2012-H1"):
        assert optie in hulp.stdout
    assert "rapport" in run_console_script("--help").stdout
