"""Dutch cell text -> typed values (no files needed: these are the parsing rules themselves)."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from etl.kinds import KINDS
from etl.parse import parse_table
from etl.readers import REGEL


def parse(kind: str, columns: dict[str, list[str | None]]) -> pl.DataFrame:
    n = len(next(iter(columns.values())))
    raw = pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String)).with_columns(
        pl.Series(REGEL, range(2, n + 2), dtype=pl.Int32)
    )
    return parse_table(raw, KINDS[kind])


def test_decimal_comma_column_reads_dots_as_thousands():
    out = parse("geldinbreng", {"bedrag_eur": ["1.234,5", "3,5", "12.500", "7"]})
    assert out["bedrag_eur"].to_list() == [1234.5, 3.5, 12500.0, 7.0]


def test_decimal_comma_column_without_any_dot():
    out = parse("uren", {"uren": ["2,25", "8", "0,5", "3,5,6", "+1,5"]})
    assert out["uren"].to_list() == [2.25, 8.0, 0.5, None, 1.5]
    assert out["_reden"].to_list()[3] == "uren '3,5,6' is geen getal"


def test_decimal_point_column_without_commas():
    out = parse("geldinbreng", {"bedrag_eur": ["3.5", "1.234.567", "€ 12", "-4"]})
    assert out["bedrag_eur"].to_list() == [3.5, 1234567.0, 12.0, -4.0]


@pytest.mark.parametrize("text", ["1,234.5", "3,5,6", "1.23,5", "drie", "3 uur"])
def test_not_a_number(text):
    out = parse("geldinbreng", {"gemeente": ["DOR"], "datum": ["01-01-2012"], "bedrag_eur": [text]})
    assert out["bedrag_eur"].to_list() == [None]
    assert out["_reden"].to_list() == [f"bedrag_eur '{text}' is geen getal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01-02-2012", date(2012, 2, 1)),
        ("1-2-2012", date(2012, 2, 1)),
        ("2012-02-01", date(2012, 2, 1)),
        (" 29-02-2012 ", date(2012, 2, 29)),
        ("31-02-2012", None),
        ("29-02-2011", None),
        ("1-2-12", None),
        ("01/13/2012", None),
    ],
)
def test_dates(text, expected):
    out = parse("leerervaringen", {"datum": [text], "soort": ["dilemma"], "omschrijving": ["x"]})
    assert out["datum"].to_list() == [expected]
    if expected is None and text == "1-2-12":
        assert out["_reden"].to_list() == [
            "datum '1-2-12' heeft een jaartal van twee cijfers: schrijf het jaar voluit "
            "(dd-mm-jjjj)"
        ]
    elif expected is None:
        assert out["_reden"].to_list() == [f"datum '{text.strip()}' is geen geldige datum"]


def test_booleans_lists_codes_and_shares():
    out = parse(
        "opdrachten",
        {
            "akkoord_opdrachtgever": ["ja", "N", "TRUE", "0", "misschien"],
            "winstpunten": ["w1| W5 ", "W9", None, "", "W1"],
            "soort_opdracht": ["Lokaal", "regionaal", "ontwikkel", "lokaal", "lokaal"],
        },
    )
    assert out["akkoord_opdrachtgever"].to_list() == [True, False, True, False, None]
    assert out["winstpunten"].to_list() == [["W1", "W5"], ["W9"], None, None, ["W1"]]
    assert out["soort_opdracht"].to_list() == ["lokaal", "regionaal", "ontwikkel"] + ["lokaal"] * 2
    assert out["_reden"].to_list() == [None] * 4 + [
        "akkoord_opdrachtgever 'misschien' is geen ja/nee"
    ]

    shares = parse("deelnemers", {"opdracht_id": ["P"] * 4, "aandeel": ["80%", "0,2", "", "120%"]})
    assert shares["aandeel"].to_list() == [0.8, 0.2, None, 1.2]
    assert shares["_reden"].to_list()[3] == "aandeel moet tussen 0 en 1 liggen, gevonden: 120%"


def test_integer_columns_reject_fractions_and_ranges():
    out = parse(
        "evaluaties",
        {
            "opdracht_id": ["P"] * 4,
            "rol": ["opdrachtnemer"] * 4,
            "score_product": ["8", "7,5", "11", "0"],
        },
    )
    assert out["_reden"].to_list() == [
        None,
        "score_product '7,5' is geen geheel getal",
        "score_product moet tussen 1 en 10 liggen, gevonden: 11",
        "score_product moet tussen 1 en 10 liggen, gevonden: 0",
    ]
    assert out["score_product"][0] == 8


def test_dots_that_group_thousands_in_a_column_without_commas():
    out = parse("geldinbreng", {"bedrag_eur": ["7.000", "12.500", "500"]})
    assert out["bedrag_eur"].to_list() == [7000.0, 12500.0, 500.0]
