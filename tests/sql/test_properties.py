"""Property: whatever the registrations, the hour bank keeps its identities."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hypothese import voorbeelden
from tests.sql.helpers import SIX, failing_checks, scratch

# one opdracht per share rule, plus one with uneven deelnemers that sum to 1 ± 0.001
OPDRACHTEN = [
    ("LOK", "lokaal", "HIA"),
    ("REG", "regionaal", "REGIO"),
    ("OND", "ondersteuning", "REGIO"),
    ("ONT", "ontwikkel", "PAP"),
    ("MEER", "meervoudig_lokaal", "SLI"),
]
SETUP = [
    (
        "insert into medewerkers (medewerker_id, gemeente, schaal, bestand, regel) "
        "values (?, ?, 10, 'm.csv', ?)",
        [(f"M-{c}", c, i + 2) for i, c in enumerate(SIX)],
    ),
    (
        "insert into opdrachten (opdracht_id, titel, soort_opdracht, aanvrager, begrote_uren, "
        "status, bestand, regel) values (?, ?, ?, ?, 100, 'lopend', 'o.csv', ?)",
        [(o, o, s, a, i + 2) for i, (o, s, a) in enumerate(OPDRACHTEN)],
    ),
    "insert into deelnemers values ('MEER', 'SLI', 0.3337, 'd.csv', 2), "
    "('MEER', 'ALB', 0.3331, 'd.csv', 3), ('MEER', 'ZWD', 0.3338, 'd.csv', 4)",
]

registratie = st.tuples(
    st.sampled_from(SIX),
    st.sampled_from([o for o, _, _ in OPDRACHTEN]),
    st.integers(min_value=0, max_value=730),
    st.floats(min_value=0.01, max_value=24, allow_nan=False),
)


@settings(max_examples=voorbeelden(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(registratie, max_size=40))
def test_random_registrations_keep_zero_sum_and_cumulative_saldo(rows):
    uren = (
        "insert into uren (medewerker_id, opdracht_id, datum, uren, bestand, regel) "
        "values (?, ?, ?, ?, 'u.csv', ?)",
        [
            (f"M-{g}", o, date(2012, 1, 1) + timedelta(days=d), u, i + 2)
            for i, (g, o, d, u) in enumerate(rows)
        ],
    )
    con = scratch([*SETUP, uren] if rows else SETUP)
    assert failing_checks(con) == set()
    # the views without a date show the current boekjaar: the latest year with data
    dagen = [date(2012, 1, 1) + timedelta(days=d) for _, _, d, _ in rows]
    jaar = max(dagen).year if dagen else date.today().year
    saldo = dict(con.execute("select gemeente, saldo_uren from urenbalans").fetchall())
    # each interface figure is its exact value rounded to 6 decimals (within 5e-7 h)
    assert sum(saldo.values()) == pytest.approx(0, abs=len(saldo) * 5e-7)
    assert sum(
        u for (_, _, _, u), dag in zip(rows, dagen, strict=True) if dag.year == jaar
    ) == pytest.approx(
        con.execute("select sum(gebracht_uren) from urenbalans").fetchone()[0],
        abs=len(saldo) * 5e-7,  # six rounded figures (0,3359375 h is shown as 0,335938)
    )
    laatste = dict(
        con.execute(
            "select gemeente, max_by(saldo_cumulatief, kwartaal) "
            "from urenbalans_per_kwartaal where jaar = ? group by gemeente",
            [jaar],
        ).fetchall()
    )
    for g in SIX:
        assert laatste.get(g, 0) == pytest.approx(saldo[g], abs=1e-6)
    halfjaar = dict(
        con.execute(
            "select gemeente, sum(saldo_uren) from urenbalans_per_halfjaar where jaar = ? "
            "group by gemeente",
            [jaar],
        ).fetchall()
    )
    for g in SIX:
        assert halfjaar.get(g, 0) == pytest.approx(saldo[g], abs=4 * 5e-7 + 5e-7)
    per_day = date(2012, 1, 1) + timedelta(days=365)
    op = dict(
        con.execute("select gemeente, saldo_uren from urenbalans_op(?)", [per_day]).fetchall()
    )
    assert sum(op.values()) == pytest.approx(0, abs=len(op) * 5e-7)
