"""`proeftuin dashboard`: serve the Streamlit app for one warehouse file.

On 127.0.0.1 without login (the local single-user demo), or on any address with an
`--auth` file (OpenID Connect login and roles). An open platform on the network is refused.

Why the port check first: Streamlit would otherwise start, print the URL and only then
fail in English. Why the signal forwarding: a service manager stops the command with
SIGTERM to its own process; Streamlit, a child, kept running and holding the port. Now
SIGTERM and SIGHUP are passed on to Streamlit, and when its graceful shutdown has not ended
within `GEDULD_S` seconds (it can wait on a session that never finishes) the server is
killed: after the command ends, nothing holds the port and the secrets folder is gone.
Ctrl+C reaches both through the terminal.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

from dashboard.audit import AUDIT_ENV, standaard_map
from dashboard.authbestand import AUTH_ENV, AuthFout, lees, schrijf_secrets
from warehouse.settings import SOURCE_ENV, WAREHOUSE_ENV, warehouse_path

APP = Path(__file__).resolve().parent / "app.py"
ASGI = APP.with_name("asgi.py")  # with login on: app.py plus the download check
GEDULD_S = 10
"""Seconds Streamlit gets to stop gracefully after a signal, before it is killed."""
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


def host(adres: str) -> str:
    """The host name a user types: `localhost` for the loopback interface."""
    return "localhost" if is_lokaal(adres) else adres


def streamlit_command(
    port: int, adres: str = "127.0.0.1", secrets: Path | None = None
) -> list[str]:
    """The `streamlit run` command line: headless, no telemetry, accessible theme, no
    English menu ("Made with Streamlit"): `toolbarMode=minimal` hides it.

    With `secrets` (login on) only that file is read for secrets (never a stray
    `.streamlit/secrets.toml` of the working folder); then an error shows no traceback or
    server path in the browser (only the log has it), and tables offer no download of
    their own: every download is a button of the page, written to the audit trail; and
    the app runs as `dashboard/asgi.py`, which serves a download's `/media/` file only to
    a live session (`dashboard/toegang.py`)."""
    command = [
        sys.executable,
        "-m",
        "dashboard.launch",  # streamlit, after importing what the pages need
        "run",
        str(APP if secrets is None else ASGI),
        "--server.headless=true",
        f"--server.address={adres}",
        f"--server.port={port}",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
        "--client.toolbarMode=minimal",
        # No forced full garbage collection after every script run: it took 0,2-0,3 s on
        # this process's heap, between a button's write and the run that confirms it
        # (Python's own collector still runs; `dashboard.launch` freezes the imports).
        "--runner.postScriptGC=false",
        *(f"--theme.{sleutel}={waarde}" for sleutel, waarde in THEMA.items()),
    ]
    if secrets is not None:
        command += [
            f"--secrets.files={secrets}",
            "--client.showErrorDetails=none",
            "--client.disableDataExport=true",
        ]
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
    regels.append(
        "Inloggen via de identity provider; rollen uit het auth-bestand."
        if auth
        else "Lokale demo zonder inloggen: alleen bereikbaar op deze computer."
    )
    regels.append(f"Het platform draait op http://{host(adres)}:{port} — stoppen met Ctrl+C")
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


def poort_melding(
    port: int, opdracht: str = "proeftuin dashboard", adres: str = "127.0.0.1"
) -> str | None:
    """None when `port` is free on `adres`, else the Dutch explanation with a free port."""
    if not poort_bezet(port, adres):
        return None
    vrij = vrije_poort(port, adres)
    voorstel = (
        f" Kies een andere poort, bijvoorbeeld: {opdracht} --port {vrij}"
        if vrij
        else " Kies een andere poort met --port N."
    )
    return (
        f"Fout: poort {port} is al in gebruik (draait het platform daar misschien al? "
        f"Kijk op http://{host(adres)}:{port}).{voorstel}"
    )


def serve(
    warehouse: Path,
    port: int,
    adres: str = "127.0.0.1",
    auth: Path | None = None,
    source: Path | None = None,
    opdracht: str = "proeftuin dashboard",
    audit: Path | None = None,
) -> int:
    """Check address and port, print the Dutch lines, run Streamlit until it stops; return
    the exit code for the CLI.

    A missing warehouse is not an error: the app itself explains how to load data, and
    picks the file up as soon as an ETL run writes it. With `source` the platform's forms
    append to that folder and start the ETL; without it, writing is off. A non-local
    address without an auth file, a bad auth file or a taken port is refused (exit 1,
    nothing started); `opdracht` is the command named in the port advice. With login on,
    the audit trail goes to `audit` (default: `audit/` beside the warehouse).
    """
    if auth is None and not is_lokaal(adres):
        print(
            f"Fout: het platform op adres {adres} openzetten zonder inloggen kan niet: iedereen "
            "op het netwerk zou alles zien. Geef een auth-bestand mee met --auth BESTAND "
            "(zie docs/deploy.md), of laat --address weg voor de lokale demo op 127.0.0.1.",
            file=sys.stderr,
        )
        return 1
    instellingen = None
    if auth is not None:
        try:
            instellingen = lees(auth)
        except AuthFout as exc:
            print(f"Fout: {exc}", file=sys.stderr)
            return 1
    melding = poort_melding(port, opdracht, adres)
    if melding:
        print(melding, file=sys.stderr, flush=True)
        return 1
    warehouse = warehouse_path(warehouse)
    secrets = None
    env = {**os.environ, WAREHOUSE_ENV: str(warehouse)}
    env.pop(SOURCE_ENV, None)
    if source is not None:
        env[SOURCE_ENV] = str(Path(source).resolve())
    env.pop(AUTH_ENV, None)
    env.pop(AUDIT_ENV, None)
    if auth is not None and instellingen is not None:
        secrets = schrijf_secrets(instellingen)
        env[AUTH_ENV] = str(Path(auth).resolve())
        env[AUDIT_ENV] = str(Path(audit).resolve() if audit else standaard_map(warehouse))
    # flush: when stdout is a pipe, the child's banner would otherwise come first
    regels = welkom(warehouse, port, source, adres, auth is not None)
    if AUDIT_ENV in env:
        regels.insert(-1, f"Het auditlog staat in {env[AUDIT_ENV]} (zoeken: proeftuin audit).")
    print("\n".join(regels), flush=True)
    try:
        return draai(streamlit_command(port, adres, secrets), env)
    finally:
        if secrets is not None:
            shutil.rmtree(secrets.parent, ignore_errors=True)


class _Gestopt(Exception):
    """Raised by the signal handler to leave `Popen.wait` (see `draai`)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def draai(opdracht: list[str], env: dict[str, str]) -> int:
    """Run the server as a child; pass SIGTERM and SIGHUP on, kill it when it lingers.

    The handler only passes the signal on and raises: waiting inside the handler would
    take `Popen`'s wait lock a second time (the interrupted `wait` still holds it) and hang
    the command. The caller's `finally` then still removes the secrets folder."""
    kind = subprocess.Popen(opdracht, env=env)

    def stop(signum: int, _frame: object) -> None:
        kind.send_signal(signum)
        raise _Gestopt(signum)

    vorige = {signum: signal.signal(signum, stop) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        return kind.wait()
    except _Gestopt as gestopt:
        code = 128 + gestopt.signum
    except KeyboardInterrupt:  # Ctrl+C: the terminal sent SIGINT to the child as well
        code = None  # Streamlit's own exit code, when it stops in time
    finally:
        for signum, handler in vorige.items():
            signal.signal(signum, handler)
    try:
        eigen = kind.wait(timeout=GEDULD_S)
    except subprocess.TimeoutExpired:
        kind.kill()
        kind.wait()
        return code or 130
    return eigen if code is None else code
