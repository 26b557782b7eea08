"""The warehouse build itself: swapping over leftovers of earlier writers, SQL file order."""

from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from etl.kinds import BUILTIN_GEMEENTEN
from etl.load import AFGEKEURD_SCHEMA, BESTANDEN_SCHEMA
from warehouse.build import RunInfo, WarehouseData, build_warehouse
from warehouse.connect import connect_readonly
from warehouse.sqlfiles import view_files


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
