"""Time in the werkbank (data contract, section 6): bezetting, prognose within the boekjaar,
prognose per kwartaal, kandidaten's free hours in the opdracht's weeks, overboekt_gepland,
zonder_planning and a toewijzingsvoorstel that staffs everything it can. Values by hand.

The data end in 2012, so "today" is 31-12-2012 (intern.planning_vanaf keeps the planning
inside the current boekjaar); `bezetting_vanaf` and `intern.prognose_tot` take another day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import by, opdracht, query

A, B, C = "A-DOR", "B-HIA", "C-ZWD"
MEDEWERKERS = [
    {
        "medewerker_id": A,
        "gemeente": "DOR",
        "schaal": 10,
        "expertise": ["armoede"],
        "beschikbaar_uren_per_week": 36.0,
        "naam": "Anna",
    },
    {
        "medewerker_id": B,
        "gemeente": "HIA",
        "schaal": 10,
        "expertise": ["armoede"],
        "beschikbaar_uren_per_week": 20.0,
        "naam": "Bert",
    },
    {
        "medewerker_id": C,
        "gemeente": "ZWD",
        "schaal": 10,
        "expertise": ["armoede"],
        "beschikbaar_uren_per_week": 8.0,
        "naam": "Cor",
    },
    {"medewerker_id": "D-PAP", "gemeente": "PAP", "schaal": 10, "naam": "Dirk"},
]
OPDRACHTEN = [
    # 16 of 100 booked in June; 84 left, planned 04-06 .. 01-07 (four whole weeks)
    opdracht(
        "P1",
        "lokaal",
        "ALB",
        opdrachtnemer=A,
        startdatum=date(2012, 1, 1),
        einddatum=date(2012, 7, 1),
    ),
    # 70 hours in the week of 18-06
    opdracht(
        "P2",
        "lokaal",
        "ALB",
        opdrachtnemer=A,
        begrote_uren=70.0,
        startdatum=date(2012, 6, 18),
        einddatum=date(2012, 6, 24),
    ),
    # no einddatum: not spread, a signal, counted in this boekjaar's prognose
    opdracht("P3", "lokaal", "PAP", opdrachtnemer=B, begrote_uren=40.0),
    # 60 hours from 01-12-2012 to 29-01-2013 (60 days, 1 an hour a day)
    opdracht(
        "P4",
        "lokaal",
        "ALB",
        opdrachtnemer=B,
        begrote_uren=60.0,
        startdatum=date(2012, 12, 1),
        einddatum=date(2013, 1, 29),
    ),
    # starts next year: nothing of it in this boekjaar's prognose
    opdracht(
        "P5",
        "lokaal",
        "ALB",
        opdrachtnemer=B,
        begrote_uren=53.0,
        startdatum=date(2013, 1, 7),
        einddatum=date(2013, 2, 28),
    ),
    # without opdrachtnemer: for the toewijzingsvoorstel
    opdracht(
        "P6", "lokaal", "SLI", titel="Armoedebeleid", begrote_uren=30.0, status="geaccepteerd"
    ),
    opdracht(
        "P7",
        "lokaal",
        "SLI",
        titel="Armoedebestrijding",
        begrote_uren=20.0,
        status="geaccepteerd",
        startdatum=date(2013, 1, 7),
        einddatum=date(2013, 1, 20),
    ),
    opdracht(
        "P8", "lokaal", "SLI", titel="Armoede en schulden", begrote_uren=10.0, status="geaccepteerd"
    ),
    opdracht("P9", "lokaal", "SLI", titel="Parkeernota", begrote_uren=10.0, status="geaccepteerd"),
]
UREN = [
    {"medewerker_id": A, "opdracht_id": "P1", "datum": date(2012, 6, 4), "uren": 8.0},
    {"medewerker_id": A, "opdracht_id": "P1", "datum": date(2012, 6, 5), "uren": 8.0},
]


@pytest.fixture(scope="module")
def path(module_warehouse):
    return module_warehouse(medewerkers=MEDEWERKERS, opdrachten=OPDRACHTEN, uren=UREN)


def _week(path, sql: str, params: list) -> dict:
    return {(r["medewerker_id"], r["week_start"]): r for r in query(path, sql, params)}


def test_bezetting_from_a_peildatum_spreads_remaining_hours_over_the_weeks(path):
    rows = _week(path, "select * from bezetting_vanaf(?::date)", [date(2012, 6, 4)])
    a = {
        w: (r["beschikbaar_uren"], r["geboekte_uren"], r["geplande_uren"], r["vrije_uren"])
        for (m, w), r in rows.items()
        if m == A
    }
    assert a[date(2012, 6, 4)] == (36, 16, 21, -1)  # 84 over four weeks, 16 booked
    assert a[date(2012, 6, 11)] == (36, 0, 21, 15)
    assert a[date(2012, 6, 18)] == (36, 0, 91, -55)  # P2's 70 on top
    assert a[date(2012, 6, 25)] == (36, 0, 21, 15)
    assert a[date(2012, 7, 2)] == (36, 0, 0, 36)
    assert a[date(2012, 5, 28)] == (36, 0, 0, 36)  # before the peildatum nothing is planned
    # B: P4's 60 hours over 60 days; Saturday 01-12 and Sunday 02-12 are in week 26-11
    b = {w: r["geplande_uren"] for (m, w), r in rows.items() if m == B}
    assert b[date(2012, 11, 26)] == 2
    assert b[date(2012, 12, 3)] == 7
    assert b[date(2012, 12, 31)] == 7  # the week of 31-12 belongs to the boekjaar too
    assert sum(b.values()) == 37  # the other 23 hours are planned in 2013's weeks
    # every medewerker × the 54 weeks with a day in 2012 (26-12-2011 .. 31-12-2012)
    assert len(rows) == 4 * 54
    assert min(w for _, w in rows) == date(2011, 12, 26)
    assert rows[("D-PAP", date(2012, 6, 4))]["vrije_uren"] is None  # availability unknown


def test_bezetting_of_a_boekjaar_without_data_is_the_same_grid_computed_when_asked(path):
    """2012's grid is built per run (intern.fct_bezetting_week); 2013 has no data, so its
    grid is computed by the same macro when asked: every medewerker x every week with a
    day in 2013, nothing booked, the planning from the peildatum on."""
    rows = _week(path, "select * from bezetting_vanaf(?::date)", [date(2013, 1, 7)])
    assert len(rows) == 4 * 53  # 31-12-2012 .. 30-12-2013
    assert min(w for _, w in rows) == date(2012, 12, 31)
    assert {r["boekjaar"] for r in rows.values()} == {2013}
    assert all(r["geboekte_uren"] == 0 for r in rows.values())
    # B: P4's remaining hours, planned from the peildatum's week to its einddatum
    assert rows[(B, date(2013, 1, 7))]["geplande_uren"] > 0
    assert rows[(B, date(2012, 12, 31))]["geplande_uren"] == 0  # before the peildatum
    assert (
        rows[(C, date(2013, 1, 7))]["vrije_uren"]
        == 8 - rows[(C, date(2013, 1, 7))]["geplande_uren"]
    )


def test_bezetting_plans_from_today_overdue_work_due_now(path):
    rows = _week(path, "select * from bezetting", [])
    a = rows[(A, date(2012, 12, 31))]
    # P1 (84) and P2 (70) passed their einddatum: all due in today's week
    assert (a["geplande_uren"], a["vrije_uren"], a["boekjaar"], a["week"]) == (154, -118, 2012, 1)
    # P4 from today: 60 hours over 31-12 .. 29-01 (30 days); P3 has no planning
    assert rows[(B, date(2012, 12, 31))]["geplande_uren"] == 14


def test_prognose_counts_only_hours_planned_in_the_boekjaar(path):
    rows = query(path, "select * from prognose")
    # ALB: -16 booked, -84 (P1), -70 (P2), -2 (P4: 1 of its 30 days from today is in 2012)
    assert by(rows, "gemeente", "prognose_saldo_uren") == {
        "ALB": -172,
        "DOR": 170,
        "HIA": 42,
        "PAP": -40,
        "SLI": 0,
        "ZWD": 0,
    }
    # P6, P8 and P9 (50); P7 starts in 2013
    assert by(rows, "gemeente", "resterende_uren_zonder_opdrachtnemer")["SLI"] == 50


def test_prognose_per_kwartaal_from_a_day_in_june(path):
    rows = query(
        path,
        "select peildatum, gemeente, prognose_saldo_uren from intern.prognose_tot(?::date, "
        "?::date[], [], [], [])",
        [date(2012, 6, 4), [date(2012, 6, 30), date(2012, 9, 30), date(2012, 12, 31)]],
    )
    saldo = {(r["peildatum"], r["gemeente"]): r["prognose_saldo_uren"] for r in rows}
    # by 30-06: 16 booked + 27 of P1's 28 days (81) + P2's 70
    assert saldo[(date(2012, 6, 30), "DOR")] == pytest.approx(167)
    assert saldo[(date(2012, 9, 30), "DOR")] == pytest.approx(170)
    assert saldo[(date(2012, 6, 30), "HIA")] == pytest.approx(0)  # P3 counts at the year end
    # year end: P3's 40 and 31 of P4's 60 days (01-12 .. 31-12)
    assert saldo[(date(2012, 12, 31), "HIA")] == pytest.approx(71)
    assert saldo[(date(2012, 12, 31), "ALB")] == pytest.approx(-201)


def test_prognose_per_kwartaal_view_ends_in_the_prognose(path):
    rows = query(path, "select * from prognose_per_kwartaal")
    assert {r["kwartaal"] for r in rows} == {4}  # today is 31-12: only Q4 remains
    prognose = by(query(path, "select * from prognose"), "gemeente", "prognose_saldo_uren")
    assert by(rows, "gemeente", "prognose_saldo_uren") == prognose


def test_kandidaten_free_hours_in_the_opdrachts_own_weeks(path):
    p6 = by(query(path, "select * from kandidaten('P6')"), "medewerker_id", "vrije_uren_per_week")
    assert p6[A] == -118  # the week of 31-12: 154 planned on 36
    assert p6[B] == 6  # 20 - 14 of P4
    assert p6[C] == 8
    # P7's weeks 07-01 and 14-01-2013: B has 14 of P4 and 7 of P5 (53 h over 53 days)
    p7 = by(query(path, "select * from kandidaten('P7')"), "medewerker_id", "vrije_uren_per_week")
    assert p7[B] == pytest.approx(-1)
    assert p7[A] == 36


def test_signals_overboekt_gepland_and_zonder_planning(path):
    rows = query(
        path,
        "select * from signalen where signaal in ('overboekt_gepland', "
        "'zonder_planning') order by signaal, opdracht_id, medewerker_id",
    )
    overboekt = [r for r in rows if r["signaal"] == "overboekt_gepland"]
    assert [(r["medewerker_id"], r["uren"], r["periode_van"]) for r in overboekt] == [
        (A, 118, date(2012, 12, 31)),
        # weeks 07-01 .. 21-01-2013: 14 (P4) + 7 (P5) on 20 available, one hour too many
        (B, 3, date(2013, 1, 7)),
    ]
    zonder = [(r["opdracht_id"], r["uren"]) for r in rows if r["signaal"] == "zonder_planning"]
    assert zonder == [("P3", 40), ("P6", 30), ("P8", 10), ("P9", 10)]


def test_voorstel_staffs_every_opdracht_it_can_and_uses_up_free_hours(path):
    rows = {r["opdracht_id"]: r for r in query(path, "select * from toewijzingsvoorstel")}
    assert set(rows) == {"P6", "P7", "P8", "P9"}
    # P6 (30 h of SLI) to ZWD keeps the spread smallest; Cor's 8 free hours in the week of
    # 31-12 then go to P6, so P8 (same week) goes to Bert although ZWD would be better
    assert rows["P6"]["medewerker_id"] == C
    assert rows["P8"]["medewerker_id"] == B
    assert "geen vrije uren meer" in rows["P8"]["reden"]
    assert rows["P7"]["medewerker_id"] == C  # 2013's weeks: Cor is free again
    assert rows["P9"]["medewerker_id"] is None
    assert rows["P9"]["reden"] == "geen toewijzing: niemand heeft passende expertise"
