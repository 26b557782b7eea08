"""Runs and paths (issue 15): concurrent runs, wrong or linked warehouse paths, unreadable
folders, kills, Ctrl-C and a full disk never cost data and end with the documented code."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from dashboard import db
from etl.command import EXIT_FAILED, run_etl_command
from etl.load import EtlFailed, rejection_list_path, run_etl
from tests.console import REPO
from tests.etl.helpers import UREN_HEADER, write_csv
from tests.hostile.child import etl_args, run_child, run_children, run_etl_child, start_etl
from tests.hostile.conftest import files_log, loaded_hours
from warehouse.connect import connect_readonly
from warehouse.guard import real_target, warehouse_lock
from warehouse.settings import WAREHOUSE_ENV


def run_count(warehouse: Path) -> int:
    with connect_readonly(warehouse) as con:
        return con.execute("select count(*) from etl_runs").fetchone()[0]


def test_a_second_run_waits_for_the_first_and_says_so(bron, warehouse):
    assert run_etl(bron, warehouse).geschreven
    err = warehouse.parent / "err.txt"
    with warehouse_lock(real_target(warehouse), lambda: None), open(err, "wb") as fh:
        proc = start_etl(bron, warehouse, stdout=subprocess.DEVNULL, stderr=fh)
        deadline = time.monotonic() + 30
        while "wacht tot die klaar is" not in err.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "Er loopt al een ETL-run op warehouse" in err.read_text()
        assert proc.poll() is None  # still waiting while the lock is held
        assert run_count(warehouse) == 1
    assert proc.wait(timeout=60) == 0
    assert run_count(warehouse) == 2


def test_parallel_runs_are_serialised_and_each_is_recorded(bron, warehouse):
    procs = [
        start_etl(bron, warehouse, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(4)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    assert run_count(warehouse) == 4
    assert loaded_hours(warehouse) == 2
    assert sorted(p.name for p in warehouse.parent.iterdir()) == sorted(
        [warehouse.name, rejection_list_path(warehouse).name, f".{warehouse.name}.lock"]
    )


def test_a_source_file_given_as_warehouse_is_not_overwritten(bron):
    tarieven = bron / "regio" / "tarieven.csv"
    write_csv(tarieven, [["schaal", "geldig_vanaf", "uurtarief_eur"], ["10", "01-01-2012", "60"]])
    before = tarieven.read_bytes()
    run = run_etl_child(bron, tarieven)
    run.assert_sane()
    assert run.code == 1
    assert "ligt in de bronmap" in run.out
    assert tarieven.read_bytes() == before
    assert not rejection_list_path(tarieven).exists()


def test_an_existing_non_warehouse_outside_the_source_is_not_overwritten(bron, tmp_path):
    other = tmp_path / "tarieven.csv"
    other.write_text("schaal;geldig_vanaf\n")
    run = run_etl_child(bron, other)
    assert run.code == 1
    assert "bestaat al en is geen warehouse van proeftuin" in run.out
    assert other.read_text() == "schaal;geldig_vanaf\n"


def test_a_symlinked_warehouse_keeps_its_link_and_gets_a_new_target(bron, tmp_path):
    real = tmp_path / "echt" / "proeftuin.duckdb"
    real.parent.mkdir()
    link = tmp_path / "link.duckdb"
    link.symlink_to(real)
    assert run_etl(bron, link).geschreven
    first = real.stat().st_ino
    assert run_etl(bron, link).geschreven
    assert link.is_symlink() and link.resolve() == real
    assert real.stat().st_ino != first  # replaced atomically, as a new file
    assert run_count(link) == 2
    assert not list(real.parent.glob(".*.bouw*"))


def test_a_dashboard_on_a_symlinked_warehouse_sees_each_new_run(bron, tmp_path, monkeypatch):
    real = tmp_path / "echt" / "proeftuin.duckdb"
    real.parent.mkdir()
    link = tmp_path / "link.duckdb"
    link.symlink_to(real)
    monkeypatch.setenv(WAREHOUSE_ENV, str(link))
    assert run_etl(bron, link).geschreven
    before = db.huidige_versie()
    assert run_etl(bron, link).geschreven
    after = db.huidige_versie()
    assert before is not None and after is not None and before != after
    assert db.lees(after, "select count(*) as n from etl_runs")["n"].item() == 2


def test_an_unreadable_subfolder_is_a_rejected_entry_and_fails_strict(bron, warehouse, monkeypatch):
    geheim = bron / "geheim"
    write_csv(geheim / "uren.csv", [UREN_HEADER, ["M-1", "PT-1", "02-03-2012", "5"]])
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == geheim:  # as root, chmod 000 would not stop us reading
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    outcome = run_etl(bron, warehouse)
    assert outcome.geschreven
    log = files_log(warehouse)
    assert log["geheim/"] == (
        0,
        0,
        0,
        "afgekeurd: map kan niet worden gelezen: geen toegang (rechten)",
    )
    assert outcome.afgekeurd.filter(outcome.afgekeurd["bestand"] == "geheim/").height == 1
    with pytest.raises(EtlFailed, match="--strict: 1 afkeuring"):
        run_etl(bron, warehouse, strict=True)


def _big_source(folder: Path, rows: int) -> None:
    """Enough hour rows that the build takes a moment (to interrupt it)."""
    lines = [";".join(UREN_HEADER)]
    lines += [f"M-{i % 3 + 1};PT-1;{i % 28 + 1}-{i % 12 + 1}-2012;0,01" for i in range(rows)]
    (folder / "veel").mkdir()
    (folder / "veel" / "uren.csv").write_text("\n".join(lines) + "\n")


def _start_and_wait_for_the_build(bron: Path, warehouse: Path) -> subprocess.Popen:
    proc = start_etl(bron, warehouse, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while not list(warehouse.parent.glob(f".{warehouse.name}.*.bouw")):
        assert proc.poll() is None, proc.stdout.read()
        assert time.monotonic() < deadline
        time.sleep(0.002)
    return proc


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_kill_or_ctrl_c_in_the_build_leaves_the_old_warehouse_and_list(bron, warehouse, sig):
    assert run_etl(bron, warehouse).geschreven
    old_db, old_csv = warehouse.read_bytes(), rejection_list_path(warehouse).read_bytes()
    _big_source(bron, 300_000)
    proc = _start_and_wait_for_the_build(bron, warehouse)
    proc.send_signal(sig)
    out = proc.communicate(timeout=60)[0]
    if sig == signal.SIGINT:
        assert proc.returncode == 130, out
        assert "Afgebroken (Ctrl-C); het warehouse is niet bijgewerkt." in out
        assert "Traceback" not in out
    else:
        assert proc.returncode == -signal.SIGKILL
    assert warehouse.read_bytes() == old_db
    assert rejection_list_path(warehouse).read_bytes() == old_csv
    # what a kill leaves behind is removed by the next run
    (warehouse.parent / f".{warehouse.name}.dood.bouw").write_bytes(b"x")
    (warehouse.parent / f".{warehouse.name}.dood.bouw.wal").write_bytes(b"x")
    (warehouse.parent / f".{rejection_list_path(warehouse).name}.tmp").write_bytes(b"x")
    (bron / "veel" / "uren.csv").unlink()
    assert run_etl(bron, warehouse).geschreven
    assert sorted(p.name for p in warehouse.parent.iterdir() if p.name.startswith(".")) == [
        f".{warehouse.name}.lock"
    ]


def test_a_full_disk_exits_1_in_dutch_and_keeps_the_old_warehouse(
    bron, warehouse, monkeypatch, capsys
):
    assert run_etl(bron, warehouse).geschreven
    old_db, old_csv = warehouse.read_bytes(), rejection_list_path(warehouse).read_bytes()

    def full(*_):
        raise duckdb.FatalException(
            'FATAL Error: Failed to create checkpoint: Could not write file "x": '
            "No space left on device"
        )

    monkeypatch.setattr("warehouse.build.run_checks", full)
    assert run_etl_command(bron, warehouse, strict=False) == EXIT_FAILED
    out = capsys.readouterr().out
    assert "Schrijven mislukt, het warehouse is niet bijgewerkt: de schijf is vol." in out
    assert "No space" not in out
    assert warehouse.read_bytes() == old_db
    assert rejection_list_path(warehouse).read_bytes() == old_csv


def test_a_file_size_limit_of_the_os_exits_1_in_dutch(bron, warehouse):
    assert run_etl(bron, warehouse).geschreven
    old_db = warehouse.read_bytes()

    def limit() -> None:  # the OS refuses writes beyond 200 KB: like a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    proc = subprocess.run(
        etl_args(bron, warehouse),
        cwd=REPO,
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(REPO), "COLUMNS": "200"},
        preexec_fn=limit,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "het warehouse is niet bijgewerkt" in proc.stdout
    assert "File too large" not in proc.stdout and "Traceback" not in proc.stdout + proc.stderr
    assert warehouse.read_bytes() == old_db
    assert not list(warehouse.parent.glob(".*.bouw*"))


def test_child_measure_works():
    run = run_child([sys.executable, "-c", "x = bytearray(200 * 2**20); print('ok')"])
    assert run.code == 0 and run.out.strip() == "ok"
    assert 200 * 2**20 < run.rss_bytes < 400 * 2**20


def test_children_in_one_interpreter_are_measured_each_apart():
    """`run_children` (tests/hostile/test_files.py): each run's own peak and exit."""
    big, small, broken, code = run_children(
        [
            ["-c", "x = bytearray(200 * 2**20); print('ok')"],
            ["-c", "print('klein')"],
            ["-c", "raise ValueError('kapot')"],
            ["etl", "--source", "/bestaat/niet", "--warehouse", "/tmp/w.duckdb"],
        ]
    )
    assert big.code == 0 and big.out.strip() == "ok"
    assert 200 * 2**20 < big.rss_bytes < 400 * 2**20
    assert small.code == 0 and small.out.strip() == "klein"
    assert small.rss_bytes < 200 * 2**20  # the peak of the run before it is not counted
    assert broken.code == 1 and "Traceback" in broken.err and "kapot" in broken.err
    assert code.code != 0 and "Traceback" not in code.text
