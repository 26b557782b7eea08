"""The warehouse build itself: swapping over leftovers of earlier writers, SQL file order."""

from datetime import datetime
from pathlib import Path

import polars as pl

from etl.kinds import BUILTIN_GEMEENTEN
from etl.load import AFGEKEURD_SCHEMA, BESTANDEN_SCHEMA
from warehouse.build import RunInfo, WarehouseData, build_warehouse
from warehouse.connect import connect_readonly
from warehouse.sqlfiles import view_files


def _empty_data() -> WarehouseData:
    log = pl.DataFrame(schema=BESTANDEN_SCHEMA)
    afgekeurd = pl.DataFrame(schema=AFGEKEURD_SCHEMA).drop("soort")
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
