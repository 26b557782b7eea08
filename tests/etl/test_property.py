"""Property: any mix of good and bad hour rows keeps the accounting and loads the good hours."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.load import run_etl
from tests.etl.helpers import MEDEWERKERS, OPDRACHTEN, UREN_HEADER, write_csv
from tests.hypothese import voorbeelden
from warehouse.connect import connect_readonly

BAD_ROWS = [
    ["M-1", "PT-1", "01-03-2012", "25"],
    ["M-1", "PT-1", "01-03-2012", "0"],
    ["M-9", "PT-1", "01-03-2012", "1"],
    ["M-1", "PT-9", "01-03-2012", "1"],
    ["M-1", "PT-3", "01-03-2012", "1"],
    ["M-1", "PT-1", "30-02-2012", "1"],
    ["M-1", "PT-1", "01-03-2012", "veel"],
    ["", "PT-1", "01-03-2012", "1"],
]
QUARTERS = st.integers(min_value=1, max_value=16)  # good hours are multiples of 0.25, <= 4


@st.composite
def uren_rows(draw):
    """Rows with a flag `good`; good rows use distinct (employee, day) so none passes 24."""
    n = draw(st.integers(min_value=0, max_value=40))
    rows = []
    for i in range(n):
        if draw(st.booleans()):
            medewerker = f"M-{i % 3 + 1}"
            day = i // 3 + 1
            uren = draw(QUARTERS) / 4
            text = f"{uren:g}".replace(".", ",")
            rows.append((True, uren, [medewerker, "PT-1", f"{day}-2-2012", text]))
        else:
            rows.append((False, 0.0, draw(st.sampled_from(BAD_ROWS))))
    return rows


@settings(
    max_examples=voorbeelden(12),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=uren_rows(), sep=st.sampled_from([";", "\t"]), split=st.integers(0, 40))
def test_accounting_holds_and_exactly_the_good_hours_load(rows, sep, split):
    with tempfile.TemporaryDirectory() as tmp:
        bron = Path(tmp) / "bron"
        write_csv(bron / "medewerkers.csv", MEDEWERKERS, sep=sep)
        write_csv(bron / "opdrachten.csv", OPDRACHTEN, sep=sep)
        files = [rows[:split], rows[split:]]
        for i, part in enumerate(files):
            write_csv(
                bron / f"deel{i}" / "uren.csv", [UREN_HEADER] + [r for _, _, r in part], sep=sep
            )
        target = Path(tmp) / "w.duckdb"
        outcome = run_etl(bron, target)

        for row in outcome.bestanden.iter_rows(named=True):
            assert row["rijen_gelezen"] == row["rijen_geladen"] + row["rijen_afgekeurd"]
        uren_log = outcome.bestanden.filter(outcome.bestanden["soort"] == "uren")
        assert uren_log["rijen_gelezen"].sum() == len(rows)
        assert uren_log["rijen_geladen"].sum() == sum(good for good, _, _ in rows)

        con = connect_readonly(target)
        try:
            loaded = con.execute("select coalesce(sum(uren), 0), count(*) from uren").fetchone()
            afgekeurd = con.execute("select count(*) from etl_afgekeurd_log").fetchone()[0]
        finally:
            con.close()
        assert loaded[0] == sum(u for good, u, _ in rows if good)
        assert loaded[1] + afgekeurd == len(rows)
