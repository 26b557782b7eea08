"""The steps of an opdracht's life as the platform writes them, each once.

Why a module of its own: the Werkbank's buttons, the tests and a controller's script all
take the same steps (contract section 7: accepteren, terugsturen, toewijzen as voorlopig,
the leidinggevende's akkoord, starten, verschuiven, samenvoegen, afronden), and each
must write the rows the ETL's rules (`etl.levensloop`) accept, under one key, so a repeated
click writes nothing more (`invoer.schrijven.add_stap`).

The key of a step: its actie, the number of steps of the opdracht the person saw (`basis`,
from the warehouse they looked at) and a digest of what they filled in. A double click,
a form sent again, or two MT members doing the same thing from the same screen give the
same key; two different things done from the same screen give two keys, and the ETL's
rules refuse the one that no longer fits (accepteren of an opdracht already geaccepteerd).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from etl.kinds import KINDS
from invoer.schrijven import ALGEMEEN, Geschreven, Geweigerd, add_stap

# Who may take which step (contract section 8): the MT accepts, returns, assigns and runs
# the opdracht's life; the indiener resubmits what was sent back (`herindienen`).
MT_STAPPEN = (
    "accepteren",
    "terugsturen",
    "annuleren",
    "toewijzen",
    "bevestigen",
    "starten",
    "verschuiven",
    "samenvoegen",
    "afronden",
)

# What a resubmission may change: the form's fields of `platform/herindieningen.csv`.
HERINDIEN_VELDEN = tuple(
    n for n in KINDS["herindieningen"].names if n not in ("opdracht_id", "tijdstip", "door", "stap")
)


@dataclass(frozen=True)
class Stap:
    """One step not yet written: the rows it appends and what makes it the same step."""

    actie: str
    opdracht_id: str
    basis: int
    rijen: tuple[Mapping[str, object], ...] = field(default_factory=tuple)
    formulier: Mapping[str, object] | None = None  # herindienen: the form's new content

    @property
    def sleutel(self) -> str:
        """`actie@basis:digest`, see the module's docstring."""
        inhoud = json.dumps(
            [dict(r) for r in self.rijen] + [dict(self.formulier or {})],
            sort_keys=True,
            default=str,
        )
        digest = hashlib.sha256(inhoud.encode()).hexdigest()[:10]
        return f"{self.actie}@{self.basis}:{digest}"


def zet(source: Path, stap: Stap, door: str, nu: datetime | None = None) -> Geschreven:
    """Write `stap` once (raises `invoer.schrijven.Geweigerd` with the Dutch reason)."""
    return add_stap(source, stap.rijen, door, stap=stap.sleutel, nu=nu, formulier=stap.formulier)


def _rij(opdracht_id: str, status: str, actie: str, **velden: object) -> dict[str, object]:
    return {"opdracht_id": opdracht_id, "status": status, "actie": actie} | {
        k: v for k, v in velden.items() if v is not None and v != ""
    }


def accepteren(
    opdracht_id: str, basis: int, opdrachtnemer: str | None = None, toelichting: str = ""
) -> Stap:
    """Accept an aangemeld opdracht; a kandidaat given is assigned voorlopig."""
    rij = _rij(
        opdracht_id,
        "geaccepteerd",
        "accepteren",
        opdrachtnemer=opdrachtnemer,
        toelichting=toelichting,
    )
    return Stap("accepteren", opdracht_id, basis, (rij,))


def terugsturen(opdracht_id: str, basis: int, reden: str) -> Stap:
    """Send back to the indiener, with the reason they see next to the fields."""
    rij = _rij(opdracht_id, "aangemeld", "terugsturen", toelichting=reden)
    return Stap("terugsturen", opdracht_id, basis, (rij,))


def annuleren(opdracht_id: str, basis: int, reden: str) -> Stap:
    rij = _rij(opdracht_id, "geannuleerd", "annuleren", toelichting=reden)
    return Stap("annuleren", opdracht_id, basis, (rij,))


def toewijzen(opdracht_id: str, basis: int, status: str, opdrachtnemer: str) -> Stap:
    """Propose an opdrachtnemer: voorlopig until `bevestigen`."""
    rij = _rij(opdracht_id, status, "toewijzen", opdrachtnemer=opdrachtnemer)
    return Stap("toewijzen", opdracht_id, basis, (rij,))


def bevestigen(
    opdracht_id: str,
    basis: int,
    status: str,
    opdrachtnemer: str,
    leidinggevende: str,
    akkoord_op: date,
) -> Stap:
    """The MT records that the opdrachtnemer's leidinggevende agreed (who, on which day):
    the voorlopige toewijzing becomes firm (docs/platform.md)."""
    rij = _rij(
        opdracht_id,
        status,
        "bevestigen",
        opdrachtnemer=opdrachtnemer,
        leidinggevende=leidinggevende.strip(),
        akkoord_op=akkoord_op,
    )
    return Stap("bevestigen", opdracht_id, basis, (rij,))


def starten(opdracht_id: str, basis: int, startdatum: date | None, einddatum: date | None) -> Stap:
    """The work starts (lopend), with its planning."""
    rij = _rij(opdracht_id, "lopend", "starten", startdatum=startdatum, einddatum=einddatum)
    return Stap("starten", opdracht_id, basis, (rij,))


def verschuiven(
    opdracht_id: str,
    basis: int,
    status: str,
    reden: str,
    startdatum: date | None = None,
    einddatum: date | None = None,
    begrote_uren: float | None = None,
) -> Stap:
    """New dates or begrote uren, with the reason."""
    rij = _rij(
        opdracht_id,
        status,
        "verschuiven",
        toelichting=reden,
        startdatum=startdatum,
        einddatum=einddatum,
        begrote_uren=begrote_uren,
    )
    return Stap("verschuiven", opdracht_id, basis, (rij,))


def samenvoegen(
    a: str, basis: int, status_a: str, b: str, begrote_uren: float, reden: str = ""
) -> Stap:
    """Opdracht `b` into `a`: `b` ends geannuleerd ("samengevoegd in a"), then `a` names
    `b` in samengevoegd_uit with its new begrote uren (the hours saved count in efficiency
    and W4). Two rows, one step, one write."""
    if a == b:
        raise Geweigerd({ALGEMEEN: "een opdracht kan niet in zichzelf worden samengevoegd"})
    uitleg = f"samengevoegd in {a}" + (f": {reden.strip()}" if reden.strip() else "")
    rijen = (
        _rij(b, "geannuleerd", "samenvoegen", toelichting=uitleg),
        _rij(
            a,
            status_a,
            "samenvoegen",
            samengevoegd_uit=b,
            begrote_uren=begrote_uren,
            toelichting=f"{b} samengevoegd in deze opdracht",
        ),
    )
    return Stap("samenvoegen", a, basis, rijen)


def afronden(
    opdracht_id: str,
    basis: int,
    akkoord: bool,
    akkoord_op: date | None = None,
    reden: str = "",
) -> Stap:
    """Finish: the opdrachtgevers' akkoord and its date, or the reason it is missing."""
    rij = _rij(
        opdracht_id,
        "afgerond",
        "afronden",
        akkoord_opdrachtgever=akkoord,
        akkoord_op=akkoord_op if akkoord else None,
        toelichting=reden,
    )
    return Stap("afronden", opdracht_id, basis, (rij,))


def herindienen(opdracht_id: str, basis: int, velden: Mapping[str, object]) -> Stap:
    """The indiener's corrected form after terugsturen: the same id, its new content in
    `platform/herindieningen.csv`, a `herindienen` step (status aangemeld) beside it that
    carries the new planning and begrote uren. Soort, aanvrager and deelnemers stay as
    first submitted (they decide the shares; to change them, annuleren and submit anew)."""
    vorm = {k: v for k, v in velden.items() if k in HERINDIEN_VELDEN}
    rij = _rij(
        opdracht_id,
        "aangemeld",
        "herindienen",
        toelichting="opnieuw ingediend na terugsturen",
        startdatum=vorm.get("startdatum"),
        einddatum=vorm.get("einddatum"),
        begrote_uren=vorm.get("begrote_uren"),
    )
    return Stap("herindienen", opdracht_id, basis, (rij,), vorm)


def mag(rol: str, actie: str, indiener: bool = False) -> bool:
    """May someone with role `rol` (section 8) take step `actie`? `indiener`: they
    submitted the opdracht (only they, or the MT, resubmit it)."""
    if actie == "herindienen":
        return indiener or rol == "mt"
    return rol == "mt" and actie in MT_STAPPEN
