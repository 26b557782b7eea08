"""The shapes of the demo content (the calendar is `demo.kalender`).

The demo folder is generated from hand-written content (`demo.opdrachten`,
`demo.werkvoorraad`, `demo.content`) plus a seeded spread of hours over the year.
Keeping the content in small frozen records makes the worked example easy to audit: each
opdracht says who works on it and how many hours in total.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from warehouse import referentie

GEMEENTEN = tuple(referentie.GEMEENTEN)
MAPPEN = {
    "ALB": "alblasserdam",
    "DOR": "dordrecht",
    "HIA": "hendrik-ido-ambacht",
    "PAP": "papendrecht",
    "SLI": "sliedrecht",
    "ZWD": "zwijndrecht",
}


@dataclass(frozen=True)
class Medewerker:
    """A civil servant in the network; the name is drawn from the seed."""

    medewerker_id: str
    gemeente: str
    schaal: int
    expertise: tuple[str, ...]
    uren_per_week: float


@dataclass(frozen=True)
class Opdracht:
    """One opdrachtformulier plus the demo's plan of who brings how many hours.

    `deelnemers` are (gemeente, aandeel as written in the file; "" = share equally).
    `inzet` are (medewerker_id, total hours in the plan's year); the hours are spread over
    weekdays between `startdatum` (or `uren_vanaf`) and `einddatum`, clipped to that year.
    """

    opdracht_id: str
    titel: str
    soort: str
    aanvrager: str
    begrote_uren: float
    status: str
    fase: str
    type_werk: str
    bestuurlijk: str
    ambtelijk: str
    opdrachtformulering: str
    achtergrond: str
    doel: str
    beoogd_resultaat: str
    motivatie: str
    profiel: str
    lokale_gebruiken: str
    startdatum: date
    einddatum: date
    winst: tuple[str, ...] = ()
    winstpunten: tuple[str, ...] = ()
    opdrachtnemer: str | None = None
    budget_eur: float | None = None
    akkoord: bool | None = None
    samengevoegd_uit: tuple[str, ...] = ()
    deelnemers: tuple[tuple[str, str], ...] = ()
    inzet: tuple[tuple[str, float], ...] = ()
    # Work that started before the form's startdatum (the werkbank flags those hours).
    uren_vanaf: date | None = None


ALLE_ZES: tuple[tuple[str, str], ...] = tuple((g, "") for g in GEMEENTEN)


def team(uren: float, *medewerkers: str) -> tuple[tuple[str, float], ...]:
    """Equal hours for each member: with one member per gemeente on an opdracht the six
    share equally, every gemeente brings what it takes (net zero)."""
    return tuple((m, uren) for m in medewerkers)
