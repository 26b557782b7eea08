"""The warehouse build itself: swapping over leftovers of earlier writers, SQL file order,
the template of the tests' builds."""

import os
import re
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from etl.kinds import BUILTIN_GEMEENTEN
from etl.load import AFGEKEURD_SCHEMA, BESTANDEN_SCHEMA
from warehouse import sqlfiles
from warehouse.build import RunInfo, WarehouseData, build_warehouse, maak_sjabloon
from warehouse.connect import connect_readonly
from warehouse.sjabloon import SJABLOON_ENV, UIT, sjabloon, sjabloonmap
from warehouse.sqlfiles import SQL_DIR, view_files


def _empty_data() -> WarehouseData:
    log = pl.DataFrame(schema=BESTANDEN_SCHEMA)
    afgekeurd = pl.DataFrame(schema=AFGEKEURD_SCHEMA).drop("afkeursoort")
    gemeenten = pl.DataFrame(
        {"code": list(BUILTIN_GEMEENTEN), "naam": list(BUILTIN_GEMEENTEN.values())}
    )
    return WarehouseData(tables={"gemeenten": gemeenten}, bestanden=log, afgekeurd=afgekeurd)


def test_stale_wal_of_the_old_file_is_not_replayed_onto_the_new_one(tmp_path: Path) -> None:
    target = tmp_path / "w.duckdb"
    run = RunInfo(gestart_op=datetime(2012, 12, 31), bron="test", strikt=False)
    build_warehouse(target, _empty_data(), run)
    (tmp_path / "w.duckdb.wal").write_bytes(b"not a wal of this file" * 100)

    build_warehouse(target, _empty_data(), run)

    assert not (tmp_path / "w.duckdb.wal").exists()
    con = connect_readonly(target)
    try:
        assert con.execute("select count(*) from etl_runs").fetchone() == (2,)
        assert con.execute("select count(*) from urenbalans").fetchone() == (6,)
    finally:
        con.close()


def test_every_view_comes_after_the_views_it_names() -> None:
    position = {f.name: i for i, f in enumerate(view_files())}
    assert position["fct_saldo_dag"] < position["urenbalans_op"] < position["urenbalans"]


def _runs(target: Path) -> list[tuple]:
    con = connect_readonly(target)
    try:
        return con.execute("select run_id, bron from etl_runs order by run_id").fetchall()
    finally:
        con.close()


def test_run_history_is_carried_into_each_new_warehouse(tmp_path: Path) -> None:
    target = tmp_path / "w.duckdb"
    for bron in ("eerste", "tweede", "derde"):
        run = RunInfo(gestart_op=datetime(2012, 12, 31), bron=bron, strikt=False)
        build_warehouse(target, _empty_data(), run)
    assert _runs(target) == [(1, "eerste"), (2, "tweede"), (3, "derde")]


def test_a_database_without_usable_history_is_replaced_with_a_new_history(
    tmp_path: Path,
) -> None:
    target = tmp_path / "w.duckdb"
    con = duckdb.connect(str(target))
    con.execute("create table etl_runs (iets integer)")  # not the warehouse's table
    con.execute("insert into etl_runs values (7)")
    con.close()
    run = RunInfo(gestart_op=datetime(2012, 12, 31), bron="nieuw", strikt=False)
    build_warehouse(target, _empty_data(), run)
    assert _runs(target) == [(1, "nieuw")]


CATALOGUS = [
    "select schema_name, view_name, sql from duckdb_views() where not internal",
    "select schema_name, table_name, column_index, column_name, data_type, is_nullable "
    "from duckdb_columns() where not internal",
    "select schema_name, function_name, function_type, macro_definition "
    "from duckdb_functions() where not internal and function_type like '%macro%'",
    "select constraint_text from duckdb_constraints() where schema_name <> 'pg_catalog'",
    "select * from etl_runs",
    "select * from urenbalans",
]


def _catalogus(target: Path) -> list[list[tuple]]:
    """The rows of `CATALOGUS`, sorted; DuckDB writes an `EXCLUDE (…)` list (a set) in
    any order, so its names are sorted too."""
    con = connect_readonly(target)
    try:
        return [
            sorted(
                (tuple(_exclude_geordend(v) for v in rij) for rij in con.execute(q).fetchall()),
                key=repr,
            )
            for q in CATALOGUS
        ]
    finally:
        con.close()


def _exclude_geordend(waarde: object) -> object:
    if not isinstance(waarde, str):
        return waarde
    return re.sub(
        r"EXCLUDE \(([^()]*)\)",
        lambda m: f"EXCLUDE ({', '.join(sorted(m.group(1).split(', ')))})",
        waarde,
    )


ZELF_RUN = RunInfo(gestart_op=datetime(2012, 12, 31), bron="test", strikt=False)


@pytest.fixture(scope="module")
def zelf(tmp_path_factory: pytest.TempPathFactory) -> list[list[tuple]]:
    """The catalogue of a warehouse built without a template (`_empty_data`, `ZELF_RUN`),
    built once for the two tests that compare a build with it (they only read it)."""
    pad = tmp_path_factory.mktemp("zelf") / "zelf.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(SJABLOON_ENV, UIT)
        build_warehouse(pad, _empty_data(), ZELF_RUN)
    return _catalogus(pad)


def test_a_build_from_the_template_equals_one_made_from_scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zelf: list[list[tuple]]
) -> None:
    monkeypatch.setenv(SJABLOON_ENV, str(tmp_path / "sjablonen"))
    for naam in ("eerste", "tweede"):
        build_warehouse(tmp_path / f"{naam}.duckdb", _empty_data(), ZELF_RUN)

    assert len(list((tmp_path / "sjablonen").iterdir())) == 1  # made once, then copied
    assert len(zelf[0]) > 50 and len(zelf[2]) > 30  # views and macros to compare
    assert _catalogus(tmp_path / "eerste.duckdb") == zelf
    assert _catalogus(tmp_path / "tweede.duckdb") == zelf


def test_a_changed_sql_file_gets_a_template_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SJABLOON_ENV, str(tmp_path / "sjablonen"))
    eerste = sjabloon(maak_sjabloon)
    sql = shutil.copytree(SQL_DIR, tmp_path / "sql")
    view = sql / "views" / "urenbalans.sql"
    view.write_text(view.read_text(encoding="utf-8") + "\n-- changed\n", encoding="utf-8")
    monkeypatch.setattr(sqlfiles, "SQL_DIR", sql)

    tweede = sjabloon(maak_sjabloon)

    assert eerste is not None and tweede is not None
    assert eerste != tweede
    assert sorted((tmp_path / "sjablonen").iterdir()) == sorted([eerste, tweede])
    assert sjabloon(maak_sjabloon) == tweede  # found again, not made again


def test_without_the_variable_templates_live_in_the_users_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ETL as users run it uses a template too, kept in their cache folder; `uit`
    switches templates off."""
    monkeypatch.delenv(SJABLOON_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert sjabloonmap() == tmp_path / "cache" / "proeftuin"
    run = RunInfo(gestart_op=datetime(2012, 12, 31), bron="test", strikt=False)
    build_warehouse(tmp_path / "w.duckdb", _empty_data(), run)

    gemaakt = list((tmp_path / "cache" / "proeftuin").iterdir())
    assert [p.name.startswith("sjabloon-") and p.suffix == ".duckdb" for p in gemaakt] == [True]

    monkeypatch.setenv(SJABLOON_ENV, UIT)
    assert sjabloonmap() is None
    assert sjabloon(maak_sjabloon) is None


def test_a_template_folder_that_cannot_be_written_gives_a_build_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zelf: list[list[tuple]]
) -> None:
    (tmp_path / "bestand").write_text("geen map", encoding="utf-8")
    monkeypatch.setenv(SJABLOON_ENV, str(tmp_path / "bestand" / "sjablonen"))

    assert sjabloon(maak_sjabloon) is None
    build_warehouse(tmp_path / "w.duckdb", _empty_data(), ZELF_RUN)

    assert _catalogus(tmp_path / "w.duckdb") == zelf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestand", "w.duckdb"]  # nothing else


def test_a_new_template_removes_other_keys_unused_for_a_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade leaves no template behind for good; a recent one of another checkout stays."""
    map_ = tmp_path / "sjablonen"
    map_.mkdir()
    monkeypatch.setenv(SJABLOON_ENV, str(map_))
    oud, recent, anders = (
        map_ / "sjabloon-oud.duckdb",
        map_ / "sjabloon-recent.duckdb",
        map_ / "notities.txt",
    )
    for pad in (oud, recent, anders):
        pad.write_bytes(b"x")
    twee_dagen = datetime.now().timestamp() - 2 * 24 * 3600
    for pad in (oud, anders):
        os.utime(pad, (twee_dagen, twee_dagen))

    nieuw = sjabloon(maak_sjabloon)

    assert nieuw is not None
    assert sorted(map_.iterdir()) == sorted([nieuw, recent, anders])
