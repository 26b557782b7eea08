"""As-of macros and period views at their boundaries (31-03 / 01-04, 30-06 / 01-07)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import by, medewerkers_per_gemeente, opdracht, query


def uur(opdracht_id: str, gemeente: str, datum: date, uren: float) -> dict:
    return {
        "medewerker_id": f"M-{gemeente}",
        "opdracht_id": opdracht_id,
        "datum": datum,
        "uren": uren,
    }


@pytest.fixture(scope="module")
def grenzen(module_warehouse):
    """DOR works for ALB: 3 h on 31-03, 5 h on 01-04, 7 h on 30-06, 11 h on 01-07-2012."""
    return module_warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("A", "lokaal", "ALB", begrote_uren=40.0)],
        uren=[
            uur("A", "DOR", date(2012, 3, 31), 3),
            uur("A", "DOR", date(2012, 4, 1), 5),
            uur("A", "DOR", date(2012, 6, 30), 7),
            uur("A", "DOR", date(2012, 7, 1), 11),
        ],
    )


@pytest.mark.parametrize(
    ("peildatum", "saldo"),
    [
        (date(2012, 3, 30), 0),
        (date(2012, 3, 31), 3),
        (date(2012, 4, 1), 8),
        (date(2012, 6, 30), 15),
        (date(2012, 12, 31), 26),
    ],
)
def test_urenbalans_op_counts_up_to_and_including_peildatum(grenzen, peildatum, saldo):
    rows = query(grenzen, "select * from urenbalans_op(?)", [peildatum])
    assert len(rows) == 6
    balans = by(rows, "gemeente", "saldo_uren")
    assert balans["DOR"] == saldo
    assert balans["ALB"] == -saldo


def test_quarters_split_at_31_03(grenzen):
    rows = query(grenzen, "select * from urenbalans_per_kwartaal where gemeente = 'DOR'")
    assert [(r["kwartaal"], r["saldo_uren"], r["saldo_cumulatief"]) for r in rows] == [
        (1, 3, 3),
        (2, 12, 15),
        (3, 11, 26),
    ]
    alle = query(grenzen, "select * from urenbalans_per_kwartaal")
    assert len(alle) == 6 * 3  # every gemeente in every quarter that has data


def test_half_years_split_at_30_06(grenzen):
    rows = query(grenzen, "select * from urenbalans_per_halfjaar where gemeente = 'ALB'")
    assert [(r["jaar"], r["halfjaar"], r["saldo_uren"], r["saldo_cumulatief"]) for r in rows] == [
        (2012, 1, -15, -15),
        (2012, 2, -11, -26),
    ]


def test_tussenstand_op_counts_only_hours_by_then(grenzen):
    rows = query(grenzen, "select * from tussenstand_uren_tegoed_op(?)", [date(2012, 3, 31)])
    assert {r["gerealiseerde_uren"] for r in rows} == {3}
    assert by(rows, "gemeente", "saldo_uren")["ALB"] == -3
    assert query(grenzen, "select * from tussenstand_uren_tegoed_op(?)", [date(2012, 1, 1)]) == []


def test_the_views_equal_the_macros_at_the_last_day(grenzen):
    for view, macro in [
        ("urenbalans", "urenbalans_op"),
        ("tussenstand_uren_tegoed", "tussenstand_uren_tegoed_op"),
    ]:
        assert query(grenzen, f"select * from {view}") == query(
            grenzen, f"select * from {macro}(?)", [date(2012, 7, 1)]
        )
