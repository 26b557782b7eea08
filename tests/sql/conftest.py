"""Build small real warehouses from hand-written rows, the way the ETL would hand them over.

`warehouse` (a fixture) returns a function: pass each table as a list of dicts holding only
the columns that matter to the test; `bestand`/`regel` and the six built-in gemeenten are
filled in. The result is the path of a real DuckDB file built by `build_warehouse`, so every
view is created and every check in `sql/checks` has passed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sql.helpers import Builder, builder


@pytest.fixture
def warehouse(tmp_path: Path) -> Builder:
    """A builder writing into this test's temporary folder."""
    return builder(tmp_path)


@pytest.fixture(scope="module")
def module_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Builder:
    """A builder for warehouses shared by the tests of one module (built once)."""
    return builder(tmp_path_factory.mktemp("warehouse"))
