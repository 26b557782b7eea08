"""The first run of each page, one session at a time.

Why: plotly (and pandas) import their submodules lazily, on first use. Ten sessions
rendering their first page at once on a fresh server hung for good on Python's import
locks (seen in CI: every script thread waiting in `_ModuleLock.acquire` under plotly's
lazy `graph_objs.__getattr__`, and the server then ignored SIGTERM). Once a page has run
to the end its imports are done, and later runs of it go in parallel as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

_beurt = threading.Lock()
_klaar: set[str] = set()


def draai(naam: str, run: Callable[[], None]) -> None:
    """Run page `naam`; its first complete run waits for any other first run. A session
    that waited while another one completed this page runs it without the lock, so ten
    first visits to one page wait for one run, not for nine."""
    if naam not in _klaar:
        with _beurt:
            if naam not in _klaar:
                run()
                _klaar.add(naam)
                return
    run()
