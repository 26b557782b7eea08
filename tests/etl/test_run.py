"""A whole run: accounting, the rejection list, atomic replacement, --strict, exit codes."""

from __future__ import annotations

import time

import polars as pl
import pytest
from click.testing import CliRunner

import etl.load as load_module
import warehouse.build as build_module
from etl.command import run_etl_command
from etl.load import EtlFailed, rejection_list_path
from proeftuin.cli import app
from tests.etl.helpers import UREN_HEADER, write_csv
from warehouse.connect import connect_readonly
from warehouse.sjabloon import SJABLOON_ENV, UIT

TABLES = ("medewerkers", "opdrachten", "uren", "etl_bestanden_log", "etl_afgekeurd_log")


def with_bad_uren(bron):
    write_csv(
        bron / "dordrecht" / "uren.csv",
        [
            UREN_HEADER,
            ["M-1", "PT-1", "01-02-2012", "3"],
            ["M-1", "PT-1", "01-02-2012", "30"],
            ["M-9", "PT-1", "01-02-2012", "1"],
        ],
    )
    return bron


def contents(path) -> dict[str, list[tuple]]:
    con = connect_readonly(path)
    try:
        return {t: con.execute(f"select * from {t} order by all").fetchall() for t in TABLES}
    finally:
        con.close()


def test_every_file_read_equals_loaded_plus_rejected(bron, etl, query):
    outcome = etl(with_bad_uren(bron))
    log = query(
        "select bestand, rijen_gelezen, rijen_geladen, rijen_afgekeurd from etl_bestanden_log "
        "order by bestand"
    )
    assert log == [
        ("dordrecht/medewerkers.csv", 3, 3, 0),
        ("dordrecht/uren.csv", 3, 1, 2),
        ("regio/opdrachten.csv", 3, 3, 0),
    ]
    assert all(gelezen == geladen + afgekeurd for _, gelezen, geladen, afgekeurd in log)
    per_file = query("select bestand, count(*) from etl_afgekeurd_log group by 1")
    assert per_file == [("dordrecht/uren.csv", 2)]
    assert outcome.geschreven


def test_rejection_list_written_beside_the_warehouse(bron, etl, warehouse):
    outcome = etl(with_bad_uren(bron))
    path = rejection_list_path(warehouse)
    assert outcome.afgekeurd_csv == path == warehouse.with_name("proeftuin.afgekeurd.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfbestand;regel;reden")
    listed = pl.read_csv(path, separator=";")
    assert listed.rows() == [
        ("dordrecht/uren.csv", 3, "uren moet tussen 0 en 24 liggen, gevonden: 30"),
        ("dordrecht/uren.csv", 4, "medewerker M-9 bestaat niet"),
    ]


def test_two_runs_give_the_same_warehouse(bron, etl, warehouse, tmp_path):
    with_bad_uren(bron)
    etl(bron)
    first = contents(warehouse)
    etl(bron)  # replaces the warehouse it built before
    assert contents(warehouse) == first
    assert first["uren"]


def test_strict_with_rejections_leaves_the_old_warehouse_identical(bron, etl, warehouse):
    etl(bron)
    before = warehouse.read_bytes()
    with pytest.raises(EtlFailed, match="--strict: 2 afkeuring"):
        etl(with_bad_uren(bron), strict=True)
    assert warehouse.read_bytes() == before
    assert run_etl_command(bron, warehouse, strict=True) == 1
    assert warehouse.read_bytes() == before
    assert not list(warehouse.parent.glob(".*.bouw*"))  # the build prepared meanwhile is gone


def test_crash_midway_leaves_the_old_warehouse_identical(bron, etl, warehouse, monkeypatch):
    etl(bron)
    before = warehouse.read_bytes()

    def broken(con):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(build_module, "run_checks", broken)
    assert run_etl_command(with_bad_uren(bron), warehouse, strict=False) == 70
    assert warehouse.read_bytes() == before
    assert not [p for p in warehouse.parent.iterdir() if p.name.endswith(".bouw")]


def test_ctrl_c_exit_130_and_warehouse_untouched(bron, etl, warehouse, monkeypatch):
    etl(bron)
    before = warehouse.read_bytes()

    def interrupted(con):
        raise KeyboardInterrupt

    monkeypatch.setenv(SJABLOON_ENV, UIT)  # no template: the views made by this build
    monkeypatch.setattr(build_module, "create_views", interrupted)
    assert run_etl_command(bron, warehouse, strict=False) == 130
    assert warehouse.read_bytes() == before


def test_ctrl_c_while_reading_removes_the_build_prepared_meanwhile(
    bron, etl, warehouse, monkeypatch
):
    """The new warehouse file is prepared while the folder is read: a stop then must not
    leave it behind."""
    etl(bron)
    before = warehouse.read_bytes()

    def interrupted(*args, **kwargs):
        deadline = time.monotonic() + 30
        while not list(warehouse.parent.glob(".*.bouw")) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert list(warehouse.parent.glob(".*.bouw")), "no build prepared while reading"
        raise KeyboardInterrupt

    monkeypatch.setattr(load_module, "read_folder", interrupted)
    assert run_etl_command(bron, warehouse, strict=False) == 130
    assert warehouse.read_bytes() == before
    assert not list(warehouse.parent.glob(".*.bouw*"))


def test_cli_exit_codes(bron, warehouse, tmp_path):
    runner = CliRunner(env={"COLUMNS": "200"})
    ok = runner.invoke(app, ["etl", "--source", str(bron), "--warehouse", str(warehouse)])
    assert ok.exit_code == 0, ok.output
    assert "Bestanden" in ok.output and "Warehouse geschreven" in ok.output

    missing = runner.invoke(
        app, ["etl", "--source", str(tmp_path / "nergens"), "--warehouse", str(warehouse)]
    )
    assert missing.exit_code == 1
    assert "bestaat niet" in missing.output

    (tmp_path / "leeg").mkdir()
    empty = runner.invoke(
        app, ["etl", "--source", str(tmp_path / "leeg"), "--warehouse", str(warehouse)]
    )
    assert empty.exit_code == 1
    assert "is leeg" in empty.output

    with_bad_uren(bron)
    strict = runner.invoke(
        app, ["etl", "--source", str(bron), "--warehouse", str(warehouse), "--strict"]
    )
    assert strict.exit_code == 1
    assert "--strict" in strict.output and "uren buiten bereik" in strict.output


def test_summary_shows_dutch_numbers_and_grouped_reasons(bron, warehouse):
    rows = [UREN_HEADER] + [["M-1", "PT-1", f"{d}-01-2012", "1"] for d in range(1, 29)] * 50
    rows += [["M-1", "PT-1", "01-02-2012", str(25 + i)] for i in range(3)]
    write_csv(bron / "dordrecht" / "uren.csv", rows)
    result = CliRunner().invoke(
        app, ["etl", "--source", str(bron), "--warehouse", str(warehouse)], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "1.403" in result.output  # rows read, Dutch thousands separator
    assert "uren buiten bereik" in result.output  # 3 different values, one rule
    assert "meer dan 24 uur op een dag" in result.output


def test_contract_views_show_the_last_runs_accounting(bron, etl, query):
    etl(with_bad_uren(bron))
    assert query("select bestand, rijen_gelezen, rijen_afgekeurd from etl_bestanden") == [
        ("dordrecht/medewerkers.csv", 3, 0),
        ("dordrecht/uren.csv", 3, 2),
        ("regio/opdrachten.csv", 3, 0),
    ]
    assert query("select bestand, regel from etl_afgekeurd") == [
        ("dordrecht/uren.csv", 3),
        ("dordrecht/uren.csv", 4),
    ]


def test_failed_invariant_exit_3_and_warehouse_untouched(bron, etl, warehouse, monkeypatch):
    etl(bron)
    before = warehouse.read_bytes()

    def failing(*_):
        raise build_module.InvariantFailed("check_zero_sum", [("DOR", 1.0)])

    monkeypatch.setattr(build_module, "run_checks", failing)
    assert run_etl_command(with_bad_uren(bron), warehouse, strict=False) == 3
    assert warehouse.read_bytes() == before
