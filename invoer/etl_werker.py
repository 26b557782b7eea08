"""The process that runs the platform's background ETL (`invoer.achtergrond`).

Why a process of its own: in a thread of the dashboard's process, the run held Python's
lock for long stretches, and the confirmation of the click that asked for it ("… is
geaccepteerd") reached the browser only when the run was nearly done: 1-4 s after the
click instead of a fraction of a second (issue 20: every step answers within a second).
In its own process, at a lower priority, the run shares only the CPU and gives it up
first. It is started with the served dashboard (`start`, h48), else at the first run, and
kept for the next ones (its imports cost about a second), and ends when the dashboard does
(its input closes).

Why `python -m` and not `multiprocessing`: a spawned process imports the parent's
`__main__` again, and in Streamlit's process that is the page script being run.

The protocol is one JSON line each way: `[source, warehouse]` in, `[gelukt, melding,
afgekeurd]` out (the Dutch message as the form shows it).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from etl.load import EtlFailed, run_etl

NICE = 10  # the page that answers a click goes first
Uitslag = tuple[bool, str, int]


class EtlWerker:
    """The dashboard's side: one worker process, started when first needed."""

    def __init__(self) -> None:
        self._proces: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()  # `start` may come from another thread than `draai`

    def start(self) -> None:
        """Start the worker process now, if it does not run, so that the first run does not
        pay for it: its start (a fork of the dashboard's process) and its imports (about a
        second of CPU) otherwise fell on the first form's click, competing with the page
        that shows its confirmation (h48)."""
        self._gestart()

    def draai(self, source: Path, warehouse: Path) -> Uitslag:
        """One run over `source` into `warehouse`, in the worker process."""
        fout: BaseException = RuntimeError("het ETL-proces stopte")
        try:
            proces = self._gestart()
            assert proces.stdin is not None and proces.stdout is not None
            proces.stdin.write(json.dumps([str(source), str(warehouse)]) + "\n")
            proces.stdin.flush()
            regel = proces.stdout.readline()
        except OSError as exc:
            regel, fout = "", exc
        if not regel:  # the process died (killed, out of memory): a new one next time
            self._proces = None
            return False, onverwacht(fout), 0
        gelukt, melding, afgekeurd = json.loads(regel)
        return bool(gelukt), str(melding), int(afgekeurd)

    @property
    def pid(self) -> int | None:
        """The worker process's id while it runs (None before the first run)."""
        return None if self._proces is None else self._proces.pid

    def _gestart(self) -> subprocess.Popen[str]:
        with self._lock:
            if self._proces is None or self._proces.poll() is not None:
                self._proces = subprocess.Popen(
                    [sys.executable, "-m", "invoer.etl_werker"],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    encoding="utf-8",
                )
            return self._proces


def etl(source: Path, warehouse: Path) -> Uitslag:
    """One run: (gelukt, the Dutch message, rows rejected)."""
    try:
        outcome = run_etl(source, warehouse)
    except EtlFailed as exc:
        return False, f"{exc}; het warehouse is niet gewijzigd", 0
    except Exception as exc:  # any failure must reach the form, in Dutch
        return False, onverwacht(exc), 0
    n = outcome.afgekeurd.height
    melding = f"geladen in {outcome.duur_s:.1f} s".replace(".", ",")
    return True, melding + (f"; {n} rij(en) afgekeurd" if n else ""), n


def onverwacht(exc: BaseException) -> str:
    return f"onverwachte fout ({exc}); het warehouse is niet gewijzigd"


def main() -> None:
    """The worker: a lower priority, Ctrl+C left to the dashboard (which ends this process
    by closing its input), anything the run prints on stderr, the answers on stdout."""
    os.nice(NICE)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    antwoord: IO[str] = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    for regel in sys.stdin:
        source, warehouse = json.loads(regel)
        antwoord.write(json.dumps(etl(Path(source), Path(warehouse))) + "\n")
        antwoord.flush()


if __name__ == "__main__":
    main()
