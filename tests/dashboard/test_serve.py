"""`proeftuin dashboard` speaks Dutch before Streamlit's own English banner."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

from dashboard.serve import welkom


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def test_dutch_url_and_etl_hint_come_before_the_streamlit_banner(tmp_path: Path):
    warehouse = tmp_path / "nog-niet" / "proeftuin.duckdb"
    poort = _vrije_poort()
    opdracht = ["dashboard", "--warehouse", str(warehouse), "--port", str(poort)]
    proces = subprocess.Popen(
        [sys.executable, "-m", "proeftuin", *opdracht],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        start_new_session=True,
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


def test_with_source_the_forms_write_there(tmp_path: Path):
    regels = welkom(tmp_path / "w.duckdb", 8690, tmp_path / "bron")
    assert f"Formulieren schrijven naar {tmp_path / 'bron'}/platform en starten de ETL." in regels
