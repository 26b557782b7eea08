"""A page's first run waits for other first runs; once done, runs go in parallel."""

from __future__ import annotations

import contextlib
import threading
import time

from dashboard import eerste_run


def _gelijktijdig(naam: str, aantal: int) -> int:
    """Run `aantal` slow runs of page `naam` at once; return how many overlapped at most."""
    bezig = 0
    hoogste = 0
    slot = threading.Lock()

    def run() -> None:
        nonlocal bezig, hoogste
        with slot:
            bezig += 1
            hoogste = max(hoogste, bezig)
        time.sleep(0.05)
        with slot:
            bezig -= 1

    threads = [threading.Thread(target=eerste_run.draai, args=(naam, run)) for _ in range(aantal)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return hoogste


def test_first_runs_one_at_a_time_then_parallel():
    assert _gelijktijdig("test-pagina", 5) == 1
    assert _gelijktijdig("test-pagina", 5) > 1


def test_a_failed_first_run_keeps_the_page_serialised():
    def faalt() -> None:
        raise RuntimeError("stop")

    with contextlib.suppress(RuntimeError):
        eerste_run.draai("test-faalt", faalt)
    assert "test-faalt" not in eerste_run._klaar
    assert not eerste_run._beurt.locked()
