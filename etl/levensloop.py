"""The rules of an opdracht's life on the platform: which step may follow which.

Why here, and why per `actie`: the contract (section 7, binding since section 10) lets
the platform accept, assign (voorlopig until the leidinggevende agrees), start, move,
merge and finish an opdracht, each a row of `platform/statuswijzigingen.csv`. The ETL
walks those rows in `tijdstip` order (`etl.status`) and asks `reden` whether a row may
follow the stand the rows before it left; the platform's writer checks a new row with
the same walk before it writes, so a step the ETL would reject is refused in Dutch, and
a second click on *Accepteren* finds the opdracht already geaccepteerd. A row without
`actie` (a hand-written change, an older file) only obeys the final-status rule.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from dutch import format as nl

AANGEMELD, GEACCEPTEERD, LOPEND = "aangemeld", "geaccepteerd", "lopend"
AFGEROND, GEANNULEERD = "afgerond", "geannuleerd"
OPEN = (AANGEMELD, GEACCEPTEERD, LOPEND)
# steps whose opdrachtnemer stays voorlopig until a `bevestigen` step (the leidinggevende
# agreed); `stg_opdrachten.opdrachtnemer_voorlopig` says the same in SQL
VOORLOPIG = ("accepteren", "toewijzen")


@dataclass(frozen=True)
class Stand:
    """What the steps so far left of one opdracht."""

    status: str
    opdrachtnemer: str | None = None
    voorlopig: bool = False  # assigned on the platform, the leidinggevende not yet agreed
    startdatum: date | None = None
    einddatum: date | None = None
    begrote_uren: float | None = None
    teruggestuurd: bool = False  # the last step was terugsturen: the indiener may resubmit


@dataclass(frozen=True)
class Rij:
    """One statuswijziging as the walk reads it (typed cells; None where empty)."""

    opdracht_id: str
    status: str
    actie: str | None = None
    opdrachtnemer: str | None = None
    toelichting: str | None = None
    startdatum: date | None = None
    einddatum: date | None = None
    begrote_uren: float | None = None
    leidinggevende: str | None = None
    akkoord_opdrachtgever: bool | None = None
    akkoord_op: date | None = None
    samengevoegd_uit: str | None = None


def reden(stand: Stand, rij: Rij, standen: dict[str, Stand]) -> str | None:
    """Why `rij` may not follow `stand` (None: it may). `standen`: every opdracht's stand,
    for samenvoegen, which names a second opdracht."""
    regel = _REGELS.get(rij.actie or "")
    fout = regel(stand, rij, standen) if regel else None
    if fout:
        return f"{rij.actie}: {fout}"
    return None


def na(stand: Stand, rij: Rij) -> Stand:
    """The stand after `rij` (which passed `reden`)."""
    nieuw = replace(
        stand,
        status=rij.status,
        startdatum=rij.startdatum or stand.startdatum,
        einddatum=rij.einddatum or stand.einddatum,
        begrote_uren=stand.begrote_uren if rij.begrote_uren is None else rij.begrote_uren,
        teruggestuurd=rij.actie == "terugsturen",
    )
    if rij.opdrachtnemer is not None:  # firm from an export or a hand-written row
        voorlopig = rij.actie in VOORLOPIG
        nieuw = replace(nieuw, opdrachtnemer=rij.opdrachtnemer, voorlopig=voorlopig)
    return nieuw


def _moet(status: str, *van: str):
    """A rule: the opdracht is in one of `van`, and the row sets `status` (None: keeps it)."""

    def regel(stand: Stand, rij: Rij) -> str | None:
        if stand.status not in van:
            return (
                f"kan niet bij een opdracht die {stand.status} is (alleen bij {' of '.join(van)})"
            )
        verwacht = status or stand.status
        if rij.status != verwacht:
            return f"status moet {verwacht} zijn, niet {rij.status}"
        return None

    return regel


def _accepteren(stand: Stand, rij: Rij, _: dict) -> str | None:
    return _moet(GEACCEPTEERD, AANGEMELD)(stand, rij)


def _terugsturen(stand: Stand, rij: Rij, _: dict) -> str | None:
    return _moet(AANGEMELD, AANGEMELD)(stand, rij) or _nodig(rij.toelichting, "de reden")


def _herindienen(stand: Stand, rij: Rij, _: dict) -> str | None:
    if not stand.teruggestuurd:
        return "alleen na terugsturen door het MT"
    return _moet(AANGEMELD, AANGEMELD)(stand, rij)


def _annuleren(stand: Stand, rij: Rij, _: dict) -> str | None:
    return _moet(GEANNULEERD, *OPEN)(stand, rij) or _nodig(rij.toelichting, "de reden")


def _toewijzen(stand: Stand, rij: Rij, _: dict) -> str | None:
    return _moet("", GEACCEPTEERD, LOPEND)(stand, rij) or _nodig(
        rij.opdrachtnemer, "de opdrachtnemer"
    )


def _bevestigen(stand: Stand, rij: Rij, _: dict) -> str | None:
    fout = _moet("", GEACCEPTEERD, LOPEND)(stand, rij)
    if fout:
        return fout
    if not stand.voorlopig or rij.opdrachtnemer != stand.opdrachtnemer:
        voorlopig = stand.opdrachtnemer if stand.voorlopig else "niemand"
        return (
            f"opdrachtnemer {rij.opdrachtnemer or '(leeg)'} is niet de voorlopige "
            f"opdrachtnemer ({voorlopig})"
        )
    return _nodig(rij.leidinggevende, "de leidinggevende") or _nodig(
        rij.akkoord_op, "de datum van het akkoord (akkoord_op)"
    )


def _starten(stand: Stand, rij: Rij, _: dict) -> str | None:
    fout = _moet(LOPEND, GEACCEPTEERD)(stand, rij)
    if fout:
        return fout
    if (rij.startdatum or stand.startdatum) is None or (rij.einddatum or stand.einddatum) is None:
        return "een opdracht start met een planning: vul startdatum en einddatum in"
    return _volgorde(stand, rij)


def _verschuiven(stand: Stand, rij: Rij, _: dict) -> str | None:
    fout = _moet("", *OPEN)(stand, rij) or _nodig(rij.toelichting, "de reden")
    if fout:
        return fout
    nieuw = {
        (rij.startdatum, stand.startdatum),
        (rij.einddatum, stand.einddatum),
        (rij.begrote_uren, stand.begrote_uren),
    }
    if all(n is None or n == o for n, o in nieuw):
        return "geen nieuwe startdatum, einddatum of begrote uren: er verschuift niets"
    return _volgorde(stand, rij)


def _samenvoegen(stand: Stand, rij: Rij, standen: dict[str, Stand]) -> str | None:
    """B into A is two rows: B becomes geannuleerd (no `samengevoegd_uit`), then A (open)
    names B in `samengevoegd_uit` with its new begrote uren."""
    if rij.samengevoegd_uit is None:
        return _moet(GEANNULEERD, *OPEN)(stand, rij) or _nodig(rij.toelichting, "de reden")
    fout = _moet("", *OPEN)(stand, rij) or _nodig(rij.begrote_uren, "de nieuwe begrote uren")
    if fout:
        return fout
    if rij.samengevoegd_uit == rij.opdracht_id:
        return "een opdracht kan niet in zichzelf worden samengevoegd"
    b = standen.get(rij.samengevoegd_uit)
    if b is None or b.status != GEANNULEERD:
        return (
            f"opdracht {rij.samengevoegd_uit} moet eerst geannuleerd zijn "
            "('samengevoegd in ...'), in een rij vóór deze"
        )
    return None


def _afronden(stand: Stand, rij: Rij, _: dict) -> str | None:
    fout = _moet(AFGEROND, LOPEND)(stand, rij)
    if fout:
        return fout
    if rij.akkoord_opdrachtgever is None:
        return "zeg of de opdrachtgevers akkoord zijn (akkoord_opdrachtgever ja of nee)"
    if rij.akkoord_opdrachtgever:
        return _nodig(rij.akkoord_op, "de datum van het akkoord (akkoord_op)")
    return _nodig(rij.toelichting, "de reden dat het akkoord ontbreekt")


def _nodig(waarde: object, wat: str) -> str | None:
    return f"{wat} ontbreekt" if waarde is None or waarde == "" else None


def _volgorde(stand: Stand, rij: Rij) -> str | None:
    start, eind = rij.startdatum or stand.startdatum, rij.einddatum or stand.einddatum
    if start is not None and eind is not None and eind < start:
        return f"einddatum {nl.datum(eind)} ligt voor startdatum {nl.datum(start)}"
    return None


_REGELS = {
    "accepteren": _accepteren,
    "terugsturen": _terugsturen,
    "herindienen": _herindienen,
    "annuleren": _annuleren,
    "toewijzen": _toewijzen,
    "bevestigen": _bevestigen,
    "starten": _starten,
    "verschuiven": _verschuiven,
    "samenvoegen": _samenvoegen,
    "afronden": _afronden,
}
