"""`proeftuin dashboard`: serve the Streamlit app on localhost for one warehouse file.

Why the signal forwarding: a service manager stops the command with SIGTERM to its own
process; Streamlit, a child, kept running and holding the port. Now SIGTERM and SIGHUP are
passed on to Streamlit, and when its graceful shutdown has not ended within `GEDULD_S`
seconds (it can wait on a session that never finishes) the server is killed: after the
command ends, nothing holds the port. Ctrl+C reaches both through the terminal.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV, warehouse_path

APP = Path(__file__).resolve().parent / "app.py"
GEDULD_S = 10
"""Seconds Streamlit gets to stop gracefully after a signal, before it is killed."""


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


def poort_bezet(port: int, address: str = "localhost") -> bool:
    """True when another process already listens on `address:port` (Streamlit would
    otherwise start, print the URL and only then fail in English)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((address, port))
        except OSError as exc:
            return exc.errno in (errno.EADDRINUSE, errno.EACCES)
    return False


def vrije_poort(port: int, address: str = "localhost", pogingen: int = 50) -> int | None:
    """The first free port after `port`, to suggest one that works."""
    for kandidaat in range(port + 1, min(port + 1 + pogingen, 65536)):
        if not poort_bezet(kandidaat, address):
            return kandidaat
    return None


def poort_melding(port: int, opdracht: str = "proeftuin dashboard") -> str | None:
    """None when `port` is free, else the Dutch explanation with a port that is free."""
    if not poort_bezet(port):
        return None
    vrij = vrije_poort(port)
    voorstel = (
        f" Kies een andere poort, bijvoorbeeld: {opdracht} --port {vrij}"
        if vrij
        else " Kies een andere poort met --port N."
    )
    return (
        f"Fout: poort {port} is al in gebruik (draait het platform daar misschien al? "
        f"Kijk op http://localhost:{port}).{voorstel}"
    )


def serve(
    warehouse: Path,
    port: int,
    source: Path | None = None,
    opdracht: str = "proeftuin dashboard",
) -> int:
    """Check the port, print the Dutch lines, run the Streamlit server until it stops.

    Returns 1 at once when the port is taken. A missing warehouse is not an error: the app
    itself explains how to load data, and picks the file up as soon as an ETL run writes it.
    With `source` the platform's forms append to that folder and start the ETL; without
    it, writing is off.
    """
    melding = poort_melding(port, opdracht)
    if melding:
        print(melding, file=sys.stderr, flush=True)
        return 1
    warehouse = warehouse_path(warehouse)
    env = {**os.environ, WAREHOUSE_ENV: str(warehouse)}
    env.pop(SOURCE_ENV, None)
    if source is not None:
        env[SOURCE_ENV] = str(Path(source).resolve())
    # flush: when stdout is a pipe, the child's banner would otherwise come first
    print("\n".join(welkom(warehouse, port, source)), flush=True)
    return draai(streamlit_command(port), env)


def draai(opdracht: list[str], env: dict[str, str]) -> int:
    """Run the server as a child; pass SIGTERM and SIGHUP on, kill it when it lingers."""
    kind = subprocess.Popen(opdracht, env=env)

    def stop(signum: int, _frame: object) -> None:
        kind.send_signal(signum)
        try:
            kind.wait(timeout=GEDULD_S)
        except subprocess.TimeoutExpired:
            kind.kill()
        sys.exit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)
    try:
        return kind.wait()
    except KeyboardInterrupt:  # Ctrl+C: the terminal sent SIGINT to the child as well
        try:
            return kind.wait(timeout=GEDULD_S)
        except subprocess.TimeoutExpired:
            kind.kill()
            return 130
