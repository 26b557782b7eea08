"""`proeftuin dashboard`: serve the Streamlit app on localhost for one warehouse file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV, warehouse_path

APP = Path(__file__).resolve().parent / "app.py"


def streamlit_command(port: int) -> list[str]:
    """The `streamlit run` command line: headless, localhost only, no telemetry."""
    return [
        sys.executable,
        "-m",
        "dashboard.launch",  # streamlit, after importing what the pages need
        "run",
        str(APP),
        "--server.headless=true",
        "--server.address=localhost",
        f"--server.port={port}",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
        "--client.toolbarMode=viewer",
        "--theme.base=light",
    ]


def welkom(warehouse: Path, port: int, source: Path | None = None) -> list[str]:
    """The Dutch lines printed before Streamlit's own (English) banner: where the platform
    runs, and when there is no warehouse yet, the command that makes one."""
    regels = []
    if not warehouse.is_file():
        regels += [
            f"Er is nog geen warehouse op {warehouse}. Laad eerst de exports van de gemeenten:",
            f"  proeftuin etl --source MAP_MET_EXPORTS --warehouse {warehouse}",
            "Het platform start toch en toont de gegevens zodra de ETL klaar is.",
        ]
    if source is None:
        regels.append("Aanmelden en toetsen staan uit (geen --source): het platform leest alleen.")
    else:
        regels.append(f"Formulieren schrijven naar {source}/platform en starten de ETL.")
    regels.append(f"Het platform draait op http://localhost:{port} — stoppen met Ctrl+C")
    return regels


def serve(warehouse: Path, port: int, source: Path | None = None) -> int:
    """Run the dashboard until Ctrl+C; return the exit code for the CLI.

    A missing warehouse is not an error: the app itself explains how to load data, and
    picks the file up as soon as an ETL run writes it. With `source` the platform's forms
    append to that folder and start the ETL; without it, writing is off.
    """
    warehouse = warehouse_path(warehouse)
    env = {**os.environ, WAREHOUSE_ENV: str(warehouse)}
    env.pop(SOURCE_ENV, None)
    if source is not None:
        env[SOURCE_ENV] = str(Path(source).resolve())
    # flush: when stdout is a pipe, the child's banner would otherwise come first
    print("\n".join(welkom(warehouse, port, source)), flush=True)
    try:
        return subprocess.call(streamlit_command(port), env=env)
    except KeyboardInterrupt:
        return 0
