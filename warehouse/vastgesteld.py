"""The vastgestelde figures in the warehouse: tables that hold them, and loading them.

Why here: the source folder is the system of record (data contract, section 10), so a
vaststelling lives in it (`platform/vastgesteld/<map>/`, Parquet, written by
`proeftuin vaststellen`) and every build reads it back. Each as-of macro `X_op` of the
interface that a vaststelling freezes has its computation in `X_berekend_op` and a table
`intern.vast_X_op` with the rows as vastgesteld (a `vast_peildatum` column first);
`X_op` returns those rows on a vastgesteld day. The tables are made from the macros
themselves, so they never disagree on columns.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.sqlfiles import INTERN, SqlFile

BEREKEND = "_berekend_op"
MAP = Path("platform") / "vastgesteld"
"""Where, in the source folder, each vaststelling keeps its figures (one folder each)."""
EFFECTEN = "effecten.parquet"
RIJEN = "rijen.parquet"
CIJFERS = "cijfers"


def vast_macro(f: SqlFile) -> str | None:
    """The interface macro whose vastgestelde rows `f` computes (`urenbalans_op` for
    `urenbalans_berekend_op`), or None."""
    return f.name.removesuffix(BEREKEND) + "_op" if f.name.endswith(BEREKEND) else None


def create_vast_table(con: duckdb.DuckDBPyConnection, f: SqlFile) -> None:
    """The empty table `intern.vast_<macro>` with the columns `f`'s macro returns."""
    macro = vast_macro(f)
    if macro is not None:
        con.execute(
            f"create table {INTERN}.vast_{macro} as "
            f"select null::date as vast_peildatum, * from {f.name}(null::date) limit 0"
        )


def vast_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The interface macros with vastgestelde rows (`urenbalans_op`, …), sorted."""
    rows = con.execute(
        "select table_name from duckdb_tables() where schema_name = ? "
        "and starts_with(table_name, 'vast_') and ends_with(table_name, '_op') "
        "order by table_name",
        [INTERN],
    ).fetchall()
    return [name.removeprefix("vast_") for (name,) in rows]


def load_vastgesteld(con: duckdb.DuckDBPyConnection, bron: Path | None) -> None:
    """Read the folders of the vaststellingen in force (`intern.dim_vaststelling`, from the
    loaded `vaststellingsbesluiten`) from the source folder `bron` into the vast tables.

    The ETL has checked that each such folder holds its files (a besluit whose folder is
    missing is rejected with that reason, so its period counts as open)."""
    if bron is None:
        return
    mappen = [m for (m,) in con.execute("select map from intern.dim_vaststelling").fetchall()]
    for naam in mappen:
        folder = bron / MAP / naam
        _insert(con, f"{INTERN}.vast_effecten", folder / EFFECTEN, naam)
        _insert(con, f"{INTERN}.vast_rijen", folder / RIJEN, naam)
        for macro in vast_tables(con):
            pad = folder / CIJFERS / f"{macro}.parquet"
            if pad.is_file():
                _insert(con, f"{INTERN}.vast_{macro}", pad, None)


def _insert(con: duckdb.DuckDBPyConnection, table: str, pad: Path, naam: str | None) -> None:
    """The Parquet file's columns that `table` has, by name (a column added to a macro
    since the vaststelling stays empty; `map` is the folder's name)."""
    kolommen = [
        c
        for (c,) in con.execute(
            "select column_name from (describe select * from read_parquet(?))", [str(pad)]
        ).fetchall()
    ]
    tabel = {c for (c,) in con.execute(f"select column_name from (describe {table})").fetchall()}
    gekozen = ", ".join(f'"{c}"' for c in kolommen if c in tabel and c != "map")
    extra = ", ? as map" if naam is not None else ""
    con.execute(
        f"insert into {table} by name select {gekozen}{extra} from read_parquet(?)",
        [naam, str(pad)] if naam is not None else [str(pad)],
    )
