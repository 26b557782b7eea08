"""Build small real warehouses from hand-written rows, the way the ETL would hand them over.

`warehouse` (a fixture) returns a function: pass each table as a list of dicts holding only
the columns that matter to the test; `bestand`/`regel` and the six built-in gemeenten are
filled in. The result is the path of a real DuckDB file built by `build_warehouse`, so every
view is created and every check in `sql/checks` has passed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.sql.helpers import GEMEENTEN, empty_log, frame
from warehouse.build import RunInfo, WarehouseData, build_warehouse

Builder = Callable[..., Path]


@pytest.fixture
def warehouse(tmp_path: Path) -> Builder:
    """Build a warehouse file from keyword arguments `table=[{...}, ...]`."""
    counter = iter(range(1_000_000))

    def build(**tables: list[dict]) -> Path:
        gemeenten = tables.pop("gemeenten", [])
        extra = {g["code"] for g in gemeenten}
        builtin = [{"code": c, "naam": n} for c, n in GEMEENTEN.items() if c not in extra]
        frames = {"gemeenten": frame("gemeenten", builtin + gemeenten)}
        frames |= {name: frame(name, rows) for name, rows in tables.items()}
        target = tmp_path / f"w{next(counter)}.duckdb"
        build_warehouse(
            target,
            WarehouseData(
                tables=frames,
                bestanden=empty_log("etl_bestanden_log"),
                afgekeurd=empty_log("etl_afgekeurd_log"),
            ),
            RunInfo(gestart_op=datetime(2012, 12, 31, 17, 0), bron="test", strikt=False),
        )
        return target

    return build
