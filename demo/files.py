"""Write frames the way municipalities' systems export them: CSV dialects and XLSX.

Each `Stijl` is one real-world export shape (separator, encoding, decimal comma, date
format, line ends). XLSX files hold real Excel dates and numbers. Every writer is
deterministic: the same frame gives byte-identical files (XLSX creation date fixed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import polars as pl
import xlsxwriter

from dutch.format import DATUM, getal_kort
from dutch.format import bedrag as dutch_bedrag


@dataclass(frozen=True)
class Stijl:
    """One CSV export dialect."""

    naam: str
    separator: str = ";"
    encoding: str = "cp1252"
    decimal_comma: bool = True
    datum: str = DATUM
    regeleinde: str = "\r\n"


NL_1252 = Stijl("puntkomma, Windows-1252, decimale komma, dd-mm-jjjj")
NL_BOM = Stijl("puntkomma, UTF-8 met BOM, d-m-jjjj", encoding="utf-8-sig", datum="%-d-%-m-%Y")
TAB = Stijl("tab, UTF-8, decimale komma", separator="\t", encoding="utf-8", regeleinde="\n")
KOMMA = Stijl(
    "komma, UTF-8, decimale punt, jjjj-mm-dd",
    separator=",",
    encoding="utf-8",
    decimal_comma=False,
    datum="%Y-%m-%d",
    regeleinde="\n",
)
XLSX_AANGEMAAKT = datetime(2013, 1, 7, 9, 0, 0)


def nl_getal(x: float, decimal_comma: bool = True) -> str:
    """Hours as people type them: 7.5 -> '7,5', 8.0 -> '8', 2.25 -> '2,25' (or '2.25')."""
    tekst = getal_kort(x, 2, duizendtallen=False)
    return tekst if decimal_comma else tekst.replace(",", ".")


def bedrag(x: float, decimal_comma: bool = True) -> str:
    """Amounts with two decimals: 13260 -> '13.260,00' (or '13260.00')."""
    return dutch_bedrag(x) if decimal_comma else f"{x:.2f}"


def waarde(v: object, stijl: Stijl, bedragen: bool = False) -> str:
    """One cell as text in the given dialect (raw text passes unchanged)."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, date):
        return v.strftime(stijl.datum)
    if isinstance(v, float):
        return bedrag(v, stijl.decimal_comma) if bedragen else nl_getal(v, stijl.decimal_comma)
    if isinstance(v, list | tuple):
        return "|".join(v)
    return str(v)


def als_tekst(frame: pl.DataFrame, stijl: Stijl, bedragen: tuple[str, ...] = ()) -> pl.DataFrame:
    """Every column rendered as text in the dialect; small frames only (row-wise Python)."""
    return pl.DataFrame(
        {
            c: pl.Series(
                c, [waarde(v, stijl, c in bedragen) for v in frame[c].to_list()], dtype=pl.String
            )
            for c in frame.columns
        }
    )


def schrijf_csv(
    pad: Path, tekst: pl.DataFrame, stijl: Stijl, koppen: dict[str, str] | None = None
) -> None:
    """Write an all-text frame; `koppen` renames columns to a gemeente's own headers."""
    if koppen:
        tekst = tekst.rename({k: v for k, v in koppen.items() if k in tekst.columns})
    # An empty cell is written bare (polars would quote an empty string as "").
    tekst = tekst.with_columns(pl.all().replace("", None))
    inhoud = tekst.write_csv(separator=stijl.separator, line_terminator=stijl.regeleinde)
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_bytes(inhoud.encode(stijl.encoding))


def schrijf_xlsx(pad: Path, frame: pl.DataFrame, blad: str = "Blad1") -> None:
    """First sheet with real dates and numbers; lists joined by `|`, booleans ja/nee."""
    frame = frame.with_columns(
        *(pl.col(c).list.join("|") for c, t in frame.schema.items() if t == pl.List(pl.String)),
        *(
            pl.when(pl.col(c)).then(pl.lit("ja")).when(~pl.col(c)).then(pl.lit("nee")).alias(c)
            for c, t in frame.schema.items()
            if t == pl.Boolean
        ),
    )
    pad.parent.mkdir(parents=True, exist_ok=True)
    with xlsxwriter.Workbook(pad) as boek:
        boek.set_properties({"created": XLSX_AANGEMAAKT, "author": "proeftuin demo-data"})
        frame.write_excel(
            boek,
            worksheet=blad,
            autofilter=False,
            table_style=None,
            float_precision=2,
            dtype_formats={pl.Date: "dd-mm-yyyy"},
        )
