"""One rounding rule for every figure a person reads: the CBS convention.

Each figure is rounded on its own, halves away from zero (2,5 -> 3; -8,5 -> -9), and a
total is the rounded *exact* total, never the sum of rounded parts. The parts may then
not add up to the total; where they do not, the reader gets `NOOT_AFRONDING`. Nothing is
nudged to make a column add up (as largest-remainder rounding would), so the plan's matrix
shows Hendrik-Ido-Ambacht at −8 and Papendrecht at +157, as the plan prints them.

A chart, a table, an Excel download and the PDF report show the same value for a figure
because each takes its numbers from `afgerond` (or `met_totaal`), rounded once here: the
warehouse keeps hours to 6 decimals and money in cents; only display rounds further.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

import polars as pl

NOOT_AFRONDING = "Door afronding tellen de getallen niet altijd op tot het totaal."


def _exact(waarde: float | Decimal) -> Decimal:
    """The decimal value a person sees: the shortest repr of a float, a Decimal as it is."""
    return waarde if isinstance(waarde, Decimal) else Decimal(repr(float(waarde)))


def afronden(waarde: float | Decimal | None, decimalen: int = 0) -> float | None:
    """`waarde` rounded to `decimalen`, halves away from zero; None/NaN stay None.

    Rounds the decimal value a person sees (repr of the float: 0,125 -> 0,13), not the
    binary one (which Python's `round` uses: round(0.125, 2) == 0.12). Never returns -0.0.
    """
    if waarde is None or (isinstance(waarde, float) and math.isnan(waarde)):
        return None
    return (
        float(_exact(waarde).quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP)) + 0.0
    )


def afgerond(frame: pl.DataFrame, decimalen: Mapping[str, int]) -> pl.DataFrame:
    """`frame` with every column of `decimalen` rounded on its own (as Float64).

    Pass the result to the chart, the table and the download alike: then they cannot
    disagree about a figure.
    """
    return frame.with_columns(
        pl.Series(kolom, [afronden(w, d) for w in frame.get_column(kolom).to_list()], pl.Float64)
        for kolom, d in decimalen.items()
    )


def telt_op(delen: Iterable[float | Decimal | None], decimalen: int = 0) -> bool:
    """Whether the rounded parts add up to the rounded exact total of the parts."""
    exact = [Decimal(0) if d is None else _exact(d) for d in delen]
    afgeronde = [afronden(d, decimalen) or 0.0 for d in exact]
    totaal = afronden(sum(exact, Decimal(0)), decimalen) or 0.0
    return afronden(sum(afgeronde), decimalen) == totaal


def met_totaal(
    frame: pl.DataFrame, decimalen: Mapping[str, int], label: Mapping[str, str]
) -> tuple[pl.DataFrame, bool]:
    """The rows of `frame` rounded (`afgerond`) plus a totals row, and whether a note is due.

    Each total is the exact column total, rounded; `label` fills text columns of the totals
    row (e.g. {"naam": "Totaal"}). The flag is True when some column's rounded rows do not
    add up to its rounded total: show `NOOT_AFRONDING` then.
    """
    totaal = {
        kolom: sum(
            (_exact(w) for w in frame.get_column(kolom) if w is not None),
            Decimal(0),
        )
        for kolom in decimalen
    }
    rij = pl.DataFrame(
        [{**label, **{k: afronden(t, decimalen[k]) for k, t in totaal.items()}}],
        schema={k: frame.schema[k] for k in label} | dict.fromkeys(decimalen, pl.Float64),
    )
    rijen = afgerond(frame, decimalen)
    noot = not all(telt_op(frame.get_column(k).to_list(), decimalen[k]) for k in decimalen)
    return pl.concat([rijen, rij], how="diagonal_relaxed"), noot


def tegoed_matrix(
    lang: pl.DataFrame, gemeenten: Mapping[str, str], tarief: float | Decimal | None
) -> tuple[pl.DataFrame, bool]:
    """The plan's 'tussenstand van het uren tegoed' in whole hours, and whether a note is due.

    `lang` has opdracht_id, titel, gerealiseerde_uren, gemeente, saldo_uren (one row per
    opdracht × gemeente). Columns: Opdracht, Uren totaal, then one per gemeente (its naam),
    each value rounded on its own; a gemeente without any effect on an opdracht is null
    (blank, as in the plan). Below: 'Uren totalen' (each the rounded exact column total)
    and, with a tarief, 'Staat gelijk aan': that exact total × tarief in whole euros.
    The flag says that some column, or the totals row (which sums to zero exactly), does
    not add up after rounding.
    """
    codes = list(gemeenten)
    rijen: list[dict[str, object]] = []
    kolommen: dict[str, list[float]] = {c: [] for c in codes}
    for (_, titel), deel in lang.group_by(["opdracht_id", "titel"], maintain_order=True):
        exact = dict(zip(deel.get_column("gemeente"), deel.get_column("saldo_uren"), strict=True))
        rij: dict[str, object] = {
            "Opdracht": titel,
            "Uren totaal": afronden(deel.get_column("gerealiseerde_uren")[0]),
        }
        for code in codes:
            waarde = exact.get(code) or 0.0
            kolommen[code].append(waarde)
            rij[gemeenten[code]] = None if waarde == 0 else afronden(waarde)
        rijen.append(rij)
    totalen = {c: sum((_exact(w) for w in kolommen[c]), Decimal(0)) for c in codes}
    rijen.append(
        {"Opdracht": "Uren totalen", "Uren totaal": None}
        | {gemeenten[c]: afronden(totalen[c]) for c in codes}
    )
    if tarief is not None:
        rijen.append(
            {"Opdracht": "Staat gelijk aan", "Uren totaal": None}
            | {gemeenten[c]: afronden(totalen[c] * _exact(tarief)) for c in codes}
        )
    noot = not all(telt_op(kolommen[c]) for c in codes) or not telt_op(totalen.values())
    schema = {"Opdracht": pl.String, "Uren totaal": pl.Float64}
    schema |= {gemeenten[c]: pl.Float64 for c in codes}
    return pl.DataFrame(rijen, schema=schema, orient="row"), noot
