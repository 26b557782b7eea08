"""Benchmark several boekjaren in one warehouse: the ETL, and one boekjaar's views and macros.

Run from the repository root: `python -m benchmarks.boekjaren [--sizes 1000000]
[--jaren 5] [--repeat 3] [--view-repeat 5] [--workdir benchmarks/out]`.

`--sizes` is the number of registrations *per boekjaar*. Three warehouses are built from
demo folders: one boekjaar (2012, the `r{N}` folder the other scripts use), `--jaren`
consecutive boekjaren (2012 and the years after it, each with as many registrations, made
by the demo's own synthetic generator with its dates moved to that year), and the same
folder with every boekjaar but the last vastgesteld (`stel_vast` on each quarter, then the
year), so the build reads the frozen Parquet folders back. Each ETL is measured against a
bare DuckDB load of the same hour files in the same run (target: ≤ 2× bare). Each interface
view and peildatum macro is then timed for ONE boekjaar in every warehouse, so the table
shows whether a page's query slows down as years accumulate (target: every query under
100 ms per million registrations of that one boekjaar).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from benchmarks.common import (
    Measurement,
    add_common_options,
    ensure_source,
    fmt_bytes,
    fmt_count,
    fmt_ratio,
    fmt_seconds,
    markdown_table,
    median,
    print_table,
    publish,
    repeats_for,
    run_etl_into,
    source_dir,
    source_files,
    timed,
    verdict,
    warehouse_file,
    workdir,
)
from benchmarks.etl import bare_load, count_rows
from benchmarks.views import Query, discover, time_query
from demo import files as f
from demo.frames import geldinbreng_frame, opdrachten, opdrachten_frame
from demo.generate import SCHAAL_UREN
from demo.hours import URENKOLOMMEN, synthetische_uren
from demo.kalender import Kalender, werkdagen
from demo.model import GEMEENTEN, MAPPEN
from dutch.format import datum
from report.periode import lees_periode
from vaststelling.besluit import stel_vast
from warehouse.connect import connect_readonly

EERSTE_JAAR = 2012
SECONDS_PER_MILLION = 0.1
MAX_RATIO = 2.0  # the ETL's time / the bare load's, at most (issue 19, item 7)
PEILDAG = (6, 30)  # the macros' peildatum: 30 June of the boekjaar measured
PER_JAAR = frozenset({"medewerker_uren_per_maand"})
"""Views that hold every year with the calendar year in `jaar` (a boekjaar is a calendar
year) instead of a `boekjaar` column: asked `where jaar = …`, as one boekjaar's rows."""
DOOR = "benchmark"
ETL_HEADERS = (
    "warehouse",
    "registrations",
    "runs",
    "bare load",
    "full ETL",
    "ETL peak",
    "ETL / bare",
    "rows bare / ETL",
    "target",
)


@dataclass(frozen=True)
class Case:
    """One warehouse of the benchmark and the boekjaren its queries are timed for."""

    label: str
    source: Path
    warehouse: Path
    boekjaren: int
    vastgesteld: int = 0


def jaar_dagen(jaar: int) -> list[str]:
    """The working days of `jaar` as the demo writes them (dd-mm-jjjj): weekdays."""
    begin, einde = date(jaar, 1, 1), date(jaar, 12, 31)
    dagen = (date.fromordinal(d) for d in range(begin.toordinal(), einde.toordinal() + 1))
    return [datum(d) for d in dagen if d.weekday() < 5]


def verschuif(jaar: int) -> dict[str, str]:
    """Each 2012 working day of the synthetic generator -> a working day of `jaar`, spread
    over the whole year and one-to-one, so no employee gets two days' hours on one day."""
    eerste = werkdagen(date(EERSTE_JAAR, 1, 1), date(EERSTE_JAAR, 12, 31), EERSTE_JAAR)
    bron = [datum(d) for d in eerste]
    doel = jaar_dagen(jaar)
    if len(doel) < len(bron):
        raise SystemExit(f"{jaar} has fewer working days than {EERSTE_JAAR}")
    return {d: doel[i * len(doel) // len(bron)] for i, d in enumerate(bron)}


def schrijf_jaar(folder: Path, n: int, jaar: int) -> None:
    """One more boekjaar in a demo folder: `n` synthetic registrations dated in `jaar`
    (own ids, own seed; the 2012 staff file covers them) and the geldinbreng moved there."""
    plan = Kalender(EERSTE_JAAR)
    actief = opdrachten_frame(opdrachten(plan)).filter(
        pl.col("status").is_in(["lopend", "afgerond"])
    )
    _, uren = synthetische_uren(n, actief["opdracht_id"].to_list(), seed=jaar, jaar=EERSTE_JAAR)
    uren = uren.with_columns(
        datum=pl.col("datum").replace_strict(verschuif(jaar)),
        registratie_id=pl.lit(f"J{jaar}") + pl.col("registratie_id"),
    )
    for g in GEMEENTEN:
        rijen = uren.filter(pl.col("gemeente") == g).select(URENKOLOMMEN)
        pad = folder / MAPPEN[g] / SCHAAL_UREN.format(jaar=jaar)
        pad.parent.mkdir(parents=True, exist_ok=True)
        rijen.write_csv(pad, separator=";", line_terminator="\r\n")
        geld = geldinbreng_frame(g, plan)
        if geld.height:
            geld = geld.with_columns(pl.col("datum").dt.offset_by(f"{jaar - EERSTE_JAAR}y"))
            tekst = f.als_tekst(geld, f.NL_1252, bedragen=("bedrag_eur",))
            f.schrijf_csv(folder / MAPPEN[g] / f"geldinbreng_{jaar}.csv", tekst, f.NL_1252)


def ensure_meerjarig(base: Path, n: int, jaren: int) -> Case:
    """The folder of `jaren` boekjaren of `n` registrations each (reused when kept)."""
    ensure_source(base, n)
    root = base / f"r{n}x{jaren}"
    case = Case(f"{jaren} boekjaren", root / "bron", root / "proeftuin.duckdb", jaren)
    done = root / "bron.klaar"
    if not done.is_file():
        shutil.rmtree(case.source, ignore_errors=True)
        shutil.copytree(source_dir(base, n), case.source)
        for jaar in range(EERSTE_JAAR + 1, EERSTE_JAAR + jaren):
            schrijf_jaar(case.source, n, jaar)
        done.touch()
    return case


def ensure_vastgesteld(base: Path, meerjarig: Case) -> tuple[Case, list[float]]:
    """A copy of the multi-year folder with every boekjaar but the last vastgesteld as a
    year (which freezes its four quarter ends), with an ETL run before each vaststelling.

    Not K1..K4 and then the year: the build then holds the quarter-end figures of both
    vaststellingen and its checks fail (duplicated frozen rows), reported in issue #19.

    Returns the case and the seconds of each `stel_vast` (kept in the done marker, so a
    reused folder still reports them).
    """
    root = meerjarig.source.parent.with_name(meerjarig.source.parent.name + "v")
    jaren = range(EERSTE_JAAR, EERSTE_JAAR + meerjarig.boekjaren - 1)
    case = replace(
        meerjarig,
        label=f"{meerjarig.boekjaren} boekjaren, {len(jaren)} vastgesteld",
        source=root / "bron",
        warehouse=root / "proeftuin.duckdb",
        vastgesteld=len(jaren),
    )
    done = root / "vast.klaar"
    if done.is_file():
        return case, json.loads(done.read_text())
    shutil.rmtree(case.source, ignore_errors=True)
    shutil.copytree(meerjarig.source, case.source)
    seconds = []
    for jaar in jaren:
        # Each vaststelling needs a warehouse built from the folder as it is now.
        run_etl_into(case.source, case.warehouse)
        s, _ = timed(stel_vast, case.source, case.warehouse, lees_periode(str(jaar)), DOOR)
        seconds.append(s)
        print(f"vastgesteld {jaar} in {fmt_seconds(s)}")
    done.write_text(json.dumps(seconds))
    return case, seconds


def prepare(base: Path, n: int, jaren: int) -> None:
    """Make the three folders in a child process: the parent then stays small, and a child
    forked from it reports its own peak memory, not the generator's frames."""
    cmd = [sys.executable, "-m", "benchmarks.boekjaren", "--voorbereiden", "--workdir", str(base)]
    cmd += ["--sizes", str(n), "--jaren", str(jaren)]
    subprocess.run(cmd, check=True)


def bench_etl(case: Case, n: int, repeat: int, bare_db: Path) -> list[str]:
    """Bare load and full ETL of one case, interleaved; a row of the ETL table."""
    files = source_files(case.source, "uren")
    bare: list[Measurement] = []
    etl: list[Measurement] = []
    for _ in range(repeat):
        bare.append(bare_load(files, bare_db))
        etl.append(run_etl_into(case.source, case.warehouse))
    rows_bare, rows_etl = count_rows(bare_db, "uren"), count_rows(case.warehouse, "uren")
    bare_db.unlink(missing_ok=True)
    bare_s = median([m.seconds for m in bare])
    etl_s = median([m.seconds for m in etl])
    ratio = etl_s / bare_s
    return [
        case.label,
        fmt_count(n * case.boekjaren),
        str(repeat),
        fmt_seconds(bare_s),
        fmt_seconds(etl_s),
        fmt_bytes(max(m.max_rss_bytes for m in etl)),
        fmt_ratio(ratio),
        f"{fmt_count(rows_bare)} / {fmt_count(rows_etl)}",
        f"≤ {MAX_RATIO:.0f}× bare: {verdict(ratio <= MAX_RATIO)}",
    ]


def boekjaar_queries(con: duckdb.DuckDBPyConnection, jaar: int) -> dict[str, Query | None]:
    """Every interface view and peildatum macro, asked for boekjaar `jaar` only.

    A view with a `boekjaar` column holds every boekjaar and is filtered on it (one of
    `PER_JAAR` on its `jaar`); any other view shows the current boekjaar only, so it is None
    for any other year; a macro gets 30 June of `jaar` as peildatum. The baseline sums that
    boekjaar's hours.
    """
    peildatum = date(jaar, *PEILDAG)
    queries, _ = discover(con, peildatum, all_layers=False)
    current = con.execute("select year(intern.boekjaar_tot(null))").fetchone()[0]
    met_boekjaar = {
        name
        for (name,) in con.execute(
            "select table_name from duckdb_columns() where schema_name = 'main' "
            "and column_name = 'boekjaar'"
        ).fetchall()
    }
    out: dict[str, Query | None] = {
        "sum(uren) of the boekjaar (baseline)": Query(
            "sum(uren)",
            "bare",
            "–",
            "select sum(uren) from uren where datum between ? and ?",
            (date(jaar, 1, 1), date(jaar, 12, 31)),
        )
    }
    for q in queries:
        if q.kind == "macro":
            out[f"{q.name}(peildatum)"] = q
        elif q.name in met_boekjaar:
            out[f"{q.name} where boekjaar = …"] = replace(
                q, sql=q.sql + " where boekjaar = ?", params=(jaar,)
            )
        elif q.name in PER_JAAR:
            out[f"{q.name} where jaar = …"] = replace(
                q, sql=q.sql + " where jaar = ?", params=(jaar,)
            )
        else:
            out[q.name] = q if jaar == current else None
    return out


def time_boekjaren(
    specs: list[tuple[Case, int]], repeat: int
) -> list[dict[str, tuple[float, int] | None]]:
    """Median seconds and rows of every query for each (warehouse, boekjaar) in `specs`.

    Interleaved: each query runs on every warehouse in turn before the next query, so a
    change in the machine's load hits all columns alike and the ratios stay fair.
    """
    cons = {c.warehouse: connect_readonly(c.warehouse) for c, _ in specs}
    try:
        plans = [boekjaar_queries(cons[c.warehouse], jaar) for c, jaar in specs]
        out: list[dict[str, tuple[float, int] | None]] = [{} for _ in specs]
        for name in plans[0]:
            for i, (case, _) in enumerate(specs):
                q = plans[i].get(name)
                con = cons[case.warehouse]
                out[i][name] = None if q is None else time_query(con, q.sql, q.params, repeat)
        return out
    finally:
        for con in cons.values():
            con.close()


def view_rows(
    columns: list[dict[str, tuple[float, int] | None]], limit: float
) -> tuple[list[list[str]], int]:
    """One row per query: the one-boekjaar time, then each multi-year time with its ratio
    to it; the target holds when every multi-year time is under `limit`."""
    rows, missed = [], 0
    for name, first in columns[0].items():
        if first is None:
            continue
        cells = [name, fmt_count(first[1]), fmt_seconds(first[0])]
        ok = first[0] < limit or name.startswith("sum(")
        for column in columns[1:]:
            m = column.get(name)
            cells += ["–", "–"] if m is None else [fmt_seconds(m[0]), fmt_ratio(m[0] / first[0])]
            ok = ok and (m is None or m[0] < limit or name.startswith("sum("))
        missed += not ok
        cells.append("–" if name.startswith("sum(") else f"< {fmt_seconds(limit)}: {verdict(ok)}")
        rows.append(cells)
    return rows, missed


def main(argv: list[str] | None = None) -> None:
    parser = add_common_options(
        argparse.ArgumentParser(description=__doc__.splitlines()[0]), "1000000", "3"
    )
    parser.add_argument("--jaren", type=int, default=5, help="boekjaren (default 5, from 2012)")
    parser.add_argument(
        "--view-repeat", type=int, default=5, help="runs per query after 1 warm-up (default 5)"
    )
    parser.add_argument("--voorbereiden", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.jaren < 2:
        parser.error("--jaren: at least 2")
    repeats = repeats_for(args.sizes, args.repeat)
    laatste = EERSTE_JAAR + args.jaren - 1
    parts = ["## Boekjaren: several years in one warehouse"]
    if args.voorbereiden:  # the child of `prepare`
        for n in args.sizes:
            ensure_vastgesteld(args.workdir, ensure_meerjarig(args.workdir, n, args.jaren))
        return
    with workdir(args.workdir) as base:
        for n, repeat in zip(args.sizes, repeats, strict=True):
            een = Case("1 boekjaar", source_dir(base, n), warehouse_file(base, n), 1)
            prepare(base, n, args.jaren)
            meer = ensure_meerjarig(base, n, args.jaren)
            vast, vast_seconds = ensure_vastgesteld(base, meer)
            bare_db = base / f"r{n}" / "bare.duckdb"
            etl_rows = [bench_etl(c, n, repeat, bare_db) for c in (een, meer, vast)]
            title = f"ETL, {fmt_count(n)} registrations per boekjaar"
            print_table(title, ETL_HEADERS, etl_rows)
            parts += [f"### {title}", markdown_table(ETL_HEADERS, etl_rows)]
            if vast_seconds:
                parts.append(
                    f"Vaststellen: {len(vast_seconds)} × `stel_vast` (the years "
                    f"{EERSTE_JAAR}–{laatste - 1}), median {fmt_seconds(median(vast_seconds))}"
                    f", slowest {fmt_seconds(max(vast_seconds))} each (an ETL run before "
                    "every round, not counted)."
                )
            limit = SECONDS_PER_MILLION * max(1.0, n / 1_000_000)
            specs = [(een, EERSTE_JAAR), (meer, laatste), (meer, EERSTE_JAAR)]
            columns = time_boekjaren(
                [*specs, (vast, laatste), (vast, EERSTE_JAAR)], args.view_repeat
            )
            headers = [
                "query (one boekjaar)",
                "rows",
                f"1 boekjaar: {EERSTE_JAAR}",
                f"{args.jaren} jaar: {laatste}",
                "×",
                f"{args.jaren} jaar: {EERSTE_JAAR}",
                "×",
                f"{args.jaren - 1} vastgesteld: {laatste}",
                "×",
                f"{args.jaren - 1} vastgesteld: {EERSTE_JAAR}",
                "×",
                "target",
            ]
            rows, missed = view_rows(columns, limit)
            title = (
                f"One boekjaar's queries, {fmt_count(n)} registrations per boekjaar, "
                f"median of {args.view_repeat} after 1 warm-up"
            )
            print_table(title, headers, rows)
            parts += [f"### {title}", markdown_table(headers, rows)]
            parts.append(f"Targets missed: {missed} of {len(rows) - 1}.")
    parts.append(
        f"Warehouses: *1 boekjaar* = the demo folder with N synthetic registrations in "
        f"{EERSTE_JAAR} (`proeftuin demo-data MAP --registraties N`); *{args.jaren} jaar* = "
        f"that folder plus {args.jaren - 1} more years {EERSTE_JAAR + 1}–{laatste}, each with "
        "N registrations from the demo's synthetic generator (own seed, dates moved to that "
        "year's weekdays) and the geldinbreng moved to that year; *vastgesteld* = the same "
        f"folder with {EERSTE_JAAR}–{laatste - 1} vastgesteld (each as a year, which freezes "
        "its four quarter ends), so the build reads their frozen Parquet folders. "
        "ETL: as in the ETL section, the bare load "
        "reads the same uren files. Queries: fully fetched into polars on one warm read-only "
        "connection per warehouse, each query on every warehouse in turn. A view with a "
        "`boekjaar` column (every boekjaar) is asked `where "
        "boekjaar = …`, and `medewerker_uren_per_maand` (every year, its `jaar` the "
        "boekjaar) `where jaar = …`; any other view shows the current boekjaar (the latest "
        "with data), so it has no time for an earlier year (–); a macro gets 30 June of the "
        "boekjaar as peildatum (a quarter end, so in a vastgesteld year it reads the frozen "
        "figures). × = that time / the one-boekjaar time. Target: every time under "
        f"{fmt_seconds(SECONDS_PER_MILLION)} per million registrations per boekjaar."
    )
    publish("boekjaren", parts, args.no_docs)


if __name__ == "__main__":
    main()
