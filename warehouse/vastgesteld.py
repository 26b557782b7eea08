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
    """Read the effects and frozen figures of the vaststellingen in force
    (`intern.dim_vaststelling`, from the loaded `vaststellingsbesluiten`) from the source
    folder `bron` into the vast tables; their rows come later (`load_vast_rijen`).

    The ETL has checked that each such folder holds its files (a besluit whose folder is
    missing is rejected with that reason, so its period counts as open). One statement
    per macro for the figures of all vaststellingen: a few hundred small statements cost
    a third of a second."""
    mappen = _mappen(con, bron)
    for naam, folder in mappen:
        _insert(con, f"{INTERN}.vast_effecten", [folder / EFFECTEN], naam)
    for macro in vast_tables(con) if mappen else []:
        paden = [
            p for _, folder in mappen if (p := folder / CIJFERS / f"{macro}.parquet").is_file()
        ]
        if paden:
            _insert(con, f"{INTERN}.vast_{macro}", paden, None)


def load_vast_rijen(con: duckdb.DuckDBPyConnection, bron: Path | None) -> None:
    """The rows of each vaststelling's `rijen.parquet` that `intern.fct_correctie` can
    use: the corrections it booked, and its rows on a day where the effects now differ
    (`intern.correctie_dagen`, so `intern.fct_effect` must be filled).

    Why not all of them: a vaststelling keeps every registration of its period, and
    loading four vastgestelde years of a million rows each took longer than loading the
    folder itself, where a folder without late rows needs none of them. Two statements,
    so that the first one's simple filter lets DuckDB skip the Parquet row groups without
    a booked correction by their statistics, and the second runs only when a day differs.
    """
    mappen = _mappen(con, bron)
    if not mappen:
        return
    dagen = con.execute("select count(*) from intern.correctie_dagen").fetchone()
    for naam, folder in mappen:
        pad = [folder / RIJEN]
        _insert(con, f"{INTERN}.vast_rijen", pad, naam, where="wijziging is not null")
        if dagen and dagen[0]:
            _insert(
                con,
                f"{INTERN}.vast_rijen",
                pad,
                naam,
                where="wijziging is null and exists (select 1 from intern.correctie_dagen as c "
                "where c.soort = r.soort and c.wie = coalesce(r.opdracht_id, r.gemeente) "
                "and c.datum = r.datum)",
            )


def _mappen(con: duckdb.DuckDBPyConnection, bron: Path | None) -> list[tuple[str, Path]]:
    if bron is None:
        return []
    rows = con.execute("select map from intern.dim_vaststelling").fetchall()
    return [(naam, bron / MAP / naam) for (naam,) in rows]


def _insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    paden: list[Path],
    naam: str | None,
    where: str = "true",
) -> None:
    """The Parquet files' columns that `table` has, by name (a column added to a macro
    since a vaststelling stays empty; `map` is the folder's name), of the rows (`r`)
    that match `where`."""
    bestanden = [str(p) for p in paden]
    kolommen = [
        c
        for (c,) in con.execute(
            "select column_name from (describe select * from "
            "read_parquet(?, union_by_name = true))",
            [bestanden],
        ).fetchall()
    ]
    tabel = {c for (c,) in con.execute(f"select column_name from (describe {table})").fetchall()}
    gekozen = ", ".join(f'"{c}"' for c in kolommen if c in tabel and c != "map")
    extra = ", ? as map" if naam is not None else ""
    con.execute(
        f"insert into {table} by name select {gekozen}{extra} "
        f"from read_parquet(?, union_by_name = true) as r where {where}",
        [naam, bestanden] if naam is not None else [bestanden],
    )
