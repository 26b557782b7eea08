"""Helpers for the SQL tests: typed frames from hand-written rows, queries, scratch databases."""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from itertools import count
from pathlib import Path

import duckdb
import polars as pl

from etl.kinds import BUILTIN_GEMEENTEN
from warehouse.build import RunInfo, WarehouseData, build_warehouse, create_schema, maak_sjabloon
from warehouse.connect import connect_readonly
from warehouse.sjabloon import SJABLOON_ENV, sjabloon
from warehouse.sqlfiles import check_files, reads_any, view_files

SIX = tuple(BUILTIN_GEMEENTEN)


@cache
def table_schema(table: str) -> pl.Schema:
    """The polars schema of a table of `sql/schema`, so hand-written rows get its types."""
    con = duckdb.connect()
    create_schema(con)
    return con.sql(f'select * from "{table}" limit 0').pl().schema


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows of `table` with `bestand` and `regel` defaulted, typed as the table is."""
    schema = table_schema(table)
    filled = [{"bestand": f"{table}.csv", "regel": i + 2, **row} for i, row in enumerate(rows)]
    columns = {c for row in filled for c in row} if filled else set(schema)
    return pl.DataFrame(
        filled, schema={c: t for c, t in schema.items() if c in columns}, orient="row"
    )


def log_frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """A run-accounting frame (no bestand/regel defaults: these tables have their own)."""
    return pl.DataFrame(rows, schema=table_schema(table), orient="row")


def query(path: Path, sql: str, params: list | None = None) -> list[dict]:
    """Rows of a query on a warehouse, as dicts (read-only, like every reader)."""
    con = connect_readonly(path)
    try:
        cur = con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def by(rows: list[dict], key: str, value: str) -> dict[str, object]:
    """Map `key` -> `value` over rows (e.g. gemeente -> saldo_uren)."""
    return {r[key]: r[value] for r in rows}


def scratch(
    setup: list[str | tuple[str, list[tuple]]],
    replace: dict[str, str] | None = None,
    voor: tuple[str, ...] | None = None,
) -> duckdb.DuckDBPyConnection:
    """A scratch database: every table, view and macro, the six built-in gemeenten, the
    `setup` statements (a statement, or a statement with `?` and the rows to run it for),
    then the marts filled, except that an object named in `replace` becomes a view of the
    given query instead. Lets a test break one object on purpose and see a check fire.

    It starts from a copy of the build's template (`warehouse.sjabloon`, ~0,5 CPU s saved
    per database): views bind their names when queried, so a view replaced after the
    others were made is what they read; the marts that are tables are filled after it, in
    dependency order, as the build fills them.

    `voor`: only the marts these views or macros read (directly or through others, by the
    build's own rule of `reads_any`) are filled; every other mart stays an empty table, so
    a test that passes it must query nothing else. For Hypothesis tests of one object: the
    planning of the marts is most of a scratch database's CPU."""
    replace = replace or {}
    vullen = None if voor is None else nodige_marts(voor)
    sjabloon_ = sjabloon(maak_sjabloon)
    if sjabloon_ is None:
        raise RuntimeError(f"${SJABLOON_ENV} is not set (tests/conftest.py sets it)")
    pad = _GEBOUWD / f"scratch-{next(_SCRATCH)}.duckdb"
    shutil.copyfile(sjabloon_, pad)
    con = duckdb.connect(str(pad))
    con.executemany("insert into gemeenten values (?, ?)", list(BUILTIN_GEMEENTEN.items()))
    for statement in setup:
        if isinstance(statement, tuple):
            con.executemany(*statement)
        else:
            con.execute(statement)
    for f in view_files():
        if f.name in replace:
            if f.materialised:
                con.execute(f"drop table {f.qualified_name}")
            con.execute(f"create or replace view {f.qualified_name} as {replace[f.name]}")
        elif f.materialised and (vullen is None or f.name in vullen):
            con.execute(f.text)
    return con


@cache
def nodige_marts(namen: tuple[str, ...]) -> frozenset[str]:
    """The materialised files of `sql/` that the objects `namen` read, directly or through
    other views, macros or marts (the build's whole-word rule, `reads_any`)."""
    views = view_files()
    doel = [f for f in views if f.name in namen]
    assert len(doel) == len(namen), f"onbekend: {set(namen) - {f.name for f in doel}}"
    return frozenset(
        f.name
        for f in views
        if f.materialised and (f.name in namen or reads_any(doel, frozenset({f.name}), views))
    )


def failing_checks(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Names of the checks of `sql/checks` that return rows on `con`."""
    return {
        f.name
        for f in check_files()
        if con.execute(f"select * from ({f.text.rstrip().rstrip(';')})").fetchall()
    }


def medewerkers_per_gemeente(codes: tuple[str, ...] = SIX) -> list[dict]:
    """One medewerker per gemeente, id `M-<code>`, schaal 10."""
    return [{"medewerker_id": f"M-{c}", "gemeente": c, "schaal": 10} for c in codes]


def opdracht(opdracht_id: str, soort: str, aanvrager: str = "DOR", **extra) -> dict:
    """An opdracht row with sensible defaults (status lopend, 100 begrote uren)."""
    return {
        "opdracht_id": opdracht_id,
        "titel": extra.pop("titel", opdracht_id),
        "soort_opdracht": soort,
        "aanvrager": aanvrager,
        "begrote_uren": extra.pop("begrote_uren", 100.0),
        "status": extra.pop("status", "lopend"),
        **extra,
    }


def registraties(
    opdracht_id: str, gemeente: str, totaal: float, start: date = date(2012, 1, 2)
) -> list[dict]:
    """`totaal` hours of medewerker `M-<gemeente>` on an opdracht, 8 a day from `start`."""
    rows = []
    dag = start
    rest = totaal
    while rest > 1e-9:
        u = min(8.0, rest)
        rows.append(
            {"medewerker_id": f"M-{gemeente}", "opdracht_id": opdracht_id, "datum": dag, "uren": u}
        )
        rest -= u
        dag += timedelta(days=1)
    return rows


Builder = Callable[..., Path]


def bouw(target: Path, **tables: list[dict]) -> Path:
    """Build a warehouse at `target` from `table=[{...}, ...]` (the six built-in gemeenten
    are added unless `gemeenten=` renames them); `bestanden=` and `afgekeurd=` fill the
    run's accounting logs. Building again at the same path replaces it, as a new ETL run."""
    bestanden = tables.pop("bestanden", [])
    afgekeurd = tables.pop("afgekeurd", [])
    gemeenten = tables.pop("gemeenten", [])
    extra = {g["code"] for g in gemeenten}
    builtin = [{"code": c, "naam": n} for c, n in BUILTIN_GEMEENTEN.items() if c not in extra]
    frames = {"gemeenten": frame("gemeenten", builtin + gemeenten)}
    frames |= {name: frame(name, rows) for name, rows in tables.items()}
    data = WarehouseData(
        tables=frames,
        bestanden=log_frame("etl_bestanden_log", bestanden),
        afgekeurd=log_frame("etl_afgekeurd_log", afgekeurd),
    )
    target = Path(target)
    if target.exists():  # a new run over an old one: copies its history, so always built
        build_warehouse(target, data, _run())
        return target
    gebouwd = _GEBOUWD / f"{_sleutel(data)}.duckdb"
    if not gebouwd.exists():
        build_warehouse(gebouwd, data, _run())
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(gebouwd, target)
    return target


def _run() -> RunInfo:
    return RunInfo(gestart_op=datetime(2012, 12, 31, 17, 0), bron="test", strikt=False)


# Warehouses `bouw` built in this process, by what went in: about two in five builds of
# the SQL tests repeat the rows of another test, and a build (every view, every check)
# costs ~1,5 CPU s where a copy of its result costs milliseconds. The test gets a copy
# of its own, so what it writes or breaks stays its own.
# The databases of `scratch` live here too.
_GEBOUWD = Path(tempfile.mkdtemp(prefix="proeftuin-bouw-"))
atexit.register(shutil.rmtree, _GEBOUWD, ignore_errors=True)
_SCRATCH = count()


def _sleutel(data: WarehouseData) -> str:
    """A digest of everything a build reads (the SQL files are the same all run long)."""
    h = hashlib.sha256()
    logs = [("etl_bestanden_log", data.bestanden), ("etl_afgekeurd_log", data.afgekeurd)]
    for naam, df in [*sorted(data.tables.items()), *logs]:
        h.update(naam.encode())
        h.update(df.write_ipc(None).getvalue())
    return h.hexdigest()


def builder(directory: Path) -> Builder:
    """A function building a new warehouse file in `directory` with `bouw`."""
    numbers = count()

    def build(**tables: list[dict]) -> Path:
        return bouw(directory / f"w{next(numbers)}.duckdb", **tables)

    return build
