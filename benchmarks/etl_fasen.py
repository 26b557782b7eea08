"""What one ETL run is made of: wall and CPU time per phase, in one process.

Run from the repository root: `python -m benchmarks.etl_fasen [--sizes 1000000]
[--workdir benchmarks/out]`. Prints a table; writes nothing to docs/benchmarks.md (the
numbers of 07-12-2026 are in its section "The shape of the build (h54)").

Why a timer around each phase instead of cProfile (`benchmarks.etl --profile`): cProfile
sees only the main thread and slows Python down, while the question here is how much of
each phase's wall time keeps both cores busy. CPU is `time.process_time()`, which counts
every thread of the process (the readers, DuckDB's workers, the warehouse prepared in a
thread while the folder is read), so *cores* = CPU / wall of that phase. The phases are
the functions `etl.load` and `warehouse.build` call by their module's name, wrapped
before the run; nested ones (the checks inside `werkbank_en_controles`) overlap.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from benchmarks.common import (
    add_common_options,
    ensure_source,
    print_table,
    source_dir,
    warehouse_file,
    workdir,
)

HEADERS = ("phase", "starts at", "wall", "CPU", "cores")


def _wrap(module: ModuleType | type, name: str, rows: list[list[str]], t0: float) -> None:
    """Replace `module.name` by itself with a timer that appends a row per call."""
    original: Callable = getattr(module, name)

    def timed(*args: object, **kwargs: object) -> object:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            w, c = time.perf_counter() - wall, time.process_time() - cpu
            rows.append([name, f"{wall - t0:.3f} s", f"{w:.3f} s", f"{c:.3f} s", f"{c / w:.1f}"])

    setattr(module, name, timed)


def fasen(source: Path, warehouse: Path) -> list[list[str]]:
    """One in-process run of `source` into a fresh `warehouse`, a row per phase."""
    t0, cpu0 = time.perf_counter(), time.process_time()
    import etl.load as load  # timed: the imports are the run's start-up
    import proeftuin.cli  # noqa: F401  (what the command imports too)
    import warehouse.build as build

    rows = [
        [
            "imports (proeftuin.cli, etl.load)",
            "0.000 s",
            f"{time.perf_counter() - t0:.3f} s",
            f"{time.process_time() - cpu0:.3f} s",
            "",
        ]
    ]
    for name in ("read_folder", "validate", "_results", "_write_rejection_list"):
        _wrap(load, name, rows, t0)
    for name in ("voorbereiden", "afmaken"):
        _wrap(build.Bouw, name, rows, t0)
    for name in ("load_tables", "load_vastgesteld", "materialise_marts"):
        _wrap(build, name, rows, t0)
    for name in ("werkbank_en_controles", "vul_werkbank", "run_checks", "measure_run"):
        _wrap(build, name, rows, t0)
    warehouse.unlink(missing_ok=True)
    wall, cpu = time.perf_counter(), time.process_time()
    load.run_etl(source, warehouse)
    w, c = time.perf_counter() - wall, time.process_time() - cpu
    rows.append(["run_etl", f"{wall - t0:.3f} s", f"{w:.3f} s", f"{c:.3f} s", f"{c / w:.1f}"])
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = add_common_options(
        argparse.ArgumentParser(description=__doc__.splitlines()[0]), "1000000", "1"
    )
    args = parser.parse_args(argv)
    n = args.sizes[0]
    with workdir(args.workdir) as base:
        ensure_source(base, n)
        rows = fasen(source_dir(base, n), warehouse_file(base, n))
    print_table(f"ETL phases, {n} registrations (afmaken = insert to swap)", HEADERS, rows)


if __name__ == "__main__":
    main()
