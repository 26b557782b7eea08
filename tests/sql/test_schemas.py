"""Where each object lives: the interface in `main`, the building blocks in `intern`.

An analyst who opens the warehouse must see only the tables and the interface of
`docs/sql-interface.md` in `main`; staging and marts live in `intern`, and the SQL files
spell every internal name out so the views also work when the file is attached under
another name.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from tests.sql.helpers import medewerkers_per_gemeente, opdracht, registraties
from warehouse.connect import connect_readonly
from warehouse.sqlfiles import (
    INTERN,
    INTERN_LAYERS,
    SqlFile,
    check_files,
    schema_files,
    view_files,
)
from warehouse.vastgesteld import vast_macro

INTERNAL_PREFIXES = ("stg_", "fct_", "dim_", "brg_")

OBJECTS_SQL = """
select schema_name, table_name, 'table' from duckdb_tables()
where database_name = current_database() and not internal and not temporary
union all
select schema_name, view_name, 'view' from duckdb_views()
where database_name = current_database() and not internal and not temporary
union all
select schema_name, function_name, 'macro' from duckdb_functions()
where database_name = current_database() and not internal
    and function_type in ('macro', 'table_macro')
"""


def _kind(f: SqlFile) -> str:
    """view, table or macro: what the file's create statement makes."""
    found = re.search(r"^create or replace (view|table|macro) ", f.text, re.MULTILINE)
    assert found, f.path
    return found.group(1)


@pytest.fixture(scope="module")
def gebouwd(module_warehouse) -> Path:
    return module_warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("A", "ondersteuning")],
        uren=registraties("A", "DOR", 16),
    )


@pytest.fixture(scope="module")
def objecten(gebouwd: Path) -> dict[str, dict[str, str]]:
    """schema -> {object name: kind} of everything the build created."""
    con = connect_readonly(gebouwd)
    try:
        rows = con.execute(OBJECTS_SQL).fetchall()
    finally:
        con.close()
    uit: dict[str, dict[str, str]] = {}
    for schema, name, kind in rows:
        uit.setdefault(schema, {})[name] = kind
    return uit


def test_main_holds_only_the_tables_and_the_interface(objecten):
    main = objecten["main"]
    assert not [n for n in main if n.startswith(INTERNAL_PREFIXES)]
    tables = {f.name for f in schema_files() if f.schema == "main"}
    interface = {f.name for f in view_files() if f.layer == "views"}
    assert set(main) == tables | interface
    assert {n for n, kind in main.items() if kind == "table"} == tables


def test_every_object_in_intern_is_built_from_staging_or_marts(objecten):
    expected = {f.name: _kind(f) for f in view_files() if f.layer in INTERN_LAYERS}
    # the build's own tables: what vaststellingen froze (warehouse.vastgesteld)
    expected |= {f.name: "table" for f in schema_files() if f.schema == INTERN}
    expected |= {f"vast_{m}": "table" for f in view_files() if (m := vast_macro(f))}
    assert objecten[INTERN] == expected
    assert set(objecten) == {"main", INTERN}


def test_views_read_when_the_warehouse_is_attached_under_another_name(gebouwd, objecten):
    con = duckdb.connect()
    try:
        con.execute("attach ? as elders (read_only)", [str(gebouwd)])
        for schema, names in objecten.items():
            for name in (n for n, kind in names.items() if kind == "view"):
                con.execute(f'select * from elders."{schema}"."{name}"').fetchall()
        saldo = con.execute("select sum(saldo_uren) from elders.urenbalans").fetchone()
        # six saldi, each rounded to 6 decimals at the interface
        assert saldo is not None and abs(saldo[0]) < 6 * 5e-7
        aantal = con.execute("select count(*) from elders.intern.stg_uren").fetchone()
        assert aantal == (2,)
    finally:
        con.close()


def _code(f: SqlFile) -> str:
    return re.sub(r"--[^\n]*", "", f.text)


def test_every_reference_to_an_internal_object_names_its_schema():
    internal = [f.name for f in view_files() if f.schema == INTERN]
    for f in [*view_files(), *check_files()]:
        for name in internal:
            bare = re.search(rf"(?<![.\w]){re.escape(name)}\b", _code(f))
            assert bare is None, f"{f.path}: '{name}' zonder 'intern.'"


def test_internal_objects_name_the_tables_they_read_with_main():
    tables = "|".join(re.escape(f.name) for f in schema_files())
    bare = re.compile(rf"\b(from|join)\s+({tables})\b")
    for f in view_files():
        if f.schema == INTERN:
            found = bare.search(_code(f))
            assert found is None, f"{f.path}: '{found and found.group(0)}' zonder 'main.'"
