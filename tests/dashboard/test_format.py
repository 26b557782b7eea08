"""Dutch formatting and zero-sum rounding for display."""

from datetime import date, datetime

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from dashboard import format as fmt
from dashboard import perioden


def test_getal_is_dutch():
    assert fmt.getal(1234.5) == "1.234,5"
    assert fmt.getal(-1234567.891, 2) == "-1.234.567,89"
    assert fmt.getal(205, 0, teken=True) == "+205"
    assert fmt.getal(-0.04, 1) == "0,0"
    assert fmt.getal(None) == ""
    assert fmt.euro(1234.5) == "€\u00a01.235"  # no-break space: never € | 1.235
    assert fmt.getal(2.5, 0) == "3"
    assert fmt.getal(-2.5, 0) == "-3"
    assert fmt.getal(0.125, 2) == "0,13"
    assert fmt.getal(-0.4, 0, teken=True) == "0"


def test_datums_are_dutch():
    assert fmt.datum(date(2012, 12, 31)) == "31-12-2012"
    assert fmt.tijdstip(datetime(2013, 1, 2, 9, 5)) == "02-01-2013 09:05"
    assert fmt.datum_lang(date(2012, 6, 30)) == "30 juni 2012"


def test_afronden_nulsom_keeps_the_plan_row_at_zero():
    # The plan's Drechtwerk row: 110 hours brought by ALB, taken by the six equally.
    rij = [110 - 110 / 6] + [-110 / 6] * 5
    afgerond = fmt.afronden_nulsom(rij)
    assert sum(afgerond) == 0
    assert all(abs(a - r) < 1 for a, r in zip(afgerond, rij, strict=True))


@given(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=12))
def test_afronden_nulsom_sums_to_rounded_total(waarden):
    afgerond = fmt.afronden_nulsom(waarden)
    assert sum(afgerond) == round(sum(waarden))
    assert all(abs(a - w) < 1 + 1e-6 for a, w in zip(afgerond, waarden, strict=True))


def test_tabel_formats_by_type():
    frame = pl.DataFrame(
        {"a": [1234.56], "d": [date(2012, 3, 31)], "b": [True], "l": [["W1", "W2"]]}
    )
    getoond = fmt.tabel(frame, {"a": "Uren", "d": "Datum", "b": "Akkoord", "l": "Punten"}, {"a": 1})
    assert getoond.row(0) == ("1.234,6", "31-03-2012", "ja", "W1, W2")


def test_nulsom_matrix_rows_and_totals_sum_to_zero():
    gemeenten = {"ALB": "Alblasserdam", "DOR": "Dordrecht", "ZWD": "Zwijndrecht"}
    lang = pl.DataFrame(
        {
            "opdracht_id": ["A", "A", "A", "B", "B", "B"],
            "titel": ["Een", "Een", "Een", "Twee", "Twee", "Twee"],
            "gerealiseerde_uren": [10.0] * 3 + [7.0] * 3,
            "gemeente": ["ALB", "DOR", "ZWD"] * 2,
            "saldo_uren": [10 - 10 / 3, -10 / 3, -10 / 3, 0.0, 3.5, -3.5],
        }
    )
    matrix = fmt.nulsom_matrix(lang, gemeenten, tarief=60.0)
    assert matrix.get_column("Opdracht").to_list() == [
        "Een",
        "Twee",
        "Uren totalen",
        "Staat gelijk aan",
    ]
    for rij in matrix.head(3).iter_rows(named=True):
        cellen = [rij[n] for n in gemeenten.values()]
        assert sum(int(c.replace(".", "")) for c in cellen if c) == 0
    assert matrix.row(1, named=True)["Alblasserdam"] == ""  # no effect: blank, as in the plan
    assert matrix.row(3, named=True)["Alblasserdam"] == "€\u00a0400"


def test_perioden_end_on_the_last_day():
    kwartalen = perioden.kwartalen(date(2012, 1, 3), date(2012, 8, 1))
    assert kwartalen == {
        "K1 2012": date(2012, 3, 31),
        "K2 2012": date(2012, 6, 30),
        "K3 2012": date(2012, 9, 30),
    }
    assert perioden.halfjaren(date(2012, 1, 3), date(2012, 12, 31)) == {
        "1e halfjaar 2012": date(2012, 6, 30),
        "2e halfjaar 2012": date(2012, 12, 31),
    }
