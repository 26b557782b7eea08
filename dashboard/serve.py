"""`proeftuin dashboard`: serve the Streamlit app for one warehouse file.

On 127.0.0.1 without login (the local single-user demo), or on any address with an
`--auth` file (OpenID Connect login and roles). An open platform on the network is refused.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from dashboard.authbestand import AUTH_ENV, AuthFout, lees, schrijf_secrets
from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV, warehouse_path

APP = Path(__file__).resolve().parent / "app.py"
# Accessible colours (WCAG 2.1 AA, 4.5:1 on white and on the sidebar's grey): Streamlit
# derives its faded caption text from textColor, which at the default grey fell to 3.7:1.
THEMA = {
    "base": "light",
    "textColor": "#0B0C0C",
    "primaryColor": "#B5121B",
    "linkColor": "#0B5CAD",
}


def is_lokaal(adres: str) -> bool:
    """Only the loopback interface: the platform is then unreachable from the network."""
    if adres == "localhost":
        return True
    try:
        return ipaddress.ip_address(adres).is_loopback
    except ValueError:
        return False


def streamlit_command(
    port: int, adres: str = "127.0.0.1", secrets: Path | None = None
) -> list[str]:
    """The `streamlit run` command line: headless, no telemetry, accessible theme.

    With `secrets` only that file is read for secrets (never a stray
    `.streamlit/secrets.toml` of the working folder)."""
    command = [
        sys.executable,
        "-m",
        "dashboard.launch",  # streamlit, after importing what the pages need
        "run",
        str(APP),
        "--server.headless=true",
        f"--server.address={adres}",
        f"--server.port={port}",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
        "--client.toolbarMode=viewer",
        *(f"--theme.{sleutel}={waarde}" for sleutel, waarde in THEMA.items()),
    ]
    if secrets is not None:
        command.append(f"--secrets.files={secrets}")
    return command


def welkom(
    warehouse: Path,
    port: int,
    source: Path | None = None,
    adres: str = "127.0.0.1",
    auth: bool = False,
) -> list[str]:
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
    host = "localhost" if is_lokaal(adres) else adres
    regels.append(
        "Inloggen via de identity provider; rollen uit het auth-bestand."
        if auth
        else "Lokale demo zonder inloggen: alleen bereikbaar op deze computer."
    )
    regels.append(f"Het platform draait op http://{host}:{port} — stoppen met Ctrl+C")
    return regels


def serve(
    warehouse: Path,
    port: int,
    adres: str = "127.0.0.1",
    auth: Path | None = None,
    source: Path | None = None,
) -> int:
    """Run the dashboard until Ctrl+C; return the exit code for the CLI.

    A missing warehouse is not an error: the app itself explains how to load data, and
    picks the file up as soon as an ETL run writes it. With `source` the platform's forms
    append to that folder and start the ETL; without it, writing is off. A non-local
    address without an auth file, or a bad auth file, is refused (exit 1, nothing started).
    """
    if auth is None and not is_lokaal(adres):
        print(
            f"Fout: het platform op adres {adres} openzetten zonder inloggen kan niet: iedereen "
            "op het netwerk zou alles zien. Geef een auth-bestand mee met --auth BESTAND "
            "(zie docs/deploy.md), of laat --address weg voor de lokale demo op 127.0.0.1.",
            file=sys.stderr,
        )
        return 1
    warehouse = warehouse_path(warehouse)
    secrets = None
    env = {**os.environ, WAREHOUSE_ENV: str(warehouse)}
    env.pop(SOURCE_ENV, None)
    if source is not None:
        env[SOURCE_ENV] = str(Path(source).resolve())
    env.pop(AUTH_ENV, None)
    if auth is not None:
        try:
            instellingen = lees(auth)
        except AuthFout as exc:
            print(f"Fout: {exc}", file=sys.stderr)
            return 1
        secrets = schrijf_secrets(instellingen.oidc)
        env[AUTH_ENV] = str(Path(auth).resolve())
    # flush: when stdout is a pipe, the child's banner would otherwise come first
    print("\n".join(welkom(warehouse, port, source, adres, auth is not None)), flush=True)
    try:
        return _draai(streamlit_command(port, adres, secrets), env)
    finally:
        if secrets is not None:
            shutil.rmtree(secrets.parent, ignore_errors=True)


def _draai(command: list[str], env: dict[str, str]) -> int:
    """Run Streamlit until it ends, Ctrl+C or SIGTERM (a service manager's stop, passed on
    so the caller still removes the secrets)."""
    proces = subprocess.Popen(command, env=env)
    vorige = signal.signal(signal.SIGTERM, lambda *_: proces.terminate())
    try:
        return proces.wait()
    except KeyboardInterrupt:  # Ctrl+C reached Streamlit too (same process group)
        proces.wait()
        return 0
    finally:
        signal.signal(signal.SIGTERM, vorige)
