"""Fixtures for the report tests: the real demo warehouse and PDFs the real command wrote.

The PDFs are made once per test run by the `proeftuin rapport` command, run in the test
process (its exit code and messages in a child process: test_fouten), and read back with pypdf.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dashboard.conftest import demo_warehouse, klein_warehouse  # noqa: F401
from tests.gedeeld import gedeelde_map
from tests.in_proces import run_in_process
from tests.report.pdf import Pdf


def rapport(warehouse: Path, uit: Path, periode: str, *extra: str) -> Pdf:
    """Run `proeftuin rapport` (in this process: what is tested is the PDF) and return the
    PDF it wrote (the run must succeed)."""
    resultaat = run_in_process(
        "rapport", "--warehouse", str(warehouse), "--periode", periode, "--uit", str(uit), *extra
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    assert "geschreven" in resultaat.stdout
    return Pdf(uit)


def _gedeeld_rapport(
    factory: pytest.TempPathFactory, warehouse: Path, naam: str, periode: str, *extra: str
) -> Pdf:
    """`rapport(...)` once per test run, shared by the xdist workers."""
    map_ = gedeelde_map(factory, naam, lambda m: rapport(warehouse, m / naam, periode, *extra))
    return Pdf(map_ / naam)


@pytest.fixture(scope="session")
def h1_rapport(demo_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Pdf:  # noqa: F811
    return _gedeeld_rapport(tmp_path_factory, demo_warehouse, "tussenstand-2012-H1.pdf", "2012-H1")


@pytest.fixture(scope="session")
def jaar_rapport(demo_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Pdf:  # noqa: F811
    return _gedeeld_rapport(tmp_path_factory, demo_warehouse, "tussenstand-2012.pdf", "2012")


@pytest.fixture(scope="session")
def alb_overzicht(demo_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Pdf:  # noqa: F811
    return _gedeeld_rapport(
        tmp_path_factory, demo_warehouse, "overzicht-alb-2012.pdf", "2012", "--gemeente", "ALB"
    )
