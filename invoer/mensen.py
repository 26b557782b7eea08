"""The employees' side of the platform writes: the MT's nieuws, an employee's ruimte and
interesse, each a row appended to its file under `platform/` by `add_rij` (the ETL's
rules, the lock, the atomic rename of `invoer.schrijven`).

Why logs: a withdrawal is a row of its own (`actie` `intrekken`), never a deletion, so
what was shown and when stays traceable, and a controller reads it all in Excel. Who may
write what (the MT the news, an employee only for themself) is the dashboard's check;
`door` records the login.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from etl.platform_lock import MAP
from invoer.schrijven import Geschreven, add_rij, cel, next_id

NIEUWS = f"{MAP}/nieuws.csv"
RUIMTE = f"{MAP}/ruimte.csv"
INTERESSE = f"{MAP}/interesse.csv"


def _nu(nu: datetime | None) -> datetime:
    return nu or datetime.now().replace(microsecond=0)


def publiceer_nieuws(
    source: Path,
    titel: str,
    datum: date,
    tekst: str,
    door: str,
    opdracht_id: str | None = None,
    nu: datetime | None = None,
) -> Geschreven:
    """A new nieuwsbericht `N-<jaar>-<nnn>`."""
    moment = _nu(nu)

    def rij(rows: list[dict[str, str]]) -> dict[str, str]:
        return {
            "nieuws_id": next_id([r.get("nieuws_id", "") for r in rows], moment.year, "N"),
            "tijdstip": cel(moment),
            "actie": "publiceren",
            "door": door,
            "titel": cel(titel),
            "datum": cel(datum),
            "tekst": cel(tekst),
            "opdracht_id": cel(opdracht_id),
        }

    return add_rij(source, "nieuws", NIEUWS, rij, "nieuws_id")


def trek_nieuws_in(
    source: Path, nieuws_id: str, door: str, nu: datetime | None = None
) -> Geschreven:
    """Withdraw a nieuwsbericht: a row `intrekken`; the message stays in the file."""
    rij = {"nieuws_id": nieuws_id, "tijdstip": cel(_nu(nu)), "actie": "intrekken", "door": door}
    return add_rij(source, "nieuws", NIEUWS, lambda _: rij, "nieuws_id")


def bied_ruimte(
    source: Path,
    medewerker_id: str,
    van: date | None,
    tot: date | None,
    uren_per_week: float | None,
    soort_werk: str,
    door: str,
    nu: datetime | None = None,
) -> Geschreven:
    """A new offer of room `R-<jaar>-<nnn>`: hours a week from `van` to `tot`."""
    moment = _nu(nu)

    def rij(rows: list[dict[str, str]]) -> dict[str, str]:
        return {
            "ruimte_id": next_id([r.get("ruimte_id", "") for r in rows], moment.year, "R"),
            "medewerker_id": medewerker_id,
            "tijdstip": cel(moment),
            "actie": "aanbieden",
            "door": door,
            "van": cel(van),
            "tot": cel(tot),
            "uren_per_week": cel(uren_per_week),
            "soort_werk": cel(soort_werk),
        }

    return add_rij(source, "ruimte", RUIMTE, rij, "ruimte_id")


def trek_ruimte_in(
    source: Path, ruimte_id: str, medewerker_id: str, door: str, nu: datetime | None = None
) -> Geschreven:
    rij = {
        "ruimte_id": ruimte_id,
        "medewerker_id": medewerker_id,
        "tijdstip": cel(_nu(nu)),
        "actie": "intrekken",
        "door": door,
    }
    return add_rij(source, "ruimte", RUIMTE, lambda _: rij, "ruimte_id")


def interesse(
    source: Path,
    medewerker_id: str,
    opdracht_id: str,
    door: str,
    motivatie: str | None = None,
    intrekken: bool = False,
    nu: datetime | None = None,
) -> Geschreven:
    """Show interest in an opdracht (with a short motivation), or withdraw it."""
    rij = {
        "medewerker_id": medewerker_id,
        "opdracht_id": opdracht_id,
        "tijdstip": cel(_nu(nu)),
        "actie": "intrekken" if intrekken else "tonen",
        "door": door,
        "motivatie": "" if intrekken else cel(motivatie),
    }
    return add_rij(source, "interesse", INTERESSE, lambda _: rij, "opdracht_id")
