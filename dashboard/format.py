"""Dashboard formatting: tables as Dutch text, code labels, and zero-sum rounding.

Numbers and dates themselves (1.234,5 and 31-12-2012) come from `dutch.format`, the one
module every room shares; they are re-exported here so pages need one import (`fmt`).
Rounding happens only for display: the warehouse keeps exact hours. `afronden_nulsom`
rounds a row of hours so that the rounded values still add up to the rounded total (zero
for a balance row), using the largest-remainder method.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import polars as pl

from dutch.format import datum, datum_lang, euro, getal, ja_nee, lijst, tijdstip

__all__ = [
    "afronden_nulsom",
    "datum",
    "datum_lang",
    "euro",
    "getal",
    "label",
    "lijst",
    "nulsom_matrix",
    "tabel",
    "tijdstip",
]


def afronden_nulsom(waarden: Sequence[float | None], decimalen: int = 0) -> list[float]:
    """Round so the rounded values sum to the rounded exact sum (largest remainder).

    A balance row that sums to zero (−100,4 / +50,2 / +50,2) stays zero after rounding
    (−100 / +50 / +50), where naive rounding could show a sum of ±1.
    """
    schaal = 10**decimalen
    geschaald = [0.0 if w is None else w * schaal for w in waarden]
    onder = [math.floor(g) for g in geschaald]
    doel = round(sum(geschaald))
    tekort = doel - sum(onder)
    # Largest fraction first; equal fractions (up to float noise): largest magnitude first.
    volgorde = sorted(
        range(len(geschaald)),
        key=lambda i: (-round(geschaald[i] - onder[i], 9), -abs(geschaald[i]), i),
    )
    for i in volgorde[: max(tekort, 0)]:
        onder[i] += 1
    return [o / schaal for o in onder]


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


def nulsom_matrix(
    lang: pl.DataFrame, gemeenten: dict[str, str], tarief: float | None
) -> pl.DataFrame:
    """The plan's 'tussenstand van het uren tegoed' as displayed text.

    `lang` has opdracht_id, titel, gerealiseerde_uren, gemeente, saldo_uren (one row per
    opdracht × gemeente). Each opdracht row is rounded to whole hours with
    `afronden_nulsom`, so it still sums to zero; a gemeente without any effect stays blank,
    as in the plan. Below: 'Uren totalen' (also zero-sum) and 'Staat gelijk aan' in euros.
    """
    codes = list(gemeenten)
    rijen: list[dict[str, str]] = []
    totalen = dict.fromkeys(codes, 0.0)
    for (_, titel), deel in lang.group_by(["opdracht_id", "titel"], maintain_order=True):
        exact = dict(zip(deel.get_column("gemeente"), deel.get_column("saldo_uren"), strict=True))
        waarden = [exact.get(c, 0.0) for c in codes]
        afgerond = afronden_nulsom(waarden)
        rij = {"Opdracht": titel, "Uren totaal": getal(deel.get_column("gerealiseerde_uren")[0], 0)}
        for code, w, r in zip(codes, waarden, afgerond, strict=True):
            rij[gemeenten[code]] = "" if abs(w) < 1e-9 else getal(r, 0, teken=True)
            totalen[code] += w
        rijen.append(rij)
    totaal = afronden_nulsom(list(totalen.values()))
    rijen.append(
        {"Opdracht": "Uren totalen", "Uren totaal": ""}
        | {gemeenten[c]: getal(t, 0, teken=True) for c, t in zip(codes, totaal, strict=True)}
    )
    if tarief:
        bedragen = afronden_nulsom([totalen[c] * tarief for c in codes])
        rijen.append(
            {"Opdracht": "Staat gelijk aan", "Uren totaal": ""}
            | {gemeenten[c]: euro(b) for c, b in zip(codes, bedragen, strict=True)}
        )
    return pl.DataFrame(rijen, schema=dict.fromkeys(rijen[0], pl.String))
