"""Explanations a reader needs beside a figure: what a page counts, and what the prognosis
means once the year is over.

Why a module: the same winstpunt can count 11 opdrachten on the Tussenstand of 31-12 and
12 on Winstpunten (an opdracht that starts after the peildatum); both pages say what they
count, in words kept side by side here so they stay consistent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dutch.format import datum

TELLING_TUSSENSTAND = (
    "Telt de opdrachten die op de peildatum gestart zijn (of geen startdatum hebben); "
    "geannuleerde opdrachten tellen niet mee. Afgerond: status afgerond en einddatum op of "
    "vóór de peildatum. Op de pagina Winstpunten tellen ook opdrachten die later starten: "
    "daar kan een winstpunt dus meer opdrachten hebben."
)

TELLING_WINSTPUNTEN = (
    "Telt alle opdrachten van de werkvoorraad, ook die na vandaag of na de laatste "
    "registratie starten; geannuleerde opdrachten tellen niet mee. De Tussenstand telt per "
    "peildatum alleen de opdrachten die dan gestart zijn: daar kan een winstpunt minder "
    "opdrachten hebben."
)


TELLING_UITGEWISSELD = (
    "Uren die een gemeente dit boekjaar voor een andere gemeente bracht: per opdracht wat "
    "zij meer bracht dan zij zelf haalde. Gedeeld werk waarvan elke gemeente haar eigen deel "
    "doet, is geen uitwisseling. Alle geregistreerde uren van alle jaren samen: {totaal}."
)

TELLING_MOBILITEIT = (
    "Medewerkers die dit boekjaar voor een andere gemeente werkten: ze schreven uren op een "
    "opdracht waarvoor hun gemeente uren voor een andere gemeente bracht (winstpunt W9, "
    "groei van medewerkers)."
)


@dataclass(frozen=True)
class PrognoseTeksten:
    """Heading, series names and caption of the prognosis on Urenbalans."""

    kop: str
    nu: str
    reeks: str
    uitleg: str


def jaar_compleet(laatste: date | None) -> bool:
    """True when the data run through 31 December: the year's saldo is then final."""
    return laatste is not None and (laatste.month, laatste.day) == (12, 31)


def prognose_teksten(laatste: date | None) -> PrognoseTeksten:
    """While the year runs: a prognosis to 31-12. Once the data reach 31-12 there is
    nothing left to predict for that year; the same figures then show what the remaining
    budget of the open opdrachten would still do to the balance (say, when they go on next
    year), and the heading says so."""
    aanname = (
        "Aanname: elke open opdracht met een opdrachtnemer gebruikt nog de rest van zijn "
        "begrote uren. Opdrachten zonder opdrachtnemer tellen niet mee; de uren die een "
        "gemeente daarvan zou halen staan apart: capaciteit die een gemeente met een tekort "
        "kan leveren."
    )
    if laatste is None:
        return PrognoseTeksten(
            "Prognose tot einde jaar", "saldo nu", "prognose einde jaar", aanname
        )
    einde = f"31-12-{laatste.year}"
    if not jaar_compleet(laatste):
        return PrognoseTeksten(f"Prognose tot {einde}", "saldo nu", f"prognose {einde}", aanname)
    return PrognoseTeksten(
        "Wat de open opdrachten nog zouden doen",
        f"saldo {datum(laatste)} (eindstand)",
        "als open opdrachten hun begroting opmaken",
        f"De gegevens lopen tot en met {datum(laatste)}: het jaar is compleet en het saldo "
        "links is de eindstand, geen prognose meer. Rechts staat wat het saldo zou worden als "
        "de opdrachten die nog open zijn hun resterende begrote uren alsnog gebruiken, "
        f"bijvoorbeeld in het volgende jaar. {aanname}",
    )
