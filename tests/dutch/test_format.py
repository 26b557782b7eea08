"""The shared Dutch formats: counts, typed numbers, amounts and period labels."""

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from dutch import format as nl


def test_geheel_writes_thousands_dots():
    assert nl.geheel(1234567) == "1.234.567"
    assert nl.geheel(999) == "999"
    assert nl.geheel(-1000) == "-1.000"
    assert nl.geheel(1015.9) == "1.015"


def test_getal_kort_drops_trailing_zeros():
    assert nl.getal_kort(1234.5) == "1.234,5"
    assert nl.getal_kort(8.0) == "8"
    assert nl.getal_kort(2.25, 2) == "2,25"
    assert nl.getal_kort(0.0) == "0"
    assert nl.getal_kort(1234.5, 2, duizendtallen=False) == "1234,5"
    assert nl.getal_kort(1000.0, 0) == "1.000"


def test_bedrag_has_two_decimals():
    assert nl.bedrag(13260) == "13.260,00"
    assert nl.bedrag(-0.5) == "-0,50"


def test_dates_and_periods():
    assert nl.datum(date(2012, 3, 1)) == "01-03-2012"
    assert datetime.strptime(nl.datum(date(2012, 3, 1)), nl.DATUM).date() == date(2012, 3, 1)
    assert nl.kwartaal_label(2012, 1) == "K1 2012"
    assert nl.halfjaar_label(2012, 2) == "2e halfjaar 2012"


@given(st.floats(-1e9, 1e9, allow_nan=False))
def test_getal_kort_reads_back_as_the_number(x):
    tekst = nl.getal_kort(x)
    assert abs(float(tekst.replace(".", "").replace(",", ".")) - x) <= 0.0005 + 1e-9 * abs(x)
