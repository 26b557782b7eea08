"""`proeftuin dashboard` speaks Dutch before Streamlit's own English banner, refuses a
taken port in Dutch, and stops (port freed) on SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard.serve import GEDULD_S, welkom


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def test_dutch_url_and_etl_hint_come_before_the_streamlit_banner(tmp_path: Path):
    warehouse = tmp_path / "nog-niet" / "proeftuin.duckdb"
    poort = _vrije_poort()
    proces = _start(
        "dashboard", "--port", str(poort), warehouse=warehouse, stderr=subprocess.STDOUT
    )
    # Never hang the suite: stop the platform after 60 s whatever it printed.
    wachter = threading.Timer(60, os.killpg, (proces.pid, signal.SIGTERM))
    wachter.start()
    regels: list[str] = []
    try:
        for regel in proces.stdout:
            regels.append(regel.rstrip())
            if "You can now view" in regel:
                break
    finally:
        wachter.cancel()
        os.killpg(proces.pid, signal.SIGTERM)
        proces.wait(timeout=20)
    banner = next(i for i, r in enumerate(regels) if "You can now view" in r)
    voor = "\n".join(regels[:banner])
    assert f"Het platform draait op http://localhost:{poort} — stoppen met Ctrl+C" in voor
    assert f"Er is nog geen warehouse op {warehouse.resolve()}" in voor
    assert f"proeftuin etl --source MAP_MET_EXPORTS --warehouse {warehouse.resolve()}" in voor
    assert "Aanmelden en toetsen staan uit (geen --source)" in voor
    assert not warehouse.exists(), "the dashboard only reads: it never creates the warehouse"


def _start(*args: str, warehouse: Path, stderr: int = subprocess.PIPE) -> subprocess.Popen:
    """`proeftuin ARGS --warehouse W` in its own process group, its output readable as text."""
    return subprocess.Popen(
        [sys.executable, "-m", "proeftuin", *args, "--warehouse", str(warehouse)],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        start_new_session=True,
    )


def test_a_taken_port_is_said_in_dutch_with_a_free_one_before_anything_starts(tmp_path: Path):
    from dashboard.serve import poort_bezet

    with socket.socket() as bezet:
        bezet.bind(("localhost", 0))
        bezet.listen()
        poort = bezet.getsockname()[1]
        assert poort_bezet(poort)
        for opdracht in ("dashboard", "demo"):
            extra = ["--source", str(tmp_path / "bron")] if opdracht == "demo" else []
            proces = _start(opdracht, "--port", str(poort), *extra, warehouse=tmp_path / "w.duckdb")
            uit, fout = proces.communicate(timeout=60)
            assert proces.returncode == 1, uit + fout
            assert f"Fout: poort {poort} is al in gebruik" in fout
            voorstel = re.search(rf"proeftuin {opdracht} --port (\d+)", fout)
            assert voorstel, fout
            assert not poort_bezet(int(voorstel[1])), "the suggested port must be free"
            assert "Het platform draait" not in uit
            assert "not available" not in uit + fout
        # demo checks the port before it spends a minute writing and loading
        assert not (tmp_path / "bron").exists()
        assert not (tmp_path / "w.duckdb").exists()


@pytest.mark.browser
def test_sigterm_stops_the_server_and_frees_the_port(tmp_path: Path, browser):
    from dashboard.serve import poort_bezet

    poort = _vrije_poort()
    proces = _start("dashboard", "--port", str(poort), warehouse=tmp_path / "w.duckdb")
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://localhost:{poort}/_stcore/health", timeout=1):
                    break
            except OSError:
                time.sleep(0.5)
        else:
            raise AssertionError("het dashboard start niet binnen 60 s")
        # a visitor's session is open (a browser with a live connection) while the service
        # manager stops the command: SIGTERM to the command's own process only
        pagina = browser.new_page()
        pagina.goto(f"http://localhost:{poort}/")
        expect(pagina.get_by_text("Nog geen gegevens").first).to_be_visible(timeout=30_000)
        proces.send_signal(signal.SIGTERM)
        proces.wait(timeout=GEDULD_S + 20)
        for _ in range(40):  # the port is released as the server exits
            if not poort_bezet(poort):
                break
            time.sleep(0.25)
        assert not poort_bezet(poort), "after SIGTERM nothing may hold the port any more"
    finally:
        if proces.poll() is None:
            os.killpg(proces.pid, signal.SIGKILL)
            proces.wait(timeout=20)


def test_with_source_the_forms_write_there(tmp_path: Path):
    regels = welkom(tmp_path / "w.duckdb", 8690, tmp_path / "bron")
    assert f"Formulieren schrijven naar {tmp_path / 'bron'}/platform en starten de ETL." in regels
