"""The late file of the present demo: hours of last December that arrive after last year
was vastgesteld.

Why: the demo should show what a controller sees in January. Last year is vastgesteld
from the folder as written (by the closing step the command passes in: the ETL into a
scratch warehouse, then `vaststelling.besluit.stel_vast`; the demo itself imports
neither), and then a Dordrecht export arrives late. The loaded demo lists its rows in
`correcties_na_vaststelling`, booked in the first quarter of the open year.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import polars as pl

from demo.kalender import werkdagen

NAGEKOMEN = "dordrecht/uren_nagekomen.csv"
# (medewerker, opdracht, hours, activity) on the last two working days before Christmas.
_NAGEKOMEN = (
    ("DOR025", "PT-03", 6.0, "Verwerken reacties op concept (nagekomen)"),
    ("DOR025", "PT-03", 3.5, "Overleg ambtelijk opdrachtgever (nagekomen)"),
)
SluitAf = Callable[[Path, int], str]
"""Vaststellen of year `jaar` from folder `bron`; returns the vaststelling's folder name
under `platform/vastgesteld/`, or raises `AfsluitenMislukt` with a Dutch reason."""


class AfsluitenMislukt(RuntimeError):
    """The demo's year could not be vastgesteld; the message says why, in Dutch."""


def nagekomen_uren(jaar: int) -> pl.DataFrame:
    """The late rows: dated in `jaar` (vastgesteld), ids beyond that year's numbering."""
    dagen = werkdagen(date(jaar, 12, 14), date(jaar, 12, 23), jaar)[-len(_NAGEKOMEN) :]
    return pl.DataFrame(
        [
            (f"DOR-{jaar}-{80001 + i}", m, o, dag, u, tekst)
            for i, ((m, o, u, tekst), dag) in enumerate(zip(_NAGEKOMEN, dagen, strict=True))
        ],
        schema={
            "registratie_id": pl.String,
            "medewerker_id": pl.String,
            "opdracht_id": pl.String,
            "datum": pl.Date,
            "uren": pl.Float64,
            "omschrijving": pl.String,
        },
        orient="row",
    )
