"""A page's first run runs alone; the sessions that waited for it then run in parallel."""

from __future__ import annotations

import contextlib
import threading
import time
from itertools import pairwise

from dashboard import eerste_run


def _gelijktijdig(*namen: str) -> list[tuple[float, float]]:
    """Start a slow run of each page in `namen` at once; return each run's (begin, end)."""
    tijden: list[tuple[float, float]] = []
    slot = threading.Lock()

    def run() -> None:
        begin = time.monotonic()
        time.sleep(0.3)
        with slot:
            tijden.append((begin, time.monotonic()))

    threads = [threading.Thread(target=eerste_run.draai, args=(naam, run)) for naam in namen]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(tijden)


def _overlappen(tijden: list[tuple[float, float]]) -> bool:
    return any(b[0] < a[1] for a, b in pairwise(tijden))


def test_the_first_run_runs_alone_then_the_waiting_sessions_run_in_parallel():
    eerste, *wachtenden = _gelijktijdig(*["test-pagina"] * 5)
    assert all(begin >= eerste[1] for begin, _ in wachtenden)  # nobody beside the first run
    assert _overlappen(wachtenden)  # ... and then not one at a time
    assert _overlappen(_gelijktijdig(*["test-pagina"] * 5))


def test_first_runs_of_different_pages_do_not_overlap():
    assert not _overlappen(_gelijktijdig("test-a", "test-b", "test-c"))


def test_a_failed_first_run_keeps_the_page_serialised():
    def faalt() -> None:
        raise RuntimeError("stop")

    with contextlib.suppress(RuntimeError):
        eerste_run.draai("test-faalt", faalt)
    assert "test-faalt" not in eerste_run._klaar
    assert not eerste_run._beurt.locked()
