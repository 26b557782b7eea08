"""The SQL's Dutch numbers and dates equal Python's: `intern.nl_uren` and `intern.nl_datum`
(used in the signal texts of `signalen` and `kandidaten`) against `dutch.format`.

Why: both write 1.235 and 31-12-2012 for the reader, one in the warehouse and one in the
pages, Excel and the report; a text of a signal and a table cell must never disagree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dutch.format import datum, getal
from tests.hypothese import voorbeelden

STAGING = Path(__file__).resolve().parents[2] / "sql" / "staging"


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("create schema intern")
    for naam in ("nl_uren", "nl_datum"):
        con.execute((STAGING / f"{naam}.sql").read_text(encoding="utf-8"))
    return con


@pytest.mark.parametrize("waarde", [0.0, 0.5, -0.5, 2.5, -2.5, 1234.5, -1234.5, 0.4999, 1e7])
def test_nl_uren_writes_what_getal_writes(con, waarde):
    assert con.execute("select intern.nl_uren(?)", [waarde]).fetchone()[0] == getal(waarde, 0)


@settings(max_examples=voorbeelden(200))
@given(waarde=st.floats(-1e9, 1e9, allow_nan=False), dag=st.dates(date(1900, 1, 1)))
def test_any_number_and_date_alike_in_sql_and_python(con, waarde, dag):
    uren, dat = con.execute(
        "select intern.nl_uren(?), intern.nl_datum(?)", [waarde, dag]
    ).fetchone()
    assert (uren, dat) == (getal(waarde, 0), datum(dag))
