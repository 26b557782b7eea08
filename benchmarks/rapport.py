"""Benchmark `proeftuin rapport`: the year report on the demo data and on 1M registrations.

Run from the repository root: `python -m benchmarks.rapport [--sizes 1000000] [--repeat 3]
[--workdir benchmarks/out]`. The demo folder of `proeftuin demo-data` is always measured
first (as often as the largest `--repeat`), then each size of `--sizes`.

Each run is the whole command in a child process, as a controller runs it: start-up,
the queries, Chromium drawing the charts, Typst setting the PDF, the atomic write. The
report keeps the charts it drew in a cache (`report.grafieken`), so each size is measured
twice: *first* with an empty chart cache (a fresh folder per run: Chromium draws every
chart), *again* with the cache of an earlier, untimed run of the same report (no
browser). The baseline is the fixed cost of the same stack measured the same way: a child
process that starts Chromium through kaleido for one empty figure and has Typst set a
one-line PDF. Targets: the demo year report < 2 s, the 1M one < 15 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
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
from report.grafieken import CACHE_ENV

PERIODE = "2012"
DEMO = 0  # the demo data, not a generated size
TARGETS_S = {DEMO: 2.0}  # every generated size: MAX_S
MAX_S = 15.0
HEADERS = (
    "data",
    "first (empty chart cache)",
    "again (charts cached)",
    "first after a load (drawn ahead)",
    "drawing ahead (background)",
    "stack baseline",
    "first × baseline",
    "again × baseline",
    "PDF pages",
    "target",
)
BASELINE = """
import asyncio, kaleido, plotly.graph_objects as go, typst, tempfile, pathlib
async def main():
    async with kaleido.Kaleido(n=1, mathjax=False) as k:
        await k.calc_fig(go.Figure(), opts={"format": "svg"})
asyncio.run(main())
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


def rapport_run(cmd: list[str], n: int, cache: Path) -> Measurement:
    """One measured report run whose chart cache is the folder `cache`."""
    env = os.environ | {CACHE_ENV: str(cache)}
    return check_ok(f"rapport {n}", run_measured(cmd, env=env))


def vooraf_run(warehouse: Path, n: int, cache: Path) -> Measurement:
    """What `proeftuin etl` starts in the background after its swap (`report.voorteken`):
    the standard reports' charts drawn into the folder `cache`."""
    cmd = [sys.executable, "-m", "report.voorteken", str(warehouse)]
    return check_ok(f"voorteken {n}", run_measured(cmd, env=os.environ | {CACHE_ENV: str(cache)}))


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
        baseline = median(
            [
                check_ok("baseline", run_measured([sys.executable, "-c", BASELINE])).seconds
                for _ in range(max(repeats))
            ]
        )
        for n, repeat in subjects:
            warehouse = demo_warehouse(base) if n == DEMO else ensure_warehouse(base, n)
            uit = base / f"tussenstand-{n}.pdf"
            cmd = proeftuin_cmd(
                "rapport", "--warehouse", str(warehouse), "--periode", PERIODE, "--uit", str(uit)
            )
            with tempfile.TemporaryDirectory(prefix="proeftuin-grafieken-") as cache:
                eerst = median(
                    [rapport_run(cmd, n, Path(cache) / str(i)).seconds for i in range(repeat)]
                )
                rapport_run(cmd, n, Path(cache) / "warm")  # fills the cache, untimed
                weer = median(
                    [rapport_run(cmd, n, Path(cache) / "warm").seconds for _ in range(repeat)]
                )
                vooraf, na_laden = [], []
                for i in range(repeat):
                    map_ = Path(cache) / f"vooraf-{i}"
                    vooraf.append(vooraf_run(warehouse, n, map_).seconds)
                    na_laden.append(rapport_run(cmd, n, map_).seconds)
                vooraf_s, na_laden_s = median(vooraf), median(na_laden)
            limit = TARGETS_S.get(n, MAX_S)
            ok_eerst, ok_weer, ok_na = eerst < limit, weer < limit, na_laden_s < limit
            missed += (not ok_eerst) + (not ok_weer) + (not ok_na)
            rows.append(
                [
                    "demo data" if n == DEMO else f"{fmt_count(n)} registrations",
                    fmt_seconds(eerst),
                    fmt_seconds(weer),
                    fmt_seconds(na_laden_s),
                    fmt_seconds(vooraf_s),
                    fmt_seconds(baseline),
                    fmt_ratio(eerst / baseline),
                    fmt_ratio(weer / baseline),
                    str(pages(uit)),
                    f"< {limit:.0f} s: first {verdict(ok_eerst)}, again {verdict(ok_weer)}, "
                    f"after a load {verdict(ok_na)}",
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
        f"Targets missed: {missed} of {3 * len(rows)}.",
        "Each run is the whole `proeftuin rapport --periode 2012` in a child process "
        "(start-up, queries, Chromium drawing the charts through kaleido, Typst setting the "
        "PDF, the atomic write). *first* = with an empty chart cache (`PROEFTUIN_CACHE` a "
        "new folder each run), so Chromium starts and draws every chart; *again* = with the "
        "charts of an earlier run of the same report in the cache, so no browser starts; "
        "*first after a load* = the first report of a new warehouse build once the drawing "
        "that `proeftuin etl` starts in the background after its swap (`report.voorteken`: "
        "the standard reports' charts, in a child process of lowest priority) has finished; "
        "*drawing ahead* = that background child's own time, which the ETL does not wait for "
        "(measured here on its own, with a new chart folder each run). "
        "*stack baseline* = a child process that starts Chromium through kaleido for one "
        "empty figure and has Typst set a one-line PDF.",
    ]
    if not args.no_docs:
        write_section("rapport", "\n\n".join(parts))


if __name__ == "__main__":
    main()
