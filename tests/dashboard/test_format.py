"""Dutch formatting for display."""

from datetime import date, datetime

import polars as pl

from cijfers import format as fmt
from dashboard import brontekst, perioden


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


def test_tabel_formats_by_type():
    frame = pl.DataFrame(
        {"a": [1234.56], "d": [date(2012, 3, 31)], "b": [True], "l": [["W1", "W2"]]}
    )
    getoond = fmt.tabel(frame, {"a": "Uren", "d": "Datum", "b": "Akkoord", "l": "Punten"}, {"a": 1})
    assert getoond.row(0) == ("1.234,6", "31-03-2012", "ja", "W1, W2")


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


def test_tijdstippen_show_a_cells_tijdstip_without_seconds():
    assert brontekst.tijdstippen(
        ["03-09-2012 11:30:15", " 03-09-2012 9:05 ", "2012-09-03T11:30", "gisteren"]
    ) == ["03-09-2012 11:30", "03-09-2012 09:05", "03-09-2012 11:30", "gisteren"]
