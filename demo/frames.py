"""The demo content as typed polars frames, one per kind, in contract column names.

Typed frames (dates, floats, booleans, lists) let each file writer choose how a
municipality would render them: Dutch text in a CSV, real values in an XLSX.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import polars as pl

from demo.content import (
    EVALUATIES,
    GELDINBRENG,
    LEERERVARINGEN,
    ROLLEN,
    TARIEF_VERHOGING,
    TARIEVEN_2012,
    medewerkers,
    namen,
    toelichting,
)
from demo.kalender import Kalender
from demo.model import Opdracht
from demo.opdrachten import PLAN_OPDRACHTEN
from demo.tabel import TABEL_OPDRACHTEN
from demo.werkbank import WERKBANK
from demo.werkvoorraad import WERKVOORRAAD

OPDRACHTEN: tuple[Opdracht, ...] = PLAN_OPDRACHTEN + TABEL_OPDRACHTEN + WERKVOORRAAD + WERKBANK
LIJST = pl.List(pl.String)
_DATUMS = ("startdatum", "einddatum", "uren_vanaf")


def opdrachten(kal: Kalender) -> tuple[Opdracht, ...]:
    """The opdrachten as this demo's calendar dates them (texts name the years along)."""

    def verplaatst(o: Opdracht) -> Opdracht:
        nieuw = {
            v.name: kal.tekst(getattr(o, v.name))
            for v in dataclasses.fields(o)
            if isinstance(getattr(o, v.name), str)
        }
        nieuw |= {d: kal.datum(getattr(o, d)) for d in _DATUMS if getattr(o, d) is not None}
        return dataclasses.replace(o, **nieuw)

    return tuple(verplaatst(o) for o in OPDRACHTEN)


def medewerkers_frame(seed: int) -> pl.DataFrame:
    """All staff with fictitious names drawn from the seed."""
    staf = medewerkers()
    return pl.DataFrame(
        {
            "medewerker_id": [m.medewerker_id for m in staf],
            "gemeente": [m.gemeente for m in staf],
            "schaal": [m.schaal for m in staf],
            "expertise": [list(m.expertise) for m in staf],
            "beschikbaar_uren_per_week": [float(m.uren_per_week) for m in staf],
            "naam": namen(len(staf), seed),
        },
        schema_overrides={"expertise": LIJST},
    )


def opdrachten_frame(werkvoorraad: tuple[Opdracht, ...]) -> pl.DataFrame:
    """The werkvoorraad: one opdrachtformulier per row."""
    return pl.DataFrame(
        [
            {
                "opdracht_id": o.opdracht_id,
                "titel": o.titel,
                "soort_opdracht": o.soort,
                "aanvrager": o.aanvrager,
                "begrote_uren": float(o.begrote_uren),
                "status": o.status,
                "fase": o.fase,
                "type_werk": o.type_werk,
                "bestuurlijk_opdrachtgever": o.bestuurlijk,
                "ambtelijk_opdrachtgever": o.ambtelijk,
                "opdrachtnemer": o.opdrachtnemer,
                "opdrachtformulering": o.opdrachtformulering,
                "achtergrond": o.achtergrond,
                "doel": o.doel,
                "beoogd_resultaat": o.beoogd_resultaat,
                "motivatie": o.motivatie,
                "profiel_opdrachtnemer": o.profiel,
                "lokale_gebruiken": o.lokale_gebruiken,
                "budget_eur": None if o.budget_eur is None else float(o.budget_eur),
                "startdatum": o.startdatum,
                "einddatum": o.einddatum,
                "akkoord_opdrachtgever": o.akkoord,
                "winst": list(o.winst),
                "winstpunten": list(o.winstpunten),
                "samengevoegd_uit": list(o.samengevoegd_uit),
            }
            for o in werkvoorraad
        ],
        schema_overrides={
            "opdrachtnemer": pl.String,
            "budget_eur": pl.Float64,
            "akkoord_opdrachtgever": pl.Boolean,
            "winst": LIJST,
            "winstpunten": LIJST,
            "samengevoegd_uit": LIJST,
        },
    )


def deelnemers_frame() -> pl.DataFrame:
    """Shares as written by the proeftuin-MT (empty = share equally, `50%`, `0,5`)."""
    rijen = [(o.opdracht_id, g, a) for o in OPDRACHTEN for g, a in o.deelnemers]
    return pl.DataFrame(rijen, schema=["opdracht_id", "gemeente", "aandeel"], orient="row")


def tarieven_frame(kal: Kalender) -> pl.DataFrame:
    """Tarieven per schaal and gemiddeld, raised by 2% on 1 July (01-07-2012 in the plan's
    year); the present demo's open year starts with another 2% (a new cao)."""
    rijen = [(s, date(kal.jaar, 1, 1), t) for s, t in TARIEVEN_2012] + [
        (s, kal.datum(TARIEF_VERHOGING), round(t * 1.02, 2)) for s, t in TARIEVEN_2012
    ]
    if kal.huidig is not None:
        nieuw = date(kal.huidig, 1, 1)
        rijen += [(s, nieuw, round(round(t * 1.02, 2) * 1.02, 2)) for s, t in TARIEVEN_2012]
    return pl.DataFrame(rijen, schema=["schaal", "geldig_vanaf", "uurtarief_eur"], orient="row")


def geldinbreng_frame(gemeente: str, kal: Kalender) -> pl.DataFrame:
    """The money one gemeente brought in to raise its hour credit."""
    rijen = [(kal.datum(d), eur, kal.tekst(t)) for g, d, eur, t in GELDINBRENG if g == gemeente]
    return pl.DataFrame(
        [(gemeente, *r) for r in rijen],
        schema=["gemeente", "datum", "bedrag_eur", "omschrijving"],
        orient="row",
    )


def evaluaties_frame(kal: Kalender) -> pl.DataFrame:
    """Three evaluaties (one per rol) for each completed opdracht."""
    rijen = [
        (opdracht_id, rol, product, proces, kal.datum(datum), toelichting(rol, product))
        for opdracht_id, (datum, *scores) in EVALUATIES.items()
        for rol, (product, proces) in zip(ROLLEN, scores, strict=True)
    ]
    return pl.DataFrame(
        rijen,
        schema=["opdracht_id", "rol", "score_product", "score_proces", "datum", "toelichting"],
        orient="row",
    )


def leerervaringen_frame(kal: Kalender) -> pl.DataFrame:
    """Dilemma's, vraagpunten, conflicten and doorzettingsmacht from the proeftuin-MT."""
    return pl.DataFrame(
        [
            (kal.datum(d), soort, kal.tekst(tekst), opdracht_id)
            for d, soort, opdracht_id, tekst in LEERERVARINGEN
        ],
        schema={
            "datum": pl.Date,
            "soort": pl.String,
            "omschrijving": pl.String,
            "opdracht_id": pl.String,
        },
        orient="row",
    )
