"""`proeftuin etl` as a user runs it: wrong paths fail in Dutch with exit 1, never a traceback."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from etl.command import run_etl_command
from proeftuin.cli import app
from tests.console import run_console_script
from warehouse.connect import connect_readonly

RUNNER = CliRunner(env={"COLUMNS": "200"})


def etl_cli(source, warehouse, *extra):
    result = RUNNER.invoke(
        app, ["etl", "--source", str(source), "--warehouse", str(warehouse), *extra]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def test_missing_source_folder(tmp_path):
    result = etl_cli(tmp_path / "nergens", tmp_path / "w.duckdb")
    assert result.exit_code == 1
    assert f"bronmap '{tmp_path / 'nergens'}' bestaat niet" in result.output


def test_source_is_a_file(tmp_path):
    (tmp_path / "uren.csv").write_text("medewerker_id;opdracht_id;datum;uren\n")
    result = etl_cli(tmp_path / "uren.csv", tmp_path / "w.duckdb")
    assert result.exit_code == 1
    assert "is een bestand, geen map" in result.output


def test_warehouse_in_new_folders_is_created(bron, tmp_path):
    target = tmp_path / "nieuw" / "dieper" / "proeftuin.duckdb"
    result = etl_cli(bron, target)
    assert result.exit_code == 0, result.output
    con = connect_readonly(target)
    try:
        assert con.execute("select count(*) from medewerkers").fetchone() == (3,)
    finally:
        con.close()


def test_warehouse_under_a_file_is_not_writable(bron, tmp_path):
    (tmp_path / "bestand").write_text("x")
    result = etl_cli(bron, tmp_path / "bestand" / "proeftuin.duckdb")
    assert result.exit_code == 1
    assert f"kan het warehouse niet schrijven in map '{tmp_path / 'bestand'}'" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in a read-only folder")
def test_warehouse_in_a_read_only_folder(bron, tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = etl_cli(bron, folder / "proeftuin.duckdb")
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 1
    assert "kan het warehouse niet schrijven" in result.output


def test_warehouse_path_is_a_folder(bron, tmp_path):
    folder = tmp_path / "map"
    folder.mkdir()
    assert run_etl_command(bron, folder, strict=False) == 1
    assert list(folder.iterdir()) == []  # nothing written into it
    assert not (tmp_path / "map.afgekeurd.csv").exists()
    result = etl_cli(bron, folder)
    assert result.exit_code == 1
    assert f"warehouse '{folder}' is een map" in result.output


def test_warehouse_path_is_a_folder_message(bron, tmp_path, capsys):
    (tmp_path / "map").mkdir()
    run_etl_command(bron, tmp_path / "map", strict=False)
    out = capsys.readouterr().out
    assert f"warehouse '{tmp_path / 'map'}' is een map: geef een bestandsnaam op" in out


def test_an_existing_file_that_is_no_warehouse_is_not_replaced(bron, tmp_path):
    target = tmp_path / "proeftuin.duckdb"
    junk = os.urandom(64 * 1024)
    target.write_bytes(junk)
    result = run_console_script("etl", "--source", str(bron), "--warehouse", str(target))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bestaat al en is geen warehouse van proeftuin" in result.stdout
    assert target.read_bytes() == junk


def test_corrupt_warehouse_left_alone_when_strict_fails(bron, tmp_path):
    target = tmp_path / "proeftuin.duckdb"
    junk = os.urandom(4096)
    target.write_bytes(junk)
    (bron / "dordrecht" / "uren.csv").write_text(
        "medewerker_id;opdracht_id;datum;uren\nM-1;PT-1;x;1\n"
    )
    result = etl_cli(bron, target, "--strict")
    assert result.exit_code == 1
    assert target.read_bytes() == junk
