"""Helpers for the SQL tests: typed frames from hand-written rows, queries, scratch databases."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from warehouse.connect import connect_readonly
from warehouse.sqlfiles import check_files, schema_files, view_files

GEMEENTEN = {
    "ALB": "Alblasserdam",
    "DOR": "Dordrecht",
    "HIA": "Hendrik-Ido-Ambacht",
    "PAP": "Papendrecht",
    "SLI": "Sliedrecht",
    "ZWD": "Zwijndrecht",
}
SIX = tuple(GEMEENTEN)


@cache
def table_schema(table: str) -> pl.Schema:
    """The polars schema of a table of `sql/schema`, so hand-written rows get its types."""
    con = duckdb.connect()
    for f in schema_files():
        con.execute(f.text)
    return con.sql(f'select * from "{table}" limit 0').pl().schema


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows of `table` with `bestand` and `regel` defaulted, typed as the table is."""
    schema = table_schema(table)
    filled = [{"bestand": f"{table}.csv", "regel": i + 2, **row} for i, row in enumerate(rows)]
    columns = {c for row in filled for c in row} if filled else set(schema)
    return pl.DataFrame(
        filled, schema={c: t for c, t in schema.items() if c in columns}, orient="row"
    )


def empty_log(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=table_schema(table))


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


def scratch_with_views(tables: dict[str, str]) -> duckdb.DuckDBPyConnection:
    """An in-memory database with the schema and all views, where `tables` maps a table or
    view name to a replacement query: lets a test break one object and see a check fire."""
    con = duckdb.connect()
    for f in schema_files():
        con.execute(f.text)
    for f in view_files():
        if f.name in tables:
            con.execute(f"create or replace view {f.name} as {tables[f.name]}")
        else:
            con.execute(f.text)
    return con


def failing_checks(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Names of the checks of `sql/checks` that return rows on `con`."""
    return {
        f.name
        for f in check_files()
        if con.execute(f"select * from ({f.text.rstrip().rstrip(';')})").fetchall()
    }
