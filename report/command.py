"""The `rapport` command's outcome: a Dutch line on stdout or stderr, and its exit code."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from report.controle import RapportFout, controleer_uitvoer
from report.periode import Periode

EXIT_FAILED = 1  # wrong period or gemeente, no usable warehouse, unwritable output, no Chromium
EXIT_INTERRUPTED = 130


def run_rapport_command(warehouse: Path, periode: Periode, gemeente: str | None, uit: Path) -> int:
    """Write the report of `periode` (parsed by the command line); say where it went, or
    why not (the output is then untouched)."""
    start = time.perf_counter()
    try:
        controleer_uitvoer(uit)
        _maak(warehouse, periode, gemeente, uit)
    except RapportFout as exc:
        print(f"Fout: {exc}. Er is geen rapport geschreven.", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Afgebroken: er is geen rapport geschreven.", file=sys.stderr)
        return EXIT_INTERRUPTED
    duur = f"{time.perf_counter() - start:.1f}".replace(".", ",")
    soort = f"Overzicht {gemeente}" if gemeente else "Tussenstand"
    print(f"{soort} {periode.kort} geschreven: {uit} ({duur} s)")
    return 0


def _maak(warehouse: Path, periode: Periode, gemeente: str | None, uit: Path) -> None:
    """The report, with Chromium started first: its start (about two seconds) is the
    longest step, so it runs while Python imports the rest, reads the warehouse and builds
    the figures, instead of after the imports. (Imported here, not above: the cheap
    checks of `run_rapport_command` come first.)"""
    from report.grafieken import GeenBrowser, Tekenaar

    try:
        with Tekenaar() as tekenaar:
            from report.maak import schrijf_rapport

            schrijf_rapport(warehouse, periode, gemeente, uit, tekenaar)
    except GeenBrowser as exc:
        raise RapportFout(str(exc)) from exc
