"""Figure specs: which columns a table shows, under which Dutch header, rounded how.

Why here: the Urenbalans and Tussenstand pages, their Excel downloads and the PDF report
show the same tables; each header and each rounding is written once, so a page and the
report cannot word or round a figure differently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Kolom:
    """One column: its source column, Dutch header, and for numbers how they are shown."""

    bron: str
    kop: str
    decimalen: int = 0
    teken: bool = False  # '+' before positive numbers (saldi)
    euro: bool = False
    totaal: bool = False  # this column gets a total in the totals row
    breedte: str = "auto"  # on paper, a Typst track size: "auto" or a fraction such as "1fr"


def koppen(kolommen: Iterable[Kolom]) -> dict[str, str]:
    """Source column -> header, in display order (what `ui.tabel` and the Excel take)."""
    return {k.bron: k.kop for k in kolommen}


def afronding(kolommen: Iterable[Kolom]) -> dict[str, int]:
    """Source column -> decimals, for the columns with a total (the figures that are summed
    and rounded once: `dutch.afronding.met_totaal`)."""
    return {k.bron: k.decimalen for k in kolommen if k.totaal}


def met_teken(kolommen: Iterable[Kolom]) -> list[str]:
    """The columns shown with a sign (+ is tegoed)."""
    return [k.bron for k in kolommen if k.teken]


GEMEENTE = Kolom("naam", "Gemeente", breedte="1fr")

# The balance per gemeente: pages, Excel and report.
URENBALANS = (
    GEMEENTE,
    Kolom("gebracht_uren", "Gebracht", totaal=True),
    Kolom("gehaald_uren", "Gehaald", totaal=True),
    Kolom("geldinbreng_uren", "Geldinbreng", totaal=True),
    Kolom("saldo_uren", "Saldo", teken=True, totaal=True),
)
URENBALANS_MET_EURO = (
    *URENBALANS,
    # short: beside the chart on Urenbalans the table has 5/9 of 1366 px
    Kolom("saldo_eur", "In euro", teken=True, euro=True, totaal=True),
)

# Headers several tables share (pages and Excel sheets), so each is worded once.
WINSTPUNT_KOLOMMEN = {"winstpunt": "Winstpunt", "omschrijving": "Omschrijving"}
OPDRACHTEN_KOLOMMEN = {
    "aantal_opdrachten": "Opdrachten",
    "aantal_afgerond": "Afgerond",
    "aantal_akkoord": "Akkoord",
}

# The series of the opdrachten-per-winstpunt chart (Winstpunten and Tussenstand).
OPDRACHTEN_REEKSEN = {
    "aantal_opdrachten": "opdrachten",
    "aantal_afgerond": "afgerond",
    "aantal_akkoord": "akkoord opdrachtgever",
}

# Headers of `kpi_dimensie`, shown on Winstpunten and in the Tussenstand's Excel file.
DIMENSIE_KOLOMMEN = (
    {"dimensie": "Dimensie"}
    | OPDRACHTEN_KOLOMMEN
    | {"begrote_uren": "Begrote uren", "gerealiseerde_uren": "Gerealiseerde uren"}
)

# The four soorten of `leerervaringen` (the plan's order) -> Dutch header.
LEERERVARING_SOORTEN = {
    "dilemma": "Dilemma's",
    "vraagpunt": "Vraagpunten",
    "conflict": "Conflicten",
    "doorzettingsmacht": "Doorzettingsmacht",
}
# the same soorten in running text, singular and plural ('1 dilemma', '2 dilemma's')
LEERERVARING_WOORDEN = {
    "dilemma": ("dilemma", "dilemma's"),
    "vraagpunt": ("vraagpunt", "vraagpunten"),
    "conflict": ("conflict", "conflicten"),
    "doorzettingsmacht": (
        "ervaring met onvoldoende doorzettingsmacht",
        "ervaringen met onvoldoende doorzettingsmacht",
    ),
}
