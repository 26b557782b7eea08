"""Run accounting, leerervaringen and the conventions of the SQL files themselves."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.sql.helpers import query
from warehouse.sqlfiles import INTERN, check_files, view_files

BESTANDEN = [
    {
        "bestand": "dordrecht/uren.xlsx",
        "soort": "uren",
        "rijen_gelezen": 10,
        "rijen_geladen": 8,
        "rijen_afgekeurd": 2,
        "opmerking": None,
    },
    {
        "bestand": "notities.txt",
        "soort": None,
        "rijen_gelezen": 0,
        "rijen_geladen": 0,
        "rijen_afgekeurd": 0,
        "opmerking": "niet herkend",
    },
]
AFGEKEURD = [
    {"bestand": "dordrecht/uren.xlsx", "regel": 9, "reden": "uren moet tussen 0 en 24 liggen"},
    {"bestand": "dordrecht/uren.xlsx", "regel": 4, "reden": "opdracht PT-7 bestaat niet"},
    {"bestand": "kapot.csv", "regel": None, "reden": "kolom 'datum' ontbreekt"},
]


def test_etl_views_show_the_last_run_with_contract_columns_first(warehouse):
    path = warehouse(bestanden=BESTANDEN, afgekeurd=AFGEKEURD)
    bestanden = query(path, "select * from etl_bestanden")
    assert list(bestanden[0])[:5] == [
        "bestand",
        "soort",
        "rijen_gelezen",
        "rijen_geladen",
        "rijen_afgekeurd",
    ]
    assert [b["bestand"] for b in bestanden] == ["dordrecht/uren.xlsx", "notities.txt"]
    afgekeurd = query(path, "select * from etl_afgekeurd")
    assert [(a["bestand"], a["regel"]) for a in afgekeurd] == [
        ("dordrecht/uren.xlsx", 4),
        ("dordrecht/uren.xlsx", 9),
        ("kapot.csv", None),
    ]
    assert query(path, "select aantal_afgekeurd from data_stand") == [{"aantal_afgekeurd": 3}]


def ervaring(datum: date, soort: str) -> dict:
    return {"datum": datum, "soort": soort, "omschrijving": "x"}


def test_leerervaringen_per_kwartaal_lists_all_soorten(warehouse):
    path = warehouse(
        leerervaringen=[
            ervaring(date(2012, 2, 1), "dilemma"),
            ervaring(date(2012, 3, 31), "dilemma"),
            ervaring(date(2012, 4, 1), "conflict"),
        ]
    )
    rows = query(path, "select * from leerervaringen_per_kwartaal")
    assert len(rows) == 2 * 4
    telling = {(r["kwartaal"], r["soort"]): r["aantal"] for r in rows if r["aantal"]}
    assert telling == {(1, "dilemma"): 2, (2, "conflict"): 1}


@pytest.mark.parametrize(
    ("peildatum", "kwartalen"),
    [
        (date(2012, 3, 15), [(2012, 1)]),  # by datum: the 31-03 conflict not yet
        (date(2012, 4, 1), [(2012, 1)]),  # the 30-06 vraagpunt not yet
        (date(2012, 12, 31), [(2012, 1), (2012, 2)]),
        (date(2011, 12, 31), []),
        # every boekjaar counts from 1 January; null is the current boekjaar (2013)
        (date(2013, 1, 1), [(2013, 1)]),
        (None, [(2013, 1)]),
    ],
)
def test_leerervaringen_macros_count_what_is_dated_up_to_peildatum(
    module_warehouse, peildatum, kwartalen
):
    path = module_warehouse(
        leerervaringen=[
            ervaring(date(2012, 2, 1), "dilemma"),
            ervaring(date(2012, 3, 31), "conflict"),
            ervaring(date(2012, 6, 30), "vraagpunt"),
            ervaring(date(2013, 1, 1), "dilemma"),
        ]
    )
    per_kwartaal = query(path, "select * from leerervaringen_per_kwartaal_op(?)", [peildatum])
    assert sorted({(r["jaar"], r["kwartaal"]) for r in per_kwartaal}) == kwartalen
    assert len(per_kwartaal) == 4 * len(kwartalen)  # all four soorten per quarter
    lijst = query(path, "select * from leerervaringen_lijst_op(?)", [peildatum])
    assert sum(r["aantal"] for r in per_kwartaal) == len(lijst)
    assert sorted({(r["jaar"], r["kwartaal"]) for r in lijst}) == kwartalen
    assert all(peildatum is None or r["datum"] <= peildatum for r in lijst)


def test_leerervaringen_views_equal_their_macros_at_null(warehouse):
    path = warehouse(leerervaringen=[ervaring(date(2012, 5, 1), "conflict")])
    for view in ("leerervaringen_per_kwartaal", "leerervaringen_lijst"):
        assert query(path, f"select * from {view}_op(null)") == query(path, f"select * from {view}")


def test_every_sql_file_states_its_grain_and_defines_its_name_in_its_schema():
    for f in [*view_files(), *check_files()]:
        assert f.text.startswith("-- grain: one row"), f.path
        if f.layer != "checks":
            # staging and marts say `intern.<name>`; the interface is created in main
            name = f.qualified_name if f.schema == INTERN else f.name
            create = rf"^create or replace (view|table|macro) {re.escape(name)}( as|\()"
            assert re.search(create, f.text, re.MULTILINE), f.path
