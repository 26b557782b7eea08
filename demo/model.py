"""The shapes of the demo content, and the 2012 working calendar.

The demo folder is generated from hand-written content (`demo.opdrachten`,
`demo.werkvoorraad`, `demo.content`) plus a seeded spread of hours over the year.
Keeping the content in small frozen records makes the worked example easy to audit: each
opdracht says who works on it and how many hours in total.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

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
JAAR_BEGIN = date(2012, 1, 1)
JAAR_EINDE = date(2012, 12, 31)

# Public holidays of 2012 on which nobody registers hours.
FEESTDAGEN = frozenset(
    {
        date(2012, 1, 1),
        date(2012, 4, 9),  # tweede paasdag
        date(2012, 4, 30),  # Koninginnedag
        date(2012, 5, 17),  # Hemelvaartsdag
        date(2012, 5, 28),  # tweede pinksterdag
        date(2012, 12, 25),
        date(2012, 12, 26),
    }
)


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
    `inzet` are (medewerker_id, total hours in 2012); the hours are spread over weekdays
    between `startdatum` (or `uren_vanaf`) and `einddatum` (clipped to 2012).
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


def werkdagen(van: date, tot: date) -> list[date]:
    """Weekdays between two dates (inclusive) within 2012, without public holidays."""
    van, tot = max(van, JAAR_BEGIN), min(tot, JAAR_EINDE)
    dagen = (van + timedelta(days=i) for i in range((tot - van).days + 1))
    return [d for d in dagen if d.weekday() < 5 and d not in FEESTDAGEN]
