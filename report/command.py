"""The `rapport` command's outcome: a Dutch line on stdout or stderr, and its exit code."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from report.briefhoofd import Briefhoofd, lees_briefhoofd
from report.controle import SOORTEN, RapportFout, controleer_uitvoer, soort
from report.periode import Periode

if TYPE_CHECKING:
    from report.eindevaluatie import Eindevaluatie

EXIT_FAILED = 1  # wrong period or gemeente, no usable warehouse, unwritable output
EXIT_INTERRUPTED = 130


def run_rapport_command(
    warehouse: Path,
    periode: Periode,
    gemeente: str | None,
    uit: Path,
    brief_bron: Path | None = None,
    eind_bron: Path | None = None,
) -> int:
    """Write the report of `periode` (parsed by the command line) in the format of `uit`'s
    suffix; with `brief_bron` as a raadsinformatiebrief whose letterhead is in that source
    folder. Say where it went, or why not (the output is then untouched)."""
    start = time.perf_counter()
    try:
        controleer_uitvoer(uit)
        hoofd = None
        if brief_bron is not None:
            hoofd = lees_briefhoofd(brief_bron)
        eind = None
        if eind_bron is not None:
            from report.eindevaluatie import Eindevaluatie, controleer_keuze, lees_advies

            controleer_keuze(periode, gemeente)
            eind = Eindevaluatie(lees_advies(eind_bron))
        _maak(warehouse, periode, gemeente, uit, hoofd, eind)
    except RapportFout as exc:
        print(f"Fout: {exc}. Er is geen rapport geschreven.", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Afgebroken: er is geen rapport geschreven.", file=sys.stderr)
        return EXIT_INTERRUPTED
    duur = f"{time.perf_counter() - start:.1f}".replace(".", ",")
    naam = (
        "Raadsinformatiebrief"
        if brief_bron
        else "Eindevaluatie"
        if eind_bron
        else "Overzicht"
        if gemeente
        else "Tussenstand"
    )
    wat = f"{naam} {gemeente} " if gemeente else f"{naam} "
    print(f"{wat}{periode.kort} ({SOORTEN[soort(uit)]}) geschreven: {uit} ({duur} s)")
    return 0


def _maak(
    warehouse: Path,
    periode: Periode,
    gemeente: str | None,
    uit: Path,
    hoofd: Briefhoofd | None,
    eind: Eindevaluatie | None,
) -> None:
    """The report (imported here, not above: the cheap checks of `run_rapport_command`
    come first)."""
    from report.maak import schrijf_rapport

    schrijf_rapport(warehouse, periode, gemeente, uit, hoofd, eind)
