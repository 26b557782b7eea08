"""Downloads: the Excel file holds the shown tables as numbers, the CSV opens in Dutch Excel."""

import io

import polars as pl

from cijfers import export


def test_xlsx_has_one_sheet_per_table_with_numbers():
    balans = pl.DataFrame({"gemeente": ["ALB", "DOR"], "saldo_uren": [-323.33, 206.67]})
    kpi = pl.DataFrame({"winstpunt": ["W1"], "aantal_opdrachten": [3]})
    inhoud = export.naar_xlsx({"Urenbalans": balans, "Winstpunten": kpi})
    terug = pl.read_excel(io.BytesIO(inhoud), sheet_id=0)
    assert list(terug) == ["Urenbalans", "Winstpunten"]
    assert terug["Urenbalans"].get_column("saldo_uren").to_list() == [-323.33, 206.67]
    assert terug["Winstpunten"].item(0, "aantal_opdrachten") == 3


def test_csv_is_semicolon_separated_with_bom():
    frame = pl.DataFrame({"bestand": ["uren.csv"], "regel": [5], "reden": ["uren; ongeldig"]})
    inhoud = export.naar_csv(frame)
    assert inhoud.startswith(b"\xef\xbb\xbf")
    terug = pl.read_csv(io.BytesIO(inhoud[3:]), separator=";")
    assert terug.equals(frame)


def test_download_columns_get_the_shown_headers_and_keep_numbers():
    balans = pl.DataFrame({"gemeente": ["ALB"], "naam": ["Alblasserdam"], "saldo_uren": [-1.5]})
    blad = export.met_koppen(balans, {"naam": "Gemeente", "saldo_uren": "Saldo (uren)"})
    assert blad.columns == ["Gemeente", "Saldo (uren)"]
    assert blad.schema["Saldo (uren)"] == pl.Float64
    terug = pl.read_excel(io.BytesIO(export.naar_xlsx({"Urenbalans": blad})))
    assert terug.row(0) == ("Alblasserdam", -1.5)


def test_titled_download_says_what_and_when_with_dutch_dates_and_one_decimal():
    from datetime import date

    import openpyxl

    frame = pl.DataFrame(
        {
            "Gemeente": ["Alblasserdam", "Dordrecht"],
            "Saldo (uren)": [-185.6, 12.0],  # rounded by the page (dutch.afronding)
            "Opdrachten": [3.0, 4.0],
            "Datum": [date(2012, 6, 30), date(2012, 1, 2)],
        }
    )
    inhoud = export.naar_xlsx({"Urenbalans": frame}, titel="Tussenstand per 30-06-2012")
    blad = openpyxl.load_workbook(io.BytesIO(inhoud))["Urenbalans"]
    assert blad["A1"].value == "Tussenstand per 30-06-2012 — Urenbalans"
    assert [c.value for c in blad[3]] == frame.columns
    saldo, opdrachten, datum = blad["B4"], blad["C4"], blad["D4"]
    assert saldo.value == -185.6 and saldo.number_format == "#,##0.0"  # a number, 1 decimal
    assert opdrachten.number_format == "#,##0"
    assert datum.is_date and datum.value.date() == date(2012, 6, 30)
    assert datum.number_format == "dd-mm-yyyy"
