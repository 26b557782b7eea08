"""Benchmark `proeftuin rapport`: the year report on the demo data and on 1M registrations.

Run from the repository root: `python -m benchmarks.rapport [--sizes 1000000] [--repeat 3]
[--workdir benchmarks/out]`. The demo folder of `proeftuin demo-data` is always measured
first (as often as the largest `--repeat`), then each size of `--sizes`.

Each run is the whole command in a child process, as a controller runs it: start-up,
the queries, matplotlib drawing the charts (in the process: no browser, no chart cache),
Typst setting the PDF, the atomic write; wall time and CPU time (user + system, the child
and its awaited children). The baseline is the fixed cost of the same stack measured the
same way: a child process that starts Python and has Typst set a one-line PDF (until
session 13 it also started Chromium through kaleido, as the report then did). Targets:
the demo year report < 2 s, the 1M one < 15 s.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.common import (
    Measurement,
    add_common_options,
    check_ok,
    ensure_warehouse,
    fmt_count,
    fmt_ratio,
    fmt_seconds,
    machine_info,
    machine_line,
    markdown_table,
    median,
    print_table,
    proeftuin_cmd,
    repeats_for,
    run_measured,
    verdict,
    workdir,
    write_section,
)

PERIODE = "2012"
DEMO = 0  # the demo data, not a generated size
TARGETS_S = {DEMO: 2.0}  # every generated size: MAX_S
MAX_S = 15.0
HEADERS = (
    "data",
    "report",
    "report CPU",
    "stack baseline",
    "baseline CPU",
    "report × baseline",
    "CPU × baseline CPU",
    "PDF pages",
    "target",
)
BASELINE = """
import typst, tempfile, pathlib
with tempfile.TemporaryDirectory() as d:
    (pathlib.Path(d) / "a.typ").write_text('#set text(lang: "nl")\\nTussenstand')
    typst.compile(str(pathlib.Path(d) / "a.typ"))
"""


def demo_warehouse(base: Path) -> Path:
    """The demo source folder (`proeftuin demo-data`) loaded by the ETL, reused when kept."""
    folder, target = base / "demo" / "bron", base / "demo" / "proeftuin.duckdb"
    if not target.is_file():
        folder.parent.mkdir(parents=True, exist_ok=True)
        check_ok(
            "demo-data", run_measured(proeftuin_cmd("demo-data", str(folder), "--jaar", PERIODE))
        )
        etl = proeftuin_cmd("etl", "--source", str(folder), "--warehouse", str(target))
        check_ok("etl demo", run_measured(etl))
    return target


def rapport_run(cmd: list[str], n: int) -> Measurement:
    """One measured report run."""
    return check_ok(f"rapport {n}", run_measured(cmd))


def pages(pdf: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(pdf).pages)


def main(argv: list[str] | None = None) -> None:
    parser = add_common_options(
        argparse.ArgumentParser(description=__doc__.splitlines()[0]), "1000000", "3"
    )
    args = parser.parse_args(argv)
    repeats = repeats_for(args.sizes, args.repeat)
    # The demo data once, first (with its own --repeat when `demo` is among the sizes).
    gevraagd = dict(zip(args.sizes, repeats, strict=True))
    subjects = [(DEMO, gevraagd.pop(DEMO, max(repeats))), *gevraagd.items()]
    rows, missed = [], 0
    with workdir(args.workdir) as base:
        basis = [
            check_ok("baseline", run_measured([sys.executable, "-c", BASELINE]))
            for _ in range(max(repeats))
        ]
        baseline = median([m.seconds for m in basis])
        baseline_cpu = median([m.cpu_seconds for m in basis])
        for n, repeat in subjects:
            warehouse = demo_warehouse(base) if n == DEMO else ensure_warehouse(base, n)
            uit = base / f"tussenstand-{n}.pdf"
            cmd = proeftuin_cmd(
                "rapport", "--warehouse", str(warehouse), "--periode", PERIODE, "--uit", str(uit)
            )
            runs = [rapport_run(cmd, n) for _ in range(repeat)]
            wall = median([m.seconds for m in runs])
            cpu = median([m.cpu_seconds for m in runs])
            limit = TARGETS_S.get(n, MAX_S)
            ok = wall < limit
            missed += not ok
            rows.append(
                [
                    "demo data" if n == DEMO else f"{fmt_count(n)} registrations",
                    fmt_seconds(wall),
                    fmt_seconds(cpu),
                    fmt_seconds(baseline),
                    fmt_seconds(baseline_cpu),
                    fmt_ratio(wall / baseline),
                    fmt_ratio(cpu / baseline_cpu),
                    str(pages(uit)),
                    f"< {limit:.0f} s: {verdict(ok)}",
                ]
            )
    title = f"Year report ({PERIODE}), median of {max(repeats)} runs"
    print_table(title, HEADERS, rows)
    info = machine_info()
    print(f"Machine: {machine_line(info)}")
    parts = [
        "## Report (proeftuin rapport)",
        f"Machine: {machine_line(info)}.",
        f"### {title}",
        markdown_table(HEADERS, rows),
        f"Targets missed: {missed} of {len(rows)}.",
        "Each run is the whole `proeftuin rapport --periode 2012` in a child process "
        "(start-up, queries, matplotlib drawing the charts in the process, Typst setting the "
        "PDF, the atomic write); there is no browser and no chart cache, so every run is a "
        "first run. *CPU* = user + system time of the child. *stack baseline* = a child "
        "process that starts Python and has Typst set a one-line PDF.",
    ]
    if not args.no_docs:
        write_section("rapport", "\n\n".join(parts))


if __name__ == "__main__":
    main()
