"""The duplicate and 24-hour rules (with their fast paths) against a plain row-by-row walk."""

from __future__ import annotations

from datetime import date

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.rules import AFKEURSOORT, BESTAND, REDEN, REGEL, reject_duplicates, reject_over_day_limit
from tests.hypothese import voorbeelden


def rows(medewerkers: list[str | None]) -> st.SearchStrategy[list[tuple]]:
    return st.lists(
        st.tuples(
            st.sampled_from(medewerkers),
            st.integers(min_value=1, max_value=3),  # day of February
            st.integers(min_value=1, max_value=96),  # quarter hours, up to 24
            st.booleans(),  # already rejected by an earlier rule
        ),
        max_size=40,
    )


def frame_of(data: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "medewerker_id": [m for m, *_ in data],
            "datum": [date(2012, 2, d) for _, d, *_ in data],
            "uren": [q / 4 for _, _, q, _ in data],
            BESTAND: ["a.csv"] * len(data),
            REGEL: list(range(2, len(data) + 2)),
            REDEN: ["eerder" if r else None for *_, r in data],
            AFKEURSOORT: ["eerder" if r else None for *_, r in data],
        },
        schema_overrides={REGEL: pl.Int32, REDEN: pl.String, AFKEURSOORT: pl.String},
    )


@settings(max_examples=voorbeelden(200), deadline=None)
@given(rows(["M-1", "M-2", "M-3", None]))
def test_duplicates_first_loaded_row_stays(data):
    result = reject_duplicates(frame_of(data), ["medewerker_id"], "medewerker_id {}", "dubbel")
    first: dict[str, int] = {}
    for i, (m, _, _, earlier) in enumerate(data):
        regel = i + 2
        got = result[REDEN][i]
        if earlier:
            assert got == "eerder"
        elif m is None or m not in first:
            assert got is None
            if m is not None:
                first[m] = regel
        else:
            assert got == f"medewerker_id {m} komt al voor: zie a.csv regel {first[m]}"


@settings(max_examples=voorbeelden(200), deadline=None)
@given(rows(["M-1", "M-2", "M-3"]))  # medewerker_id is required: never null here
def test_day_limit_walks_rows_in_order(data):
    result = reject_over_day_limit(frame_of(data))
    totals: dict[tuple, float] = {}
    for i, (m, d, q, earlier) in enumerate(data):
        got = result[REDEN][i]
        if earlier:
            assert got == "eerder"
            continue
        key = (m, d)
        total = totals.get(key, 0.0)
        if total + q / 4 > 24:
            assert got is not None and got.startswith("meer dan 24 uur op één dag")
        else:
            assert got is None
            totals[key] = total + q / 4


def test_many_distinct_ids_and_full_days_are_left_alone():
    n = 50_000
    frame = pl.DataFrame(
        {
            "registratie_id": [f"R{i}" for i in range(n)],
            "medewerker_id": [f"M-{i % 5000}" for i in range(n)],
            "datum": [date(2012, 1, 1 + i // 5000) for i in range(n)],
            "uren": [2.4] * n,  # ten rows of 2,4 per employee per day: exactly 24
            BESTAND: ["a.csv"] * n,
            REGEL: list(range(2, n + 2)),
            REDEN: [None] * n,
            AFKEURSOORT: [None] * n,
        },
        schema_overrides={REGEL: pl.Int32, REDEN: pl.String, AFKEURSOORT: pl.String},
    )
    assert reject_duplicates(frame, ["registratie_id"], "r {}", "dubbel")[REDEN].null_count() == n
    assert reject_over_day_limit(frame)[REDEN].null_count() == n
