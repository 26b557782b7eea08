"""Dutch formatting of numbers, dates and reporting periods: the one place for all of it.

Everything a user reads (the dashboard, the `proeftuin` command's output, the ETL's
rejection reasons, the demo files) writes 1.234,5 and 31-12-2012, independent of the
machine's locale. Python's own format writes 1,234.5; `_nl` swaps the separators.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

DATUM = "%d-%m-%Y"
"""A date as the Dutch write it (31-12-2012): strftime for Python and polars alike."""

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


def _nl(tekst: str) -> str:
    """Python's '1,234.5' -> Dutch '1.234,5'."""
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


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
    return _nl(f"{afgerond:{'+' if teken else ''},.{decimalen}f}")


def geheel(n: int | float) -> str:
    """A count: 1234567 -> '1.234.567' (a float is cut to its whole part)."""
    return _nl(f"{int(n):,}")


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """A count with its noun in the right number: (1, 'dilemma', "dilemma's") -> '1 dilemma',
    (3, ...) -> "3 dilemma's" (Dutch uses the plural for zero as well)."""
    return f"{geheel(n)} {enkelvoud if n == 1 else meervoud}"


def getal_kort(x: float, max_decimalen: int = 3, duizendtallen: bool = True) -> str:
    """A number as people type it: at most `max_decimalen` decimals, no trailing zeros.

    1234.5 -> '1.234,5', 8.0 -> '8', 2.25 -> '2,25'; without `duizendtallen`: '1234,5'.
    """
    tekst = f"{x:{',' if duizendtallen else ''}.{max_decimalen}f}"
    if "." in tekst:
        tekst = tekst.rstrip("0").rstrip(".")
    return _nl(tekst)


def bedrag(x: float) -> str:
    """An amount in a file, always two decimals: 13260 -> '13.260,00'."""
    return _nl(f"{x:,.2f}")


def euro(waarde: float | None, decimalen: int = 0) -> str:
    """1234.5 -> '€ 1.235' (negative: '€ -1.235'), with a no-break space: the sign and the
    amount never end up on separate lines."""
    tekst = getal(waarde, decimalen)
    return f"€\u00a0{tekst}" if tekst else ""


def datum(waarde: date | datetime | None) -> str:
    """date(2012, 12, 31) -> '31-12-2012'."""
    return "" if waarde is None else waarde.strftime(DATUM)


def datum_lang(waarde: date | None) -> str:
    """date(2012, 12, 31) -> '31 december 2012'."""
    return "" if waarde is None else f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"


def tijdstip(waarde: datetime | None) -> str:
    """datetime(2012, 12, 31, 9, 5) -> '31-12-2012 09:05'."""
    return "" if waarde is None else waarde.strftime(f"{DATUM} %H:%M")


def ja_nee(waarde: bool | None) -> str:
    return "onbekend" if waarde is None else ("ja" if waarde else "nee")


def lijst(waarden: Iterable[str] | None) -> str:
    return ", ".join(waarden or [])


def kwartaal_label(jaar: int, kwartaal: int) -> str:
    """(2012, 1) -> 'K1 2012', as the plan names a quarter."""
    return f"K{kwartaal} {jaar}"


def halfjaar_label(jaar: int, halfjaar: int) -> str:
    """(2012, 1) -> '1e halfjaar 2012'."""
    return f"{halfjaar}e halfjaar {jaar}"
