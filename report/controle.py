"""What a report run checks before it does any work, and the error it gives.

Why a module of its own: `proeftuin rapport` starts Chromium before it imports the rest of
the report (DuckDB, polars, plotly, Typst), because the browser's start is the longest
step; these checks must fail fast, before that start, so
they live where importing them costs nothing.
"""

from __future__ import annotations

import os
from pathlib import Path


class RapportFout(RuntimeError):
    """The report cannot be made; the message is Dutch and says what to do."""


def controleer_uitvoer(uit: Path) -> None:
    """Refuse an output path that cannot be written before doing any work."""
    if uit.is_dir():
        raise RapportFout(
            f"{uit} is een map; geef een bestandsnaam, bijvoorbeeld {uit / 'rapport.pdf'}"
        )
    if not uit.parent.is_dir():
        raise RapportFout(f"de map {uit.parent} bestaat niet; maak hem eerst aan")
    if not os.access(uit.parent, os.W_OK):
        raise RapportFout(f"in de map {uit.parent} mag niet geschreven worden")
