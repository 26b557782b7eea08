"""Dutch formatting for everything the dashboard shows, independent of the browser locale.

Numbers are formatted in Python (1.234,5), dates as 31-12-2012. Rounding happens only
for display, by one rule (`dutch.afronding`: each figure on its own, halves away from
zero); the warehouse keeps hours to 6 decimals and money in cents.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import polars as pl

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def getal(waarde: float | None, decimalen: int = 1, teken: bool = False) -> str:
    """1234.5 -> '1.234,5'; None/NaN -> ''; `teken` adds '+' to positive numbers.

    Halves round up, away from zero (2,5 -> 3, 0,125 -> 0,13), as a controller rounds by
    hand; Python's own format would round 2,5 to 2. A value that rounds to zero shows as
    0 without sign.
    """
    if waarde is None or (isinstance(waarde, float) and math.isnan(waarde)):
        return ""
    afgerond = Decimal(repr(float(waarde))).quantize(
        Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP
    )
    if afgerond == 0:
        return f"{0:.{decimalen}f}".replace(".", ",")
    tekst = f"{afgerond:{'+' if teken else ''},.{decimalen}f}"
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def euro(waarde: float | None, decimalen: int = 0) -> str:
    """1234.5 -> '€ 1.235' (negative: '€ -1.235')."""
    tekst = getal(waarde, decimalen)
    return f"€ {tekst}" if tekst else ""


def datum(waarde: date | datetime | None) -> str:
    """date(2012, 12, 31) -> '31-12-2012'."""
    return "" if waarde is None else waarde.strftime("%d-%m-%Y")


def datum_lang(waarde: date | None) -> str:
    """date(2012, 12, 31) -> '31 december 2012'."""
    return "" if waarde is None else f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"


def tijdstip(waarde: datetime | None) -> str:
    return "" if waarde is None else waarde.strftime("%d-%m-%Y %H:%M")


def ja_nee(waarde: bool | None) -> str:
    return "onbekend" if waarde is None else ("ja" if waarde else "nee")


def lijst(waarden: Iterable[str] | None) -> str:
    return ", ".join(waarden or [])


def tabel(
    frame: pl.DataFrame,
    kolommen: dict[str, str],
    decimalen: dict[str, int] | None = None,
    teken: Iterable[str] = (),
) -> pl.DataFrame:
    """A display copy of `frame`: renamed (Dutch headers) and every value as Dutch text.

    `kolommen` maps source column -> header, in display order; numeric columns use
    `decimalen` (default 0), dates become dd-mm-jjjj, booleans ja/nee, lists comma-separated.
    """
    decimalen = decimalen or {}
    met_teken = set(teken)
    uit: dict[str, list[str]] = {}
    for bron, kop in kolommen.items():
        reeks = frame.get_column(bron)
        dtype = reeks.dtype
        if dtype.is_numeric():
            d = decimalen.get(bron, 0)
            uit[kop] = [getal(v, d, bron in met_teken) for v in reeks.to_list()]
        elif dtype == pl.Date or dtype == pl.Datetime:
            fn = datum if dtype == pl.Date else tijdstip
            uit[kop] = [fn(v) for v in reeks.to_list()]
        elif dtype == pl.Boolean:
            uit[kop] = [ja_nee(v) for v in reeks.to_list()]
        elif isinstance(dtype, pl.List):
            uit[kop] = [lijst(v) for v in reeks.to_list()]
        else:
            uit[kop] = ["" if v is None else str(v) for v in reeks.to_list()]
    return pl.DataFrame(uit, schema=dict.fromkeys(uit, pl.String))


LABELS = {
    "meervoudig_lokaal": "meervoudig lokaal",
    "bestuurlijk_opdrachtgever": "bestuurlijk opdrachtgever",
    "ambtelijk_opdrachtgever": "ambtelijk opdrachtgever",
    "REGIO": "regio",
}


def label(code: str | None) -> str:
    """A code as a reader expects it: 'meervoudig_lokaal' -> 'meervoudig lokaal'."""
    return "" if code is None else LABELS.get(code, code.replace("_", " "))


def tegoed_tekst(matrix: pl.DataFrame) -> pl.DataFrame:
    """The plan's tegoed matrix (`dutch.afronding.tegoed_matrix`, already rounded) as text:
    hours with a sign (+ is tegoed), the 'Staat gelijk aan' row in euros, blanks blank."""
    uit: dict[str, list[str]] = {"Opdracht": matrix.get_column("Opdracht").to_list()}
    euro_rij = [o == "Staat gelijk aan" for o in uit["Opdracht"]]
    uit["Uren totaal"] = [getal(w, 0) for w in matrix.get_column("Uren totaal")]
    for kolom in matrix.columns[2:]:
        uit[kolom] = [
            euro(w) if e else getal(w, 0, teken=True)
            for w, e in zip(matrix.get_column(kolom), euro_rij, strict=True)
        ]
    return pl.DataFrame(uit, schema=dict.fromkeys(uit, pl.String))
