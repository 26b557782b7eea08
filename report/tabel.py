"""Tables of the report as Dutch text, each figure rounded on its own (CBS convention).

Contract §9, by the project's one rounding rule (`dutch.afronding`): every figure is
rounded on its own, halves away from zero; a total is the rounded *exact* total, never the
sum of rounded parts; where the rounded parts of a column do not add up to its rounded
total, the table carries the note `NOOT_AFRONDING`. The
numbers are formatted here, in Python, by the one Dutch formatting (`dutch.format`); the Typst
template only lays out text (so a title or a leerervaring is never read as markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import polars as pl

from cijfers.kolommen import Kolom
from dutch import format as fmt
from dutch.afronding import NOOT_AFRONDING, afronden, telt_op


@dataclass
class Tabel:
    """What the Typst template draws: headers, text cells, alignment, totals, a note."""

    koppen: list[str]
    rijen: list[list[str]]
    rechts: list[bool]
    breedtes: list[str]
    totaal: list[str] | None = None
    noten: list[str] = field(default_factory=list)
    slot: list[list[str]] = field(default_factory=list)  # more total-like rows under totaal

    def als_json(self) -> dict[str, Any]:
        return {
            "koppen": self.koppen,
            "rijen": self.rijen,
            "rechts": self.rechts,
            "breedtes": self.breedtes,
            "totaal": self.totaal,
            "noten": self.noten,
            "slot": self.slot,
        }


def som(waarden: Sequence[float | Decimal | None]) -> Decimal:
    """The exact total of a column (nulls count as zero), as the reader's decimal value."""
    return sum(
        (
            w if isinstance(w, Decimal) else Decimal(repr(float(w)))
            for w in waarden
            if w is not None
        ),
        Decimal(0),
    )


def cel(waarde: Any, kolom: Kolom) -> str:
    """One value as the reader sees it: a Dutch number, euro amount, date, or plain text."""
    if isinstance(waarde, (int, float, Decimal)) and not isinstance(waarde, bool):
        tekst = fmt.getal(afronden(waarde, kolom.decimalen), kolom.decimalen, kolom.teken)
        return f"€ {tekst}" if kolom.euro else tekst
    if hasattr(waarde, "strftime"):
        return fmt.datum(waarde)
    if isinstance(waarde, bool):
        return fmt.ja_nee(waarde)
    if isinstance(waarde, list):
        return fmt.lijst(waarde)
    return "" if waarde is None else str(waarde)


def maak_tabel(
    frame: pl.DataFrame, kolommen: Sequence[Kolom], totaal_label: str | None = None
) -> Tabel:
    """`frame` as a report table; with `totaal_label` a totals row of the exact totals."""
    rijen = [[cel(rij[k.bron], k) for k in kolommen] for rij in frame.iter_rows(named=True)]
    tabel = Tabel(
        koppen=[k.kop for k in kolommen],
        rijen=rijen,
        rechts=[frame.schema[k.bron].is_numeric() for k in kolommen],
        breedtes=[k.breedte for k in kolommen],
    )
    if totaal_label is not None:
        totaal: list[str] = []
        klopt = True
        for i, k in enumerate(kolommen):
            if k.totaal:
                waarden = frame.get_column(k.bron).to_list()
                totaal.append(cel(som(waarden), k))
                klopt = klopt and telt_op(waarden, k.decimalen)
            else:
                totaal.append(totaal_label if i == 0 else "")
        tabel.totaal = totaal
        if not klopt:
            tabel.noten.append(NOOT_AFRONDING)
    return tabel
