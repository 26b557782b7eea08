"""Which boekjaren a demo writes, and how the plan's 2012 content moves into them.

The content (`demo.opdrachten`, `demo.content`, ...) is written as the plan wrote it: dates
in 2012 and, for work planned ahead, 2013. A `Kalender` moves it:

* `--jaar J` (`Kalender(J)`): everything shifts by J − 2012 whole years, texts too; for
  J = 2012 nothing moves, so the plan's year comes out byte for byte as it always did.
* the present (`Kalender.heden(vandaag)`): the worked example lands in the previous year
  (whole years, as above), and what the plan dated in 2013 (work planned ahead, running
  opdrachten' einddata) is placed after `vandaag`, so the werkvoorraad lies ahead of
  today whatever the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

PLANJAAR = 2012
# Work the plan dated in 2013 starts this long after today in the present demo.
VOORUIT = timedelta(days=14)
_JAARTAL = re.compile(r"(?<!\d)(20[01]\d)(?!\d)")


@dataclass(frozen=True)
class Kalender:
    """`jaar` holds the worked example; with `vandaag`, the year after it runs up to then."""

    jaar: int = PLANJAAR
    vandaag: date | None = None

    @classmethod
    def heden(cls, vandaag: date) -> Kalender:
        """The demo in the present: last year complete, this year up to `vandaag`."""
        return cls(vandaag.year - 1, vandaag)

    @property
    def verschil(self) -> int:
        return self.jaar - PLANJAAR

    @property
    def huidig(self) -> int | None:
        """The open boekjaar of the present demo (None for a single year)."""
        return None if self.vandaag is None else self.vandaag.year

    def datum(self, d: date) -> date:
        """A date of the plan's content in this demo."""
        if self.vandaag is not None and d.year > PLANJAAR:
            return self.vandaag + VOORUIT + (d - date(PLANJAAR + 1, 1, 1))
        return jaren_later(d, self.verschil)

    def tekst(self, tekst: str) -> str:
        """Years named in a text (2012–2019: `werkprogramma 2012`, `2013-2016`) move along."""
        if not self.verschil:
            return tekst
        return _JAARTAL.sub(lambda m: str(int(m[1]) + self.verschil), tekst)


def jaren_later(d: date, jaren: int) -> date:
    """The same day `jaren` years later (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + jaren)
    except ValueError:
        return d.replace(year=d.year + jaren, day=28)


def samengedrukt(momenten: list[datetime], jaar: int, vandaag: date) -> dict[datetime, datetime]:
    """Moments of the plan's year placed in `jaar` up to `vandaag`, in proportion: the
    plan's platform history (January to November) happens between 1 January and today,
    each at its own time of day and in the same order (a minute apart where days merge),
    whatever day today is."""
    plan, begin = date(PLANJAAR, 1, 1), date(jaar, 1, 1)
    deel = (vandaag - begin).days / (date(PLANJAAR + 1, 1, 1) - plan).days
    uit: dict[datetime, datetime] = {}
    vorig = datetime.min
    for m in sorted(set(momenten)):
        dag = begin + timedelta(days=int((m.date() - plan).days * deel))
        vorig = max(datetime.combine(dag, m.time()), vorig + timedelta(minutes=1))
        uit[m] = vorig
    return uit


def feestdagen(jaar: int) -> frozenset[date]:
    """Public holidays on which nobody registers hours (as the plan's 2012 list: nieuwjaar,
    tweede paasdag, Koninginnedag/Koningsdag, Hemelvaartsdag, tweede pinksterdag, kerst)."""
    pasen = _pasen(jaar)
    koning = date(jaar, 4, 30 if jaar < 2014 else 27)  # on a Sunday: the Saturday before
    koning -= timedelta(days=1) if koning.weekday() == 6 else timedelta()
    return frozenset(
        {
            date(jaar, 1, 1),
            pasen + timedelta(days=1),
            koning,
            pasen + timedelta(days=39),
            pasen + timedelta(days=50),
            date(jaar, 12, 25),
            date(jaar, 12, 26),
        }
    )


def _pasen(jaar: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    maand, dag = divmod(h + l_ - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


def werkdagen(van: date, tot: date, jaar: int) -> list[date]:
    """Weekdays between two dates (inclusive) within `jaar`, without public holidays."""
    van, tot = max(van, date(jaar, 1, 1)), min(tot, date(jaar, 12, 31))
    vrij = feestdagen(jaar)
    dagen = (van + timedelta(days=i) for i in range((tot - van).days + 1))
    return [d for d in dagen if d.weekday() < 5 and d not in vrij]
