"""Shared test settings. Area fixtures live in tests/<area>/conftest.py.

The fast lane is `pytest -m "not slow"`: tests marked `slow` (a real browser, a big build,
many Hypothesis examples) run only in the full suite, which `.ci/run` runs.
"""

from __future__ import annotations

import pytest

from tests.hypothese import kies_profiel


def pytest_configure(config: pytest.Config) -> None:
    kies_profiel(config.getoption("markexpr") or "")


# Fixtures whose first use costs a big build: the real demo-data + ETL run (and the report
# PDFs drawn from it in Chromium). A test that uses one is slow, whatever it does itself.
GROTE_BOUW = {"demo_warehouse", "h1_rapport", "jaar_rapport", "alb_overzicht"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Out of the fast lane: a test that drives a real Chromium (`browser`), and one that
    needs a big build (`GROTE_BOUW`)."""
    for item in items:
        if item.get_closest_marker("browser") or GROTE_BOUW & set(
            getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.slow)
