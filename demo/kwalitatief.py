"""The demo's quality and learning in words (issue 22): interview outcomes, the yearly
satisfaction measure per role, the MT's leerverhalen and the portefeuillehouders'
expectations, a few rows of each, so the Kwaliteit en leren page and the eindevaluatie
show them. One interview names a medewerker's personnel number: a college reads it without.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from demo.kalender import Kalender

# (opdracht, datum, rol, uitkomst, oordeel): the opdrachten the platform drew (interviewsteekproef)
INTERVIEWS = [
    ("PT-01", date(2012, 4, 12), "bestuurlijk_opdrachtgever",
     "De verkenning gaf het college in één keer zicht op de zes gemeenten; de planning "
     "liep twee weken uit.", 8),
    ("PT-02", date(2012, 7, 5), "ambtelijk_opdrachtgever",
     "Snelle start; de inzet van SLI081 was doorslaggevend voor het resultaat.", 7),
    ("PT-07", date(2012, 10, 18), "bestuurlijk_opdrachtgever",
     "Goed product, maar de afstemming met de eigen afdeling kostte meer tijd dan gedacht.", 6),
]  # fmt: skip
# (jaar, rol, respondenten, gemiddelde, toelichting)
TEVREDENHEID = [
    (2012, "opdrachtnemer", 31, 7.4, "Waardering voor het werk elders; reistijd is een punt."),
    (2012, "ambtelijk_opdrachtgever", 12, 7.1, "Het formulier is helder."),
    (2012, "bestuurlijk_opdrachtgever", 6, 6.8, None),
    (2012, "mt", 6, 7.0, "De toets kost per opdracht minder tijd dan verwacht."),
]
# (datum, titel, verhaal, opdracht)
LEERVERHALEN = [
    (date(2012, 6, 28), "Eén accounthouder voor zes colleges",
     "Drechtwerk liet zien dat één medewerker zes colleges kan adviseren, als de colleges "
     "vooraf afspreken wie de vragen bundelt.", "PT-05"),
    (date(2012, 11, 22), "Van eigen gemeente naar regio",
     "Medewerkers die voor het eerst voor een andere gemeente werkten, vroegen om een vast "
     "aanspreekpunt daar; het MT wijst dat sindsdien bij de toewijzing aan.", None),
]  # fmt: skip
# (gemeente, datum, verwachting, maatstaf, streefwaarde)
VERWACHTINGEN = [
    ("DOR", date(2012, 1, 20), "Voor mij is de proeftuin een succes als we samen minstens "
     "vijf opdrachten afronden.", "afgeronde_opdrachten", 5.0),
    ("ALB", date(2012, 1, 20), "Als onze medewerkers 500 uur voor de regio werken.",
     "uren_gebracht", 500.0),
    ("ZWD", date(2012, 1, 27), "Als de medewerkers en opdrachtgevers het mechanisme "
     "minstens een 7 geven.", "tevredenheid", 7.0),
    ("PAP", date(2012, 2, 3), "Als de gemeenten elkaar beter leren kennen.", None, None),
]  # fmt: skip


def kwalitatieve_bestanden(kal: Kalender) -> list[tuple[str, str, pl.DataFrame]]:
    """(relative path, kind, rows) of the four files, dated in the demo's year."""
    jaar = kal.datum(date(2012, 7, 1)).year
    return [
        ("regio/interviews.csv", "interviews", pl.DataFrame(
            [(o, kal.datum(d), r, kal.tekst(u), c) for o, d, r, u, c in INTERVIEWS],
            schema={"opdracht_id": pl.String, "datum": pl.Date, "rol": pl.String,
                    "uitkomst": pl.String, "oordeel": pl.Int64},
            orient="row",
        )),
        ("regio/tevredenheid.csv", "tevredenheid", pl.DataFrame(
            [(j - 2012 + jaar, r, n, g, t) for j, r, n, g, t in TEVREDENHEID],
            schema={"jaar": pl.Int64, "rol": pl.String, "respondenten": pl.Int64,
                    "gemiddelde": pl.Float64, "toelichting": pl.String},
            orient="row",
        )),
        ("regio/leerverhalen.csv", "leerverhalen", pl.DataFrame(
            [(kal.datum(d), t, kal.tekst(v), o) for d, t, v, o in LEERVERHALEN],
            schema={"datum": pl.Date, "titel": pl.String, "verhaal": pl.String,
                    "opdracht_id": pl.String},
            orient="row",
        )),
        ("regio/verwachtingen.csv", "verwachtingen", pl.DataFrame(
            [(g, kal.datum(d), kal.tekst(v), m, s) for g, d, v, m, s in VERWACHTINGEN],
            schema={"gemeente": pl.String, "datum": pl.Date, "verwachting": pl.String,
                    "maatstaf": pl.String, "streefwaarde": pl.Float64},
            orient="row",
        )),
    ]  # fmt: skip
