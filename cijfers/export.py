"""Downloads of what a page or a report shows: XLSX (several sheets) and CSV (Excel-NL).

Every text cell and header is neutralised first (`warehouse.neutralise`): source text
such as a gemeente named `=HYPERLINK(...)` must not become a live formula in Excel.
"""

from __future__ import annotations

import io
from typing import Any

import polars as pl
import xlsxwriter

from warehouse.neutralise import neutralise_frame

DATUM_EXCEL = "dd-mm-yyyy"
"""How dates show in the download: real Excel dates, written the Dutch way (31-12-2012)."""


def naar_xlsx(bladen: dict[str, pl.DataFrame], titel: str | None = None) -> bytes:
    """One worksheet per frame (name <= 31 characters), numbers kept as numbers, text as
    text (never a formula or link).

    With `titel` (say, 'Tussenstand per 30-06-2012'), each sheet starts with that title
    and the sheet's name in bold, so a printed or forwarded sheet says what and which date
    it is; the table starts on row 3. Dates are Excel dates shown dd-mm-jjjj; numbers stay
    numbers, shown with the decimals they carry (`getal_formaten`).
    """
    buffer = io.BytesIO()
    opties = {"strings_to_formulas": False, "strings_to_urls": False}
    with xlsxwriter.Workbook(buffer, opties) as werkboek:
        vet = werkboek.add_format({"bold": True, "font_size": 13})
        for naam, frame in bladen.items():
            blad = naam[:31]
            neutralise_frame(frame).write_excel(
                workbook=werkboek,
                worksheet=blad,
                position=(2, 0) if titel else (0, 0),
                autofit=True,
                dtype_formats={pl.Date: DATUM_EXCEL, pl.Datetime: f"{DATUM_EXCEL} hh:mm"},
                column_formats=getal_formaten(frame),
            )
            if titel:
                werkboek.get_worksheet_by_name(blad).write_string(0, 0, f"{titel} — {naam}", vet)
    return buffer.getvalue()


def getal_formaten(frame: pl.DataFrame) -> dict[Any, str]:
    """Excel's display format per decimal column: as many decimals as the values carry
    (whole rounded hours 412, scores 7,6, cents 3.045,67), never the float's noise; with a
    thousands separator. The page rounds each figure before it is downloaded."""
    uit = {}
    for kolom, dtype in frame.schema.items():
        if dtype.is_float():
            waarden = frame.get_column(kolom).drop_nulls()
            d = next((d for d in range(7) if ((waarden * 10**d).round(6) % 1 == 0).all()), 6)
            uit[kolom] = "#,##0" + ("." + "0" * d if d else "")
    return uit


def met_koppen(frame: pl.DataFrame, kolommen: dict[str, str]) -> pl.DataFrame:
    """The columns of `kolommen` (source column -> Dutch header) in that order, values
    untouched: a download gets the headers the page shows, and numbers stay numbers."""
    return frame.select(pl.col(bron).alias(kop) for bron, kop in kolommen.items())


def naar_csv(frame: pl.DataFrame) -> bytes:
    """CSV as a Dutch Excel opens it: `;` separated, UTF-8 with BOM."""
    return b"\xef\xbb\xbf" + neutralise_frame(frame).write_csv(separator=";").encode("utf-8")
