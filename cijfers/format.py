"""Display formatting of the read model: tables as Dutch text, code labels, the plan's
tegoed matrix.

Numbers and dates themselves (1.234,5 and 31-12-2012) come from `dutch.format`, the one
module every room shares; they are re-exported here so pages and the report need one import (`fmt`).
Rounding happens only for display, by one rule (`dutch.afronding`: each figure on its
own, halves away from zero); the warehouse keeps hours to 6 decimals, money in cents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import polars as pl

from dutch.format import datum, datum_lang, euro, getal, ja_nee, lijst, tijdstip

__all__ = [
    "datum",
    "datum_lang",
    "euro",
    "getal",
    "label",
    "lijst",
    "per_waarde",
    "tabel",
    "tegoed_tekst",
    "tijdstip",
]


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


def per_waarde(
    frame: pl.DataFrame,
    kolom: str,
    functie: Callable[[Any], str] = label,
    naar: str | None = None,
) -> pl.DataFrame:
    """`frame` with `functie` applied to every value of `kolom` (into column `naar`), as text.

    Why a plain loop and never polars' `map_elements`: polars runs such a Python function
    on its own thread pool, which then needs the GIL. When another session's script holds
    the GIL while it waits for that pool (`to_pandas`), both wait for good: CI saw the
    server hang on ten simultaneous first visits (polars issues 26821 and 27396). The
    dashboard therefore never hands Python code to polars."""
    waarden = [functie(v) for v in frame.get_column(kolom).to_list()]
    return frame.with_columns(pl.Series(naar or kolom, waarden, dtype=pl.String))


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
