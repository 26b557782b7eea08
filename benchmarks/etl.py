"""Benchmark the full `proeftuin etl` against a bare DuckDB load of the same hour files.

Run from the repository root: `python -m benchmarks.etl [--sizes 1000000,10000000]
[--repeat 3,1] [--workdir benchmarks/out] [--profile]`.

Both loads run as child processes, measured alike (wall time and the child's max RSS via
`wait4`), so the ratio compares like with like: the bare load is DuckDB's own CSV reader
on the six `uren` files into a new database file, without validation, the other kinds,
views or checks. Targets (issue 26): the ETL within 1,5× the bare load at 1M registrations
and 2× at 10M, and under 3 GiB peak memory at 10M.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
from pathlib import Path

import duckdb

from benchmarks.common import (
    REPO,
    Measurement,
    add_common_options,
    check_ok,
    ensure_source,
    fmt_bytes,
    fmt_count,
    fmt_ratio,
    fmt_seconds,
    machine_info,
    machine_line,
    markdown_table,
    median,
    print_table,
    repeats_for,
    run_etl,
    run_measured,
    source_dir,
    source_files,
    verdict,
    warehouse_file,
    workdir,
    write_section,
)

MAX_RATIO = {1_000_000: 1.5, 10_000_000: 2.0}
"""The ETL's time / the bare load's, at most, per size (issue 26)."""
MAX_PEAK_BYTES = 3 * 1024**3
PEAK_AT = 10_000_000

BARE_LOAD = """
import json, sys, duckdb
files, target = json.loads(sys.argv[1]), sys.argv[2]
con = duckdb.connect(target)
con.execute(
    "create table uren as select * from read_csv(?, delim=';', decimal_separator=',',"
    " dateformat='%d-%m-%Y', header=true)",
    [files],
)
con.close()
"""

HEADERS = (
    "registrations",
    "runs",
    "demo-data",
    "bare load",
    "bare peak",
    "full ETL",
    "ETL peak",
    "ETL / bare",
    "rows bare / ETL",
    "target",
)


PROFILE_HEADERS = ("function", "time", "calls", "seconds", "share")


def bare_load(files: list[Path], target: Path) -> Measurement:
    """DuckDB's CSV reader on the hour files into a fresh database file, in a child."""
    target.unlink(missing_ok=True)
    cmd = [sys.executable, "-c", BARE_LOAD, json.dumps([str(f) for f in files]), str(target)]
    m = check_ok("bare load", run_measured(cmd))
    return m


def count_rows(database: Path, table: str) -> int:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def targets(n: int, ratio: float, etl_peak: int) -> str:
    """The targets that apply at this size, with their verdicts."""
    parts = []
    if n in MAX_RATIO:
        parts.append(f"≤ {fmt_ratio(MAX_RATIO[n])} bare: {verdict(ratio <= MAX_RATIO[n])}")
    if n >= PEAK_AT:
        parts.append(f"peak < {fmt_bytes(MAX_PEAK_BYTES)}: {verdict(etl_peak < MAX_PEAK_BYTES)}")
    return "; ".join(parts) or "–"


def startup(repeat: int = 3) -> str:
    """The fixed cost of starting each child: importing what it needs, nothing else."""
    imports = {"bare": "import duckdb", "ETL": "import proeftuin.cli, etl.load"}
    medians = {
        name: median(
            [
                check_ok(code, run_measured([sys.executable, "-c", code])).seconds
                for _ in range(repeat)
            ]
        )
        for name, code in imports.items()
    }
    return (
        f"Start-up alone (a child that only imports, median of {repeat}): bare "
        f"{fmt_seconds(medians['bare'])} (`import duckdb`), ETL "
        f"{fmt_seconds(medians['ETL'])} (`import proeftuin.cli, etl.load`); both are "
        "included in the times above."
    )


def bench_size(base: Path, n: int, repeat: int) -> list[str]:
    demo = ensure_source(base, n)
    files = source_files(source_dir(base, n), "uren")
    if not files:
        raise SystemExit(f"no uren CSV files in {source_dir(base, n)}")
    bare_db = base / f"r{n}" / "bare.duckdb"
    bare: list[Measurement] = []
    etl: list[Measurement] = []
    for _ in range(repeat):  # interleaved, so drift in the machine hits both alike
        bare.append(bare_load(files, bare_db))
        etl.append(run_etl(base, n))
    rows_bare = count_rows(bare_db, "uren")
    rows_etl = count_rows(warehouse_file(base, n), "uren")
    bare_db.unlink(missing_ok=True)
    bare_s = median([m.seconds for m in bare])
    etl_s = median([m.seconds for m in etl])
    etl_peak = max(m.max_rss_bytes for m in etl)
    return [
        fmt_count(n),
        str(repeat),
        fmt_seconds(demo.seconds) if demo else "reused",
        fmt_seconds(bare_s),
        fmt_bytes(max(m.max_rss_bytes for m in bare)),
        fmt_seconds(etl_s),
        fmt_bytes(etl_peak),
        fmt_ratio(etl_s / bare_s),
        f"{fmt_count(rows_bare)} / {fmt_count(rows_etl)}",
        targets(n, etl_s / bare_s, etl_peak),
    ]


def profile_etl(base: Path, n: int) -> pstats.Stats:
    """Profile one ETL run in-process with cProfile (the stats file stays in the workdir)."""
    from etl.load import run_etl as run_etl_api

    warehouse_file(base, n).unlink(missing_ok=True)
    profiler = cProfile.Profile()
    profiler.enable()
    run_etl_api(source_dir(base, n), warehouse_file(base, n), strict=False)
    profiler.disable()
    out = base / f"r{n}" / "etl.prof"
    profiler.dump_stats(out)
    buffer = io.StringIO()
    stats = pstats.Stats(str(out), stream=buffer)
    stats.sort_stats("tottime").print_stats(25)
    print(buffer.getvalue())
    return stats


def profile_rows(stats: pstats.Stats, top: int = 12) -> list[list[str]]:
    """The project's own functions by cumulative time, then the costliest library calls by
    own time (polars, DuckDB: native work shows up as the call that starts it)."""
    entries = stats.stats  # (file, line, function) -> (calls, ncalls, own, cumulative, _)
    total = max(ct for _, _, _, ct, _ in entries.values())
    own_code = [str(REPO / d) for d in ("etl", "warehouse", "proeftuin")]

    def where(key: tuple[str, int, str]) -> str:
        file, _, function = key
        path = Path(file)
        if path.is_relative_to(REPO):
            path = path.relative_to(REPO)
        elif "site-packages" in path.parts:
            path = Path(*path.parts[path.parts.index("site-packages") + 1 :])
        else:
            return function
        return f"{path.with_suffix('').as_posix().replace('/', '.')}.{function}"

    def row(key: tuple[str, int, str], seconds: float, kind: str) -> list[str]:
        calls = entries[key][1]
        return [where(key), kind, str(calls), fmt_seconds(seconds), f"{seconds / total:.0%}"]

    ours = [k for k in entries if k[0].startswith(tuple(own_code))]
    theirs = [k for k in entries if not k[0].startswith(tuple(own_code))]
    ours.sort(key=lambda k: -entries[k][3])
    theirs.sort(key=lambda k: -entries[k][2])
    return [row(k, entries[k][3], "cumulative") for k in ours[:top]] + [
        row(k, entries[k][2], "own") for k in theirs[:5]
    ]


def render(
    rows: list[list[str]],
    info: dict[str, str],
    repeats: list[int],
    start_up: str,
    profiled: int,
    profile: list[list[str]],
) -> str:
    notes = [
        "Both loads run as child processes; peak = the child's max RSS (`wait4`), the "
        "highest over its runs. *bare load* = `create table uren as select * from "
        "read_csv([the uren files], delim=';', decimal_separator=',', "
        "dateformat='%d-%m-%Y', header=true)` into a new DuckDB file; *full ETL* = "
        "`proeftuin etl` (all kinds, validation, views, checks, atomic swap). "
        "*demo-data* = one `proeftuin demo-data MAP --registraties N` run.",
    ]
    if any(r == 1 for r in repeats):
        notes.append("A size with 1 run reports that single run, not a median.")
    notes.append(start_up)
    return "\n\n".join(
        [
            "## ETL",
            f"Machine: {machine_line(info)}.",
            markdown_table(HEADERS, rows),
            *notes,
            "Targets (issue 26): full ETL ≤ "
            + " and ".join(
                f"{fmt_ratio(r)} the bare load at {fmt_count(n)}" for n, r in MAX_RATIO.items()
            )
            + f" registrations; peak memory < {fmt_bytes(MAX_PEAK_BYTES)} at "
            f"{fmt_count(PEAK_AT)}.",
            *(
                [
                    f"### Where the time goes at {fmt_count(profiled)} registrations",
                    "One in-process run under cProfile (`--profile`): the project's own "
                    "functions by cumulative time (nested, so they overlap), then the "
                    "costliest library calls by own time. *share* is of the whole run. "
                    "cProfile sees the main thread only: the warehouse prepared in a thread "
                    "while the folder is read (`Bouw.voorbereiden`) and the file readers "
                    "show as waiting (`acquire`).",
                    markdown_table(PROFILE_HEADERS, profile),
                ]
                if profile
                else []
            ),
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = add_common_options(
        argparse.ArgumentParser(description=__doc__.splitlines()[0]), "1000000,10000000", "3,1"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile one in-process ETL run at the first size (cProfile)",
    )
    args = parser.parse_args(argv)
    repeats = repeats_for(args.sizes, args.repeat)
    rows = []
    start_up = startup()
    print(start_up)
    with workdir(args.workdir) as base:
        for n, repeat in zip(args.sizes, repeats, strict=True):
            rows.append(bench_size(base, n, repeat))
            print_table("ETL benchmark", HEADERS, rows)
        profile = profile_rows(profile_etl(base, args.sizes[0])) if args.profile else []
    if profile:
        print_table(f"Where the time goes at {fmt_count(args.sizes[0])}", PROFILE_HEADERS, profile)
    info = machine_info()
    print(f"Machine: {machine_line(info)}")
    if not args.no_docs:
        write_section("etl", render(rows, info, repeats, start_up, args.sizes[0], profile))


if __name__ == "__main__":
    main()
