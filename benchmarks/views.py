"""Benchmark every interface view and table macro of the warehouse on a warm connection.

Run from the repository root: `python -m benchmarks.views [--sizes 1000000,10000000]
[--repeat 5] [--peildatum 2012-06-30] [--all-layers] [--workdir benchmarks/out]`.

The views and macros are discovered from the warehouse itself (`duckdb_views()`,
`duckdb_functions()`), so a new view is benchmarked without editing this file. Each query
is fully fetched into a polars frame (as the dashboard does) on one warm read-only
connection, after one warm-up run; the baseline `select sum(uren) from uren` is measured
the same way in the same run. Target: every view under 100 ms per million registrations
(100 ms at 1M, 1 s at 10M). The MT's werkbank has its own targets at 1M registrations and
2.000 employees (`WERKBANK_DOELEN`): signalen < 200 ms, the Signalen tab's first screen
(counts per kind, the largest 100 opdrachten and 100 person-months) < 200 ms,
kandidaten(...) < 100 ms, prognose_met with 20 toewijzingen < 50 ms (with the three levers
and both settlements < 100 ms), bezetting < 100 ms and the toewijzingsvoorstel's build-time
computation (`warehouse.werkbank.bereken_voorstel`) < 100 ms.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

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
from cijfers import werkbank_tijd as wt
from warehouse.connect import connect_readonly
from warehouse.sqlfiles import view_files
from warehouse.werkbank import bereken_voorstel

BASELINE = "select sum(uren) from uren"
SECONDS_PER_MILLION = 0.1
HEADERS = ("object", "kind", "layer", "rows", "median", "× bare sum", "target")
# The werkbank's targets in seconds, set for 1M registrations (scaled like the others).
WERKBANK_DOELEN = {
    "signalen": 0.2,
    "signalen eerste scherm": 0.2,
    "kandidaten": 0.1,
    "prognose_met": 0.1,
    "bezetting": 0.1,
    "toewijzingsvoorstel (berekening)": 0.1,
}
OPEN_ZONDER_NEMER = """
select opdracht_id from intern.dim_opdracht
where is_open and resterende_uren > 0
order by opdrachtnemer is null desc, opdracht_id
"""

VIEWS_SQL = """
select schema_name, view_name from duckdb_views()
where not internal and not temporary
order by schema_name, view_name
"""
MACROS_SQL = """
select schema_name, function_name, parameters from duckdb_functions()
where function_type = 'table_macro' and not internal
order by schema_name, function_name
"""


@dataclass(frozen=True)
class Query:
    """One thing to time: a view (`select *`) or a table macro called with a peildatum
    (its parameter is `peildatum`, or `op_datum` for the `*_op` wrappers over `*_berekend_op`).

    `name` is the object's name, prefixed with its schema when that is not `main`
    (`intern.stg_uren`): staging and marts live in `intern`.
    """

    name: str
    kind: str
    layer: str
    sql: str
    params: tuple[object, ...] = ()


def discover(
    con: duckdb.DuckDBPyConnection, peildatum: date, all_layers: bool
) -> tuple[list[Query], list[str]]:
    """The views and macros to time, and the names skipped (macros with unknown params)."""
    layers = {(f.schema, f.name): f.layer for f in view_files()}
    queries: list[Query] = []
    skipped: list[str] = []

    def wanted(layer: str) -> bool:
        return all_layers or layer not in ("staging", "marts")

    def shown(schema: str, name: str) -> str:
        return name if schema == "main" else f"{schema}.{name}"

    for schema, name in con.execute(VIEWS_SQL).fetchall():
        layer = layers.get((schema, name), "other")
        if wanted(layer):
            sql = f'select * from "{schema}"."{name}"'
            queries.append(Query(shown(schema, name), "view", layer, sql))
    for schema, name, parameters in con.execute(MACROS_SQL).fetchall():
        layer = layers.get((schema, name), "other")
        if not wanted(layer):
            continue
        if list(parameters) in (["peildatum"], ["op_datum"]):
            sql = f'select * from "{schema}"."{name}"(?)'
            queries.append(Query(shown(schema, name), "macro", layer, sql, (peildatum,)))
        else:
            skipped.append(f"{shown(schema, name)}({', '.join(parameters)})")
    return queries, skipped


def werkbank_queries(con: duckdb.DuckDBPyConnection) -> list[Query]:
    """The werkbank's three targets: signalen, kandidaten of an open opdracht (one without
    opdrachtnemer when there is one) and prognose_met with 20 toewijzingen (open opdrachten
    and employees in turn; an opdracht named twice counts once, as on the page)."""
    open_ids = [r[0] for r in con.execute(OPEN_ZONDER_NEMER).fetchall()]
    mensen = [
        r[0]
        for r in con.execute(
            "select medewerker_id from medewerkers order by medewerker_id limit 20"
        ).fetchall()
    ]
    queries = [
        Query("signalen", "view", "views", "select * from signalen"),
        Query("bezetting", "view", "views", "select * from bezetting"),
    ]
    if open_ids and mensen:
        toewijzingen = [
            {"opdracht_id": open_ids[i % len(open_ids)], "medewerker_id": mensen[i % len(mensen)]}
            for i in range(20)
        ]
        queries += [
            Query("kandidaten", "macro", "views", "select * from kandidaten(?)", (open_ids[0],)),
            Query(
                "prognose_met",
                "macro",
                "views",
                "select * from prognose_met(?::struct(opdracht_id varchar, "
                "medewerker_id varchar)[], wijzigingen := ?::struct(opdracht_id varchar, "
                "einddatum date, begrote_uren double)[], geldinbreng := ?::struct(gemeente "
                "varchar, bedrag_eur decimal(18, 2))[])",
                (
                    toewijzingen,
                    [{"opdracht_id": open_ids[0], "einddatum": None, "begrote_uren": 10.0}],
                    [{"gemeente": "ALB", "bedrag_eur": 10_000}],
                ),
            ),
        ]
    return queries


def bench_werkbank(warehouse: Path, n: int, repeat: int) -> tuple[list[list[str]], int]:
    """Rows of the werkbank table for one warehouse, and the number of targets missed."""
    schaal = max(1.0, n / 1_000_000)
    con = connect_readonly(warehouse)
    try:
        bare_s, _ = time_query(con, BASELINE, (), repeat)
        medewerkers = con.execute("select count(*) from medewerkers").fetchone()[0]
        rows, missed = [], 0
        metingen = [(q, *time_query(con, q.sql, q.params, repeat)) for q in werkbank_queries(con)]
        jaar = con.execute("select year(intern.boekjaar_tot(null))").fetchall()[0][0]
        python = (
            ("signalen eerste scherm", "reads", "cijfers", lambda: eerste_scherm(con, jaar)),
            (
                "toewijzingsvoorstel (berekening)",
                "python",
                "warehouse",
                lambda: bereken_voorstel(con),
            ),
        )
        for naam, soort, laag, werk in python:
            uit = werk()  # warm-up
            seconds = median([timed(werk)[0] for _ in range(repeat)])
            metingen.append((Query(naam, soort, laag, ""), seconds, len(uit)))
        for q, seconds, height in metingen:
            limit = WERKBANK_DOELEN[q.name] * schaal
            ok = seconds < limit
            missed += not ok
            naam = {
                "kandidaten": "kandidaten(opdracht_id)",
                "prognose_met": "prognose_met(20, 1 wijziging, 1 geldinbreng)",
            }
            rows.append(
                [
                    naam.get(q.name, q.name) + f" · {fmt_count(medewerkers)} medewerkers",
                    q.kind,
                    q.layer,
                    fmt_count(height),
                    fmt_seconds(seconds),
                    fmt_ratio(seconds / bare_s),
                    f"< {fmt_seconds(limit)}: {verdict(ok)}",
                ]
            )
    finally:
        con.close()
    return rows, missed


def eerste_scherm(con: duckdb.DuckDBPyConnection, jaar: int) -> list[object]:
    """The Signalen tab's first screen: counts per kind and the largest groups per opdracht
    and per person-month (the dashboard's own reads); its length is the lines shown."""
    soorten = wt.signalen_per_soort(con, jaar)
    opdrachten = wt.signalen_per_opdracht(con, jaar, [], [])
    personen = wt.signalen_per_persoon_maand(con, jaar, [], [])
    return [*soorten.iter_rows(), *opdrachten.iter_rows(), *personen.iter_rows()]


def time_query(
    con: duckdb.DuckDBPyConnection, sql: str, params: tuple, repeat: int
) -> tuple[float, int]:
    """Median seconds of `repeat` full fetches after one warm-up, and the row count."""
    frame = con.sql(sql, params=list(params)).pl()
    samples = [timed(lambda: con.sql(sql, params=list(params)).pl())[0] for _ in range(repeat)]
    return median(samples), frame.height


def explain(con: duckdb.DuckDBPyConnection, q: Query, top: int = 5) -> str:
    """The `top` costliest operators of one profiled run: where a slow view spends its time."""
    con.execute("pragma enable_profiling = 'no_output'")
    try:
        con.sql(q.sql, params=list(q.params)).pl()
        profile = json.loads(con.get_profiling_information(format="json"))
    finally:
        con.execute("pragma disable_profiling")

    def walk(nodes: list[dict]) -> Iterator[dict]:
        for node in nodes:
            yield node
            yield from walk(node.get("children", []))

    costly = sorted(walk(profile["operator"]), key=lambda n: -n.get("timing", 0))[:top]
    return "\n".join(
        f"  {fmt_seconds(n.get('timing', 0)):>9}  {n['type']:<18} "
        f"{fmt_count(n.get('intermediate_rows', 0)):>11} rows  "
        + "; ".join(f"{k}: {v}" for k, v in n.get("extra_info", {}).items())[:160]
        for n in costly
    )


def bench_size(
    warehouse: Path, n: int, repeat: int, peildatum: date, all_layers: bool, show_plans: bool
) -> tuple[list[list[str]], list[str], int]:
    """Rows of the table for one warehouse, the skipped macros, and the number missed."""
    limit = SECONDS_PER_MILLION * max(1.0, n / 1_000_000)
    con = connect_readonly(warehouse)
    try:
        bare_s, _ = time_query(con, BASELINE, (), repeat)
        queries, skipped = discover(con, peildatum, all_layers)
        rows = [["sum(uren) (baseline)", "bare", "–", "1", fmt_seconds(bare_s), "1.00×", "–"]]
        missed = 0
        for q in queries:
            seconds, height = time_query(con, q.sql, q.params, repeat)
            ok = seconds < limit
            missed += not ok
            if show_plans and not ok:
                print(f"{q.name} ({fmt_seconds(seconds)}), top operators:\n{explain(con, q)}")
            rows.append(
                [
                    q.name + ("(peildatum)" if q.kind == "macro" else ""),
                    q.kind,
                    q.layer,
                    fmt_count(height),
                    fmt_seconds(seconds),
                    fmt_ratio(seconds / bare_s),
                    f"< {fmt_seconds(limit)}: {verdict(ok)}",
                ]
            )
    finally:
        con.close()
    return rows, skipped, missed


def main(argv: list[str] | None = None) -> None:
    parser = add_common_options(
        argparse.ArgumentParser(description=__doc__.splitlines()[0]), "1000000,10000000", "5"
    )
    parser.add_argument(
        "--peildatum",
        type=date.fromisoformat,
        default=date(2012, 6, 30),
        help="peildatum for the table macros (default 2012-06-30)",
    )
    parser.add_argument(
        "--all-layers", action="store_true", help="also time the staging and marts views"
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print the costliest operators of every view that misses",
    )
    args = parser.parse_args(argv)
    repeats = repeats_for(args.sizes, args.repeat)
    parts = ["## Views and macros"]
    with workdir(args.workdir) as base:
        for n, repeat in zip(args.sizes, repeats, strict=True):
            warehouse = ensure_warehouse(base, n)
            rows, skipped, missed = bench_size(
                warehouse, n, repeat, args.peildatum, args.all_layers, args.explain
            )
            title = f"{fmt_count(n)} registrations, median of {repeat} after 1 warm-up"
            print_table(title, HEADERS, rows)
            parts += [f"### {title}", markdown_table(HEADERS, rows)]
            parts.append(f"Targets missed: {missed} of {len(rows) - 1}.")
            if skipped:
                parts.append(
                    "Not timed here (parameters other than peildatum): " + ", ".join(skipped)
                )
            werkbank, werkbank_missed = bench_werkbank(warehouse, n, repeat)
            title = f"Werkbank, {fmt_count(n)} registrations"
            print_table(title, HEADERS, werkbank)
            parts += [f"### {title}", markdown_table(HEADERS, werkbank)]
            parts.append(f"Werkbank targets missed: {werkbank_missed} of {len(werkbank)}.")
    parts.append(
        "Each query is `select * from <view>` (macros: `select * from <macro>(?)` with "
        f"peildatum {args.peildatum.isoformat()}), fully fetched into a polars frame on one "
        "warm read-only connection (`warehouse.connect.connect_readonly`). Views and macros "
        "are discovered from the warehouse; staging and marts views are left out unless "
        f"`--all-layers`. Target: under {fmt_seconds(SECONDS_PER_MILLION)} per million "
        "registrations (at least 100 ms)."
    )
    publish("views", parts, args.no_docs)


if __name__ == "__main__":
    main()
