"""Downloads of what a page shows: XLSX (several sheets) and CSV (semicolon, Excel-NL).

Every text cell and header is neutralised first (`warehouse.neutralise`): source text
such as a gemeente named `=HYPERLINK(...)` must not become a live formula in Excel.
"""

from __future__ import annotations

import io

import polars as pl
import xlsxwriter

from warehouse.neutralise import neutralise_frame


def naar_xlsx(bladen: dict[str, pl.DataFrame]) -> bytes:
    """One worksheet per frame (name <= 31 characters), numbers kept as numbers, text as text."""
    buffer = io.BytesIO()
    opties = {"strings_to_formulas": False, "strings_to_urls": False}
    with xlsxwriter.Workbook(buffer, opties) as werkboek:
        for naam, frame in bladen.items():
            neutralise_frame(frame).write_excel(
                workbook=werkboek, worksheet=naam[:31], autofit=True
            )
    return buffer.getvalue()


def met_koppen(frame: pl.DataFrame, kolommen: dict[str, str]) -> pl.DataFrame:
    """The columns of `kolommen` (source column -> Dutch header) in that order, values
    untouched: a download gets the headers the page shows, and numbers stay numbers."""
    return frame.select(pl.col(bron).alias(kop) for bron, kop in kolommen.items())


def naar_csv(frame: pl.DataFrame) -> bytes:
    """CSV as a Dutch Excel opens it: `;` separated, UTF-8 with BOM."""
    return b"\xef\xbb\xbf" + neutralise_frame(frame).write_csv(separator=";").encode("utf-8")
