"""The background ETL's worker process: a lower priority, Dutch failures, and a worker
that died is replaced by the next run."""

from __future__ import annotations

import os
import signal

from invoer import achtergrond
from invoer.achtergrond import Achtergrond
from invoer.etl_werker import NICE, EtlWerker


def test_a_run_in_the_worker_loads_the_folder_at_a_lower_priority(bron, warehouse, query):
    werker = EtlWerker()
    gelukt, melding, afgekeurd = werker.draai(bron, warehouse)
    assert gelukt and melding.startswith("geladen in"), melding
    assert query("select count(*) from medewerkers")[0][0] == 3 and afgekeurd == 0
    assert werker.pid is not None and werker.pid != os.getpid()
    eigen = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, werker.pid) == min(19, eigen + NICE)


def test_a_failed_run_says_why_in_dutch_and_a_killed_worker_is_replaced(bron, warehouse):
    werker = EtlWerker()
    gelukt, melding, _ = werker.draai(bron / "bestaat-niet", warehouse)
    assert not gelukt and "bestaat niet" in melding and "niet gewijzigd" in melding
    eerste = werker.pid
    assert eerste is not None
    os.kill(eerste, signal.SIGKILL)
    os.waitpid(eerste, 0)
    gelukt, melding, _ = werker.draai(bron, warehouse)
    assert gelukt, melding
    assert werker.pid not in (None, eerste)


def test_a_worker_started_ahead_does_the_first_run_itself(bron, warehouse, query, monkeypatch):
    """The served dashboard starts the worker before any form is sent (`klaarzetten`), so
    the first click does not pay for its start; the first run then uses that process."""
    # a worker of its own, not the one the tests of this process share (tests/conftest.py)
    monkeypatch.setattr(achtergrond, "EtlWerker", EtlWerker)
    runner = Achtergrond(bron, warehouse)
    werker = runner._werker
    assert werker.pid is None
    runner.klaarzetten()
    vooraf = werker.pid
    assert vooraf is not None and vooraf != os.getpid()
    runner.klaarzetten()  # a second call starts no second process
    assert werker.pid == vooraf
    uitkomst = runner.wacht(runner.vraag(), timeout=120)
    assert uitkomst is not None and uitkomst.gelukt, uitkomst
    assert werker.pid == vooraf
    assert query("select count(*) from medewerkers")[0][0] == 3
