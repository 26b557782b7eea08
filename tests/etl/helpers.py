"""Writers of small real CSV/XLSX source files for the ETL tests, and the base data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

from etl.load import EtlOutcome

MEDEWERKERS = [
    ["medewerker_id", "gemeente", "schaal", "naam"],
    ["M-1", "DOR", "11", "Anna"],
    ["M-2", "ZWD", "10", "Bram"],
    ["M-3", "HIA", "9", "Cees"],
]
OPDRACHTEN = [
    ["opdracht_id", "titel", "soort_opdracht", "aanvrager", "begrote_uren", "status"],
    ["PT-1", "Cultuurvisie", "lokaal", "HIA", "100", "lopend"],
    ["PT-2", "Drechtwerk", "ondersteuning", "REGIO", "200", "lopend"],
    ["PT-3", "Vervallen", "lokaal", "PAP", "10", "geannuleerd"],
]
UREN_HEADER = ["medewerker_id", "opdracht_id", "datum", "uren"]
# An opdracht's whole life, step by step, as the statushistorie records it when each step
# of the werkbank's levensloop is taken once (samenvoegen as the merged-into opdracht).
HEEL_LEVEN = [
    "aanmelden",
    "accepteren",
    "bevestigen",
    "starten",
    "verschuiven",
    "samenvoegen",
    "afronden",
]


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    sep: str = ";",
    encoding: str = "utf-8",
    newline: str = "\n",
) -> Path:
    """Write rows as a CSV file the way a municipality's export would (no quoting)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = newline.join(sep.join("" if v is None else str(v) for v in row) for row in rows)
    path.write_bytes((text + newline).encode(encoding))
    return path


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """An XLSX whose cells keep their Python type: real dates, real numbers, text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Blad1")
    date_format = book.add_format({"num_format": "dd-mm-yyyy"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, datetime | date):
                sheet.write_datetime(r, c, value, date_format)
            elif value is not None:
                sheet.write(r, c, value)
    book.close()
    return path


def reasons(outcome: EtlOutcome, bestand: str | None = None) -> dict[int | None, str]:
    """regel -> reden of the rejections (of one file)."""
    frame = outcome.afgekeurd
    if bestand is not None:
        frame = frame.filter(frame["bestand"] == bestand)
    return dict(zip(frame["regel"].to_list(), frame["reden"].to_list(), strict=True))
