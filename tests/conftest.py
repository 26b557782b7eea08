"""Shared test settings. Area fixtures live in tests/<area>/conftest.py.

The fast lane is `pytest -m "not slow"`: tests marked `slow` (a real browser, a big build,
many Hypothesis examples) run only in the full suite, which `.ci/run` runs.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.console import run_console_script
from tests.gedeeld import gedeelde_map
from tests.hypothese import kies_profiel
from warehouse.sjabloon import SJABLOON_ENV


def _bytecode_bewaren() -> None:
    """Keep the compiled test modules (pytest's assertion rewriting) and the project's
    modules between runs even where `PYTHONDONTWRITEBYTECODE` is set (as on the machine
    where the suite was measured): every run, and each xdist worker of it, otherwise
    rewrites and compiles all ~250 modules again, about half of collecting the tests
    (8,1 -> 4,5 CPU s per process). They go to `.pytest_cache/pyc` (`sys.pycache_prefix`),
    not beside the sources, so the checkout stays as the variable asked; a prefix the user
    chose is left alone."""
    if sys.dont_write_bytecode and sys.pycache_prefix is None:
        sys.pycache_prefix = str(Path(__file__).resolve().parent.parent / ".pytest_cache" / "pyc")
        sys.dont_write_bytecode = False


_bytecode_bewaren()


def pytest_configure(config: pytest.Config) -> None:
    kies_profiel(config.getoption("markexpr") or "")
    # pytest-xdist hands out the files with the most tests first unless told not to; the
    # order `pytest_collection_modifyitems` gives (the longest first) is what balances it
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False
    _sjabloonmap()


def pytest_runtest_setup(item: pytest.Item) -> None:
    """The shared Chromium (`browser`) is stopped before a test that does not use it:
    its event loop would stand in the way of one that runs its own."""
    if "browser" not in getattr(item, "fixturenames", ()):
        _stop_chromium()


def pytest_sessionfinish() -> None:
    _stop_chromium()


def _stop_chromium() -> None:
    chromium = sys.modules.get("tests.dashboard.chromium")  # imported only by browser tests
    if chromium is not None:
        chromium.GEDEELD.stop()


def _sjabloonmap() -> None:
    """Every build of this run (~450: each ETL run and hand-built warehouse, also in the
    xdist workers and the child processes, which inherit the variable) starts from one
    template of tables, views and macros (`warehouse.sjabloon`) instead of creating them
    (~0,5 CPU s each). The process that makes the folder removes it at its end."""
    if not os.environ.get(SJABLOON_ENV):
        map_ = tempfile.mkdtemp(prefix="proeftuin-sjabloon-")
        atexit.register(shutil.rmtree, map_, ignore_errors=True)
        os.environ[SJABLOON_ENV] = map_


# Test files that are slow as a whole, with why: each of their tests runs the ETL or the
# report in a child process, or renders every page once more. Kept here, in one list, so
# the fast lane's content is one decision and no test file needs a marker for it.
TRAGE_BESTANDEN = {
    "tests/hostile/test_files.py": "hostile folders loaded in a child process, each run measured",
    "tests/hostile/test_runs.py": "concurrent, interrupted and failing ETL runs in child processes",
    "tests/dashboard/test_toegankelijkheid.py": "every page rendered again for each check",
    "tests/dashboard/test_sparse_data.py": "every page rendered again on a second warehouse",
    "tests/dashboard/test_platform.py": "form, ETL run and page, several times per test",
    "tests/dashboard/test_levensloop.py": "form, ETL run and page, several times per test",
    "tests/dashboard/test_levensloop_dubbel.py": "each step clicked on two screens, ETL runs",
    "tests/report/test_fouten.py": "the rapport command in a child process per case",
}
# Single tests that are slow alone (their node ids).
TRAGE_TESTS = {
    # twenty writer processes at once
    "tests/etl/test_platform_writer.py::"
    "test_twenty_concurrent_submissions_give_twenty_rows_and_a_valid_csv",
    # a writer killed in the middle of a write
    "tests/etl/test_platform_writer.py::test_kill_9_during_a_write_leaves_the_previous_file_intact",
    # `proeftuin demo` twice in a child, each until its dashboard answers (~8 CPU s); the
    # fast lane keeps the same decision in-process:
    # test_an_entry_is_found_and_kept_without_a_terminal
    "tests/proeftuin/test_demo_invoer.py::test_the_demo_command_run_again_keeps_the_entry",
}

# The files that took longest in a full run (7 December 2026, session 14's quiet run after
# its merges, `--junitxml`), longest first:
# xdist starts them first, so no long file starts last while the other worker idles.
# Only an order: a file missing here runs all the same, after these.
LANGSTE_BESTANDEN = [
    "tests/dashboard/test_login_browser.py",
    "tests/dashboard/test_browser.py",
    "tests/dashboard/test_browser_levensloop.py",
    "tests/dashboard/test_browser_medewerkerszijde.py",
    "tests/dashboard/test_browser_platform.py",
    "tests/vaststelling/test_vaststellen.py",
    "tests/dashboard/test_platform.py",
    "tests/dashboard/test_levensloop.py",
    "tests/benchmarks/test_browser_visits.py",
    "tests/hostile/test_browser_hostile.py",
    "tests/dashboard/test_levensloop_dubbel.py",
    "tests/etl/test_platform_writer.py",
    "tests/sql/test_properties.py",
    "tests/dashboard/test_pages.py",
    "tests/dashboard/test_browser_gebruik.py",
    "tests/hostile/test_runs.py",
]

# Fixtures whose first use costs a big build: the real demo-data + ETL run (and the report
# PDFs drawn from it in Chromium). A test that uses one is slow, whatever it does itself.
GROTE_BOUW = {"demo_basis", "demo_warehouse", "h1_rapport", "jaar_rapport", "alb_overzicht"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Out of the fast lane: a test that drives a real Chromium (`browser`), one that needs
    a big build (`GROTE_BOUW`), and the files and tests listed above.

    Then `LANGSTE_BESTANDEN`, then the other files with a browser test, the files with
    another slow test next, each file whole and in its own order (a stable sort):
    pytest-xdist (`--dist loadfile`, its reordering by number of tests switched off in
    `pytest_configure`) hands out the files in this order, so the longest start at once
    and the short ones fill the gaps at the end, instead of one long walk starting last
    while the other worker idles."""
    for item in items:
        if (
            item.get_closest_marker("browser")
            or GROTE_BOUW & set(getattr(item, "fixturenames", ()))
            or item.nodeid.split("::")[0] in TRAGE_BESTANDEN
            or item.nodeid.split("[")[0] in TRAGE_TESTS
        ):
            item.add_marker(pytest.mark.slow)
    rang: dict[str, int] = {}
    for item in items:
        bestand = item.nodeid.split("::")[0]
        soort = (
            0 if item.get_closest_marker("browser") else 1 if item.get_closest_marker("slow") else 2
        )
        rang[bestand] = min(rang.get(bestand, 2), soort)
    for i, bestand in enumerate(LANGSTE_BESTANDEN):
        if bestand in rang:
            rang[bestand] = i - len(LANGSTE_BESTANDEN)
    items.sort(key=lambda item: rang[item.nodeid.split("::")[0]])


class _EenWerker:
    """The one background ETL worker (`invoer.etl_werker`) of this test process, for every
    runner (`invoer.achtergrond.Achtergrond`) a test makes; one run at a time."""

    def __init__(self, werker: object) -> None:
        self._werker, self._slot = werker, threading.Lock()

    def draai(self, source: Path, warehouse: Path) -> tuple[bool, str, int]:
        with self._slot:  # a runner of an earlier test may still be busy
            return self._werker.draai(source, warehouse)

    def start(self) -> None:
        """`Achtergrond.klaarzetten`: the shared process is started once."""
        with self._slot:
            self._werker.start()


@pytest.fixture(autouse=True, scope="session")
def _een_etl_werker() -> Iterator[None]:
    """Every background runner of the test process shares one worker process. A dashboard
    has one runner (one source folder, one warehouse), so one worker; the tests make a
    runner per test (each its own tmp folder), and each started a worker of its own that
    lived until the end of the run: ~1 CPU s of imports each, uncounted (pytest never
    waits for it), and its memory. Only where a test of this process loads (`etl.load`
    imported): elsewhere importing it would cost more than it saves."""
    if "etl.load" not in sys.modules:
        yield
        return
    from invoer import achtergrond
    from invoer.etl_werker import EtlWerker

    een = _EenWerker(EtlWerker())
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(achtergrond, "EtlWerker", lambda: een)
        yield


# Builds shared by every test run (and its xdist workers), here so that every folder's
# tests find them (tests/report reuses the dashboard's fixtures).
@pytest.fixture(scope="session")
def klein_origineel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`bouw_warehouse` once per test run (shared by the xdist workers); only copied."""
    return gedeelde_map(tmp_path_factory, "klein", lambda m: _bouw_klein(m / "proeftuin.duckdb"))


def _bouw_demo(basis: Path) -> None:
    for stap in (
        ["demo-data", str(basis / "bron"), "--jaar", "2012"],
        ["etl", "--source", str(basis / "bron"), "--warehouse", str(basis / "proeftuin.duckdb")],
    ):
        resultaat = run_console_script(*stap)
        assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr


@pytest.fixture(scope="session")
def demo_basis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with `bron/`, the real demo source folder, and `proeftuin.duckdb`, it
    loaded by the real ETL (once per test run, shared by the xdist workers: tests only
    read it, or copy it to write: `demo_kopie`)."""
    return gedeelde_map(tmp_path_factory, "demo", _bouw_demo)


@pytest.fixture
def browser():
    """Debian's Chromium, one per test process (`tests.dashboard.chromium.GEDEELD`):
    the test opens its pages in contexts of its own (`new_page`, `new_context`), and every
    context it left open is closed after it."""
    from tests.dashboard.chromium import GEDEELD, vereis_chromium

    vereis_chromium()
    gedeeld = GEDEELD.browser()
    yield gedeeld
    for context in gedeeld.contexts:
        context.close()


def _bouw_klein(path: Path) -> Path:
    from tests.dashboard.bouw import bouw_warehouse  # Streamlit's AppTest: only when used

    return bouw_warehouse(path)
