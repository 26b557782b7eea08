"""Odd dates (issue 24): Excel's day 60 and forms of a date no one documented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter

from etl.kinds import KINDS
from etl.parse import parse_table
from etl.readers import read_source
from etl.sources import SourceFile
from tests.etl.helpers import UREN_HEADER, write_csv


def parsed(path: Path) -> pl.DataFrame:
    bron = SourceFile(path, path.name, "uren")
    return parse_table(read_source(bron).frame, KINDS["uren"])


def test_excel_day_60_is_rejected_as_the_29_february_1900_excel_shows(tmp_path):
    """Excel counts 1900 as a leap year: day 60 shows as 29-02-1900, which does not exist;
    calamine read it as 28-02-1900, the same day as 59."""
    path = tmp_path / "uren.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet, datum = book.add_worksheet(), book.add_format({"num_format": "dd-mm-yyyy"})
    sheet.write_row(0, 0, UREN_HEADER)
    for rij, dag in enumerate([59, 60, 61, 41000], start=1):
        sheet.write_row(rij, 0, ["M-1", "PT-1"])
        sheet.write_number(rij, 2, dag, datum)
        sheet.write_number(rij, 3, 2)
    book.close()
    rows = parsed(path).select("datum", "regel", "_reden").rows()
    assert rows == [
        (date(1900, 2, 28), 2, None),
        (None, 3, "datum '29-02-1900' is geen geldige datum"),
        (date(1900, 3, 1), 4, None),
        (date(2012, 4, 1), 5, None),
    ]


@pytest.mark.parametrize("tekst", ["+2012-01-05", "-2012-01-05", "2012-1-5", "02012-01-05"])
def test_only_the_documented_date_forms_are_dates(tmp_path, tekst):
    path = write_csv(tmp_path / "uren.csv", [UREN_HEADER, ["M-1", "PT-1", tekst, "2"]])
    assert parsed(path)["_reden"].to_list() == [f"datum '{tekst}' is geen geldige datum"]


@pytest.mark.parametrize("tekst", ["5-1-2012", "05-01-2012", "2012-01-05"])
def test_the_documented_forms_still_read(tmp_path, tekst):
    path = write_csv(tmp_path / "uren.csv", [UREN_HEADER, ["M-1", "PT-1", tekst, "2"]])
    assert parsed(path).select("datum", "_reden").rows() == [(date(2012, 1, 5), None)]
