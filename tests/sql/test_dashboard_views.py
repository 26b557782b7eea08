"""The views the dashboard reads for its summaries, on a small hand-computed werkvoorraad.

`werkvoorraad_per_soort(_op)`, `kpi_dimensie` and `winstpunt_overzicht` hold what the
dashboard once computed itself; these tests pin their numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import by, medewerkers_per_gemeente, opdracht, query, registraties

OPDRACHTEN = [
    opdracht(
        "A",
        "lokaal",
        begrote_uren=100.0,
        startdatum=date(2012, 2, 1),
        winst=["inhoudelijk", "financieel"],
        winstpunten=["W1"],
        opdrachtnemer="M-DOR",
    ),
    opdracht(
        "B",
        "lokaal",
        begrote_uren=40.0,
        status="afgerond",
        startdatum=date(2012, 1, 1),
        einddatum=date(2012, 3, 31),
        akkoord_opdrachtgever=True,
        winst=["financieel"],
        winstpunten=["W1"],
    ),
    # afgerond without einddatum: afgerond now, but never as of a date
    opdracht(
        "C",
        "regionaal",
        begrote_uren=60.0,
        status="afgerond",
        akkoord_opdrachtgever=False,
        winst=["financieel", "financieel"],
    ),
    opdracht(
        "D", "regionaal", begrote_uren=20.0, status="geaccepteerd", startdatum=date(2012, 7, 1)
    ),
    # aangemeld: not in the werkvoorraad per soort, but it does carry winst
    opdracht("E", "lokaal", begrote_uren=10.0, status="aangemeld", winst=["inhoudelijk"]),
    opdracht("F", "lokaal", begrote_uren=30.0, status="geannuleerd", winst=["kwaliteit"]),
    opdracht(
        "G",
        "ondersteuning",
        begrote_uren=8.0,
        status="afgerond",
        startdatum=date(2012, 4, 1),
        einddatum=date(2012, 6, 30),
    ),
]


@pytest.fixture(scope="module")
def voorraad(module_warehouse):
    return module_warehouse(
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=OPDRACHTEN,
        uren=registraties("A", "DOR", 30) + registraties("B", "ZWD", 16),
        evaluaties=[{"opdracht_id": "B", "rol": "opdrachtnemer", "score_product": 8}],
    )


def per_soort(path, peildatum: date | None) -> list[tuple]:
    sql = (
        "select * from werkvoorraad_per_soort"
        if peildatum is None
        else "select * from werkvoorraad_per_soort_op(?)"
    )
    rows = query(path, sql, [] if peildatum is None else [peildatum])
    return [(r["soort_opdracht"], r["stand"], r["aantal"], r["begrote_uren"]) for r in rows]


@pytest.mark.parametrize(
    ("peildatum", "verwacht"),
    [
        (  # now: C counts as afgerond by its status alone
            None,
            [
                ("lokaal", "afgerond", 1, 40),
                ("lokaal", "lopend", 1, 100),
                ("ondersteuning", "afgerond", 1, 8),
                ("regionaal", "afgerond", 1, 60),
                ("regionaal", "lopend", 1, 20),
            ],
        ),
        (  # A not started yet; C has no startdatum, so it counts (as lopend)
            date(2012, 1, 31),
            [("lokaal", "lopend", 1, 40), ("regionaal", "lopend", 1, 60)],
        ),
        (date(2012, 3, 30), [("lokaal", "lopend", 2, 140), ("regionaal", "lopend", 1, 60)]),
        (  # B's einddatum is the peildatum: afgerond
            date(2012, 3, 31),
            [
                ("lokaal", "afgerond", 1, 40),
                ("lokaal", "lopend", 1, 100),
                ("regionaal", "lopend", 1, 60),
            ],
        ),
        (  # G started 01-04 and ended 30-06; D starts 01-07
            date(2012, 6, 30),
            [
                ("lokaal", "afgerond", 1, 40),
                ("lokaal", "lopend", 1, 100),
                ("ondersteuning", "afgerond", 1, 8),
                ("regionaal", "lopend", 1, 60),
            ],
        ),
        (  # C stays lopend as of any date: without einddatum it never passed
            date(2012, 12, 31),
            [
                ("lokaal", "afgerond", 1, 40),
                ("lokaal", "lopend", 1, 100),
                ("ondersteuning", "afgerond", 1, 8),
                ("regionaal", "lopend", 2, 80),
            ],
        ),
    ],
)
def test_werkvoorraad_per_soort_follows_the_as_of_rules(voorraad, peildatum, verwacht):
    assert per_soort(voorraad, peildatum) == verwacht


def test_werkvoorraad_per_soort_op_null_is_the_view(voorraad):
    assert query(voorraad, "select * from werkvoorraad_per_soort_op(?)", [None]) == query(
        voorraad, "select * from werkvoorraad_per_soort"
    )


def test_werkvoorraad_per_soort_agrees_with_kpi_winstpunt_op(voorraad):
    """W1 holds A and B, both lokaal: the two as-of views must count them alike."""
    for peildatum in (date(2012, 1, 31), date(2012, 3, 30), date(2012, 3, 31)):
        w1 = query(
            voorraad, "select * from kpi_winstpunt_op(?) where winstpunt = 'W1'", [peildatum]
        )
        lokaal = [r for r in per_soort(voorraad, peildatum) if r[0] == "lokaal"]
        assert w1[0]["aantal_opdrachten"] == sum(r[2] for r in lokaal)
        assert w1[0]["aantal_afgerond"] == sum(r[2] for r in lokaal if r[1] == "afgerond")


def test_kpi_winstpunt_is_its_macro_with_current_status(voorraad):
    """The view takes the status as it is now, not as of the last day of the data."""
    view = query(voorraad, "select * from kpi_winstpunt")
    assert view == query(voorraad, "select * from kpi_winstpunt_op(?)", [None])
    assert [r["winstpunt"] for r in view] == [f"W{i}" for i in range(1, 10)]
    kwaliteit = query(voorraad, "select * from kwaliteit_per_winstpunt")
    assert [
        (k["aantal_opdrachten"], k["aantal_afgerond"], k["gemiddelde_score_product"])
        for k in kwaliteit
    ] == [(v["aantal_opdrachten"], v["aantal_afgerond"], v["gemiddelde_score"]) for v in view]


def test_kpi_dimensie_counts_each_opdracht_once_per_dimension(voorraad):
    rows = query(voorraad, "select * from kpi_dimensie")
    assert [r["dimensie"] for r in rows] == ["inhoudelijk", "financieel", "kwaliteit"]
    tellingen = {
        r["dimensie"]: (
            r["aantal_opdrachten"],
            r["aantal_afgerond"],
            r["aantal_akkoord"],
            r["begrote_uren"],
            r["gerealiseerde_uren"],
        )
        for r in rows
    }
    assert tellingen == {
        "inhoudelijk": (2, 0, 0, 110, 30),  # A and E
        "financieel": (3, 2, 1, 200, 46),  # A, B, C (C's repeated financieel counts once)
        "kwaliteit": (0, 0, 0, 0, 0),  # only the geannuleerd F
    }


def test_empty_warehouse_has_three_dimensions_and_no_soorten(warehouse):
    path = warehouse()
    rows = query(path, "select * from kpi_dimensie")
    assert [(r["dimensie"], r["aantal_opdrachten"], r["begrote_uren"]) for r in rows] == [
        ("inhoudelijk", 0, 0),
        ("financieel", 0, 0),
        ("kwaliteit", 0, 0),
    ]
    assert query(path, "select * from werkvoorraad_per_soort") == []
    assert query(path, "select * from werkvoorraad_per_soort_op(?)", [date(2012, 6, 30)]) == []


def test_winstpunt_overzicht_puts_the_three_per_winstpunt_views_side_by_side(voorraad):
    rows = query(voorraad, "select * from winstpunt_overzicht")
    assert [r["winstpunt"] for r in rows] == [f"W{i}" for i in range(1, 10)]
    w1 = rows[0]
    assert (w1["aantal_opdrachten"], w1["aantal_afgerond"], w1["aantal_akkoord"]) == (2, 1, 1)
    assert w1["gerealiseerde_uren"] == 46
    assert w1["aandeel_akkoord"] == 1
    assert w1["gemiddelde_score"] == 8
    assert w1["bespaarde_uren"] == 0
    assert by(rows, "winstpunt", "inhoudelijk") == by(
        query(voorraad, "select * from winstpunten"), "winstpunt", "inhoudelijk"
    )
