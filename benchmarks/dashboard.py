"""Benchmark every dashboard page, cold and warm, with Streamlit's AppTest.

Run from the repository root: `python -m benchmarks.dashboard [--sizes 1000000]
[--repeat 5] [--workdir benchmarks/out]`.

Each page of `dashboard/pages/*.py` is run through `dashboard/app.py` (so the shared
sidebar and the warehouse check count too), in the benchmark's own process. *cold* = the
first run in a fresh AppTest after `st.cache_data.clear()` and `st.cache_resource.clear()`;
*warm* = a rerun of that AppTest. Before measuring, every page runs once, so imports and
opening the warehouse are not counted. The baseline is a one-line page (`st.write`)
measured the same way in the same run. Targets: warm < 300 ms, cold < 2 s per page; the
Werkbank page (the MT's, with kandidaten of 2.000 employees at 1M registrations) has
the same warm target.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from benchmarks.common import (
    add_common_options,
    ensure_warehouse,
    fmt_count,
    fmt_ratio,
    fmt_seconds,
    markdown_table,
    median,
    print_table,
    publish,
    repeats_for,
    timed,
    verdict,
    workdir,
)
from warehouse.settings import WAREHOUSE_ENV

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PAGES = APP.parent / "pages"
EMPTY = "(empty page)"
EMPTY_PAGE = 'import streamlit as st\n\nst.write("leeg")\n'
TIMEOUT_S = 300
MAX_WARM_S = 0.3
MAX_COLD_S = 2.0
HEADERS = ("page", "cold", "warm", "cold × empty", "warm × empty", "target")


@contextmanager
def quiet() -> Iterator[None]:
    """Silence the warning Streamlit logs for every AppTest made and cache cleared outside
    a script run (untimed set-up only)."""
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def pages() -> list[str]:
    """The page files, relative to the app script (as `AppTest.switch_page` wants them)."""
    return [f"pages/{p.name}" for p in sorted(PAGES.glob("*.py")) if p.name != "__init__.py"]


def page_app(page: str) -> Callable[[], AppTest]:
    """A factory of fresh AppTests that open `page` through the app."""

    def make() -> AppTest:
        return AppTest.from_file(str(APP), default_timeout=TIMEOUT_S).switch_page(page)

    return make


def empty_app() -> AppTest:
    return AppTest.from_string(EMPTY_PAGE, default_timeout=TIMEOUT_S)


class PageFailed(RuntimeError):
    """A page raised: it is reported as an error, never timed as if it were fast."""


def run_checked(at: AppTest) -> None:
    at.run()
    if at.exception:
        raise PageFailed(at.exception[0].message.splitlines()[0])


def cold_and_warm(make: Callable[[], AppTest]) -> tuple[float, float]:
    """Seconds of the first run of a fresh AppTest with empty caches, and of its rerun."""
    with quiet():
        st.cache_data.clear()
        st.cache_resource.clear()
        at = make()
    cold, _ = timed(run_checked, at)
    warm, _ = timed(run_checked, at)
    return cold, warm


def bench_size(repeat: int) -> tuple[list[list[str]], int]:
    """Rows of the table (empty page first) and the number of pages that miss a target."""
    subjects = {EMPTY: empty_app} | {p: page_app(p) for p in pages()}
    failed: dict[str, str] = {}
    for name, make in subjects.items():  # warm the process: imports, the connection
        try:
            with quiet():
                at = make()
            run_checked(at)
        except PageFailed as exc:
            failed[name] = str(exc)
    if EMPTY in failed:
        raise SystemExit(f"even the empty page fails: {failed[EMPTY]}")
    samples: dict[str, tuple[list[float], list[float]]] = {
        name: ([], []) for name in subjects if name not in failed
    }
    for _ in range(repeat):
        for name, (colds, warms) in samples.items():
            cold, warm = cold_and_warm(subjects[name])
            colds.append(cold)
            warms.append(warm)
    empty_cold, empty_warm = (median(s) for s in samples[EMPTY])
    rows, missed = [], len(failed)
    for name, (colds, warms) in samples.items():
        cold, warm = median(colds), median(warms)
        ok = cold < MAX_COLD_S and warm < MAX_WARM_S
        missed += name != EMPTY and not ok
        target = f"warm < 300 ms, cold < 2 s: {verdict(ok)}" if name != EMPTY else "–"
        rows.append(
            [
                name,
                fmt_seconds(cold),
                fmt_seconds(warm),
                fmt_ratio(cold / empty_cold),
                fmt_ratio(warm / empty_warm),
                target,
            ]
        )
    rows += [[name, "–", "–", "–", "–", f"ERROR: {reason}"] for name, reason in failed.items()]
    return rows, missed


def main(argv: list[str] | None = None) -> None:
    parser = add_common_options(
        argparse.ArgumentParser(description=__doc__.splitlines()[0]), "1000000", "5"
    )
    args = parser.parse_args(argv)
    repeats = repeats_for(args.sizes, args.repeat)
    parts = ["## Dashboard pages"]
    with workdir(args.workdir) as base:
        for n, repeat in zip(args.sizes, repeats, strict=True):
            os.environ[WAREHOUSE_ENV] = str(ensure_warehouse(base, n))
            rows, missed = bench_size(repeat)
            title = f"{fmt_count(n)} registrations, median of {repeat} runs"
            print_table(title, HEADERS, rows)
            parts += [f"### {title}", markdown_table(HEADERS, rows)]
            parts.append(f"Targets missed: {missed} of {len(rows) - 1} pages.")
    parts.append(
        "Measured with `streamlit.testing.v1.AppTest` in one process, each page opened "
        "through `dashboard/app.py`. *cold* = first run of a fresh AppTest after clearing "
        "`st.cache_data` and `st.cache_resource`; *warm* = its rerun. Every page ran once "
        "before measuring (imports, opening the warehouse). *× empty* compares with a "
        "one-line `st.write` page measured alike, i.e. AppTest's own overhead."
    )
    publish("dashboard", parts, args.no_docs)


if __name__ == "__main__":
    main()
