"""The demo's `besparingen`: the activities that saved, each with the basis of its estimate.

A few rows of each soort, on opdrachten of the demo year, and one without grondslag: the
report shows it as such and leaves it out of its totals (issue 22).
"""

from __future__ import annotations

from datetime import date

import polars as pl

from demo.kalender import Kalender

# (id, soort, opdracht, datum, status, uren, euro, gemeente, grondslag, omschrijving)
BESPARINGEN = [
    ("B-01", "gebundeld_accountschap", "PT-05", date(2012, 3, 1), "gerealiseerd", 180.0, None,
     None, "zes accounthouders van elk 36 uur per jaar vervangen door één: 5 x 36 uur",
     "Eén accounthouder Drechtwerk adviseert zes colleges"),
    ("B-02", "vermeden_inhuur", "PT-13", date(2012, 5, 15), "gerealiseerd", None, 12000.0,
     "DOR", "offerte extern bureau 2011: 120 uur x € 100",
     "Decentralisaties sociaal domein zonder extern bureau"),
    ("B-03", "vermeden_inhuur", "PT-06", date(2012, 9, 1), "potentieel", 80.0, None, None,
     None, "Omgevingsdienst: externe inhuur mogelijk niet nodig"),
    ("B-04", "gebundeld_accountschap", "PT-11", date(2012, 10, 1), "potentieel", 40.0, None,
     None, "twee zwembadnota's in één: begroting 2 x 150 uur, gezamenlijk 260 uur",
     "Zwembad nota HIA en Zwijndrecht samen"),
]  # fmt: skip


def besparingen_frame(kal: Kalender) -> pl.DataFrame:
    """The rows of `BESPARINGEN`, dated in the demo's year."""
    return pl.DataFrame(
        [
            (i, s, o, kal.datum(d), st, u, e, g, gr, kal.tekst(om))
            for i, s, o, d, st, u, e, g, gr, om in BESPARINGEN
        ],
        schema={
            "besparing_id": pl.String,
            "soort": pl.String,
            "opdracht_id": pl.String,
            "datum": pl.Date,
            "status": pl.String,
            "uren": pl.Float64,
            "bedrag_eur": pl.Float64,
            "gemeente": pl.String,
            "grondslag": pl.String,
            "omschrijving": pl.String,
        },
        orient="row",
    )
