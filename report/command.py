"""The `rapport` command's outcome: a Dutch line on stdout or stderr, and its exit code."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

EXIT_FAILED = 1  # wrong period or gemeente, no usable warehouse, unwritable output, no Chromium
EXIT_INTERRUPTED = 130


def run_rapport_command(warehouse: Path, periode: str, gemeente: str | None, uit: Path) -> int:
    """Write the report; say where it went, or why not (the output is then untouched)."""
    start = time.perf_counter()
    # Outside a Streamlit server, its cache warns that it keeps results in memory: true, and
    # nothing a user of the command needs to read (the report reads uncached anyway).
    from streamlit.runtime.caching import cache_data_api

    cache_data_api._LOGGER.setLevel(logging.ERROR)
    from report.maak import RapportFout, schrijf_rapport

    try:
        gekozen = schrijf_rapport(warehouse, periode, gemeente, uit)
    except RapportFout as exc:
        print(f"Fout: {exc}. Er is geen rapport geschreven.", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Afgebroken: er is geen rapport geschreven.", file=sys.stderr)
        return EXIT_INTERRUPTED
    duur = f"{time.perf_counter() - start:.1f}".replace(".", ",")
    soort = f"Overzicht {gemeente}" if gemeente else "Tussenstand"
    print(f"{soort} {gekozen.kort} geschreven: {uit} ({duur} s)")
    return 0
