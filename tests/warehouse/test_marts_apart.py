"""The marts filled beside the others (`warehouse.build.losse_marts`, `materialise_marts`):
only those no other mart needs, on a cursor in a transaction of their own."""

from pathlib import Path

import duckdb
import pytest

from warehouse.build import VAST_RIJEN, losse_marts, materialise_marts
from warehouse.sqlfiles import SqlFile, reads_any, view_files


def test_the_loose_marts_read_no_mart_and_no_mart_reads_them() -> None:
    marts = [f for f in view_files() if f.materialised]
    apart = losse_marts(marts)
    # the costliest mart at a million registrations reads only the loaded tables
    assert [f.name for f in apart] == ["fct_uren_maand"]
    for f in apart:
        assert not reads_any([f], frozenset(m.name for m in marts if m != f))
        assert not reads_any([m for m in marts if m != f], frozenset({f.name}))
        assert not reads_any([f], VAST_RIJEN)
    # a mart read by others (here by fct_bezetting_week and sig_bron) is not loose
    assert "fct_uren_week" not in {f.name for f in apart}


def _mart(tmp_path: Path, name: str, select: str) -> SqlFile:
    path = tmp_path / f"{name}.sql"
    path.write_text(f"-- grain: test\ncreate or replace table {name} as {select}\n")
    return SqlFile("marts", name, path)


def test_the_marts_apart_are_filled_beside_the_others_and_committed(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("create table bron as select range as i from range(1000)")
    a = _mart(tmp_path, "a", "select i * 2 as i from bron")
    b = _mart(tmp_path, "b", "select sum(i) as s from a")
    los = _mart(tmp_path, "los", "select count(*) as n from bron")
    geladen: list[str] = []

    materialise_marts(con, [a, los, b], lambda: geladen.append("vast"), {"b"}, [los])
    con.commit()

    assert geladen == ["vast"]
    assert con.execute("select s from b").fetchone() == (999_000,)
    assert con.execute("select n from los").fetchone() == (1000,)
    con.close()
    other = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    assert other.execute("select n from los").fetchone() == (1000,)
    other.close()


def test_a_failing_mart_apart_fails_the_build_with_its_file(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("create table bron as select range as i from range(10)")
    a = _mart(tmp_path, "a", "select i from bron")
    los = _mart(tmp_path, "los", "select * from bestaat_niet")

    with pytest.raises(RuntimeError, match="marts/los.sql faalt"):
        materialise_marts(con, [a, los], lambda: None, set(), [los])
    con.close()
