"""The toewijzingsvoorstel: who should take each open opdracht without opdrachtnemer.

Binding (data contract, section 6, since section 10): the work has to be done, so the
proposal staffs *every* such opdracht that has an eligible employee (expertise match and
free hours in the weeks of its planning); the spread of the year-end prognose (the sum of
squares of the saldi) is minimised over those full staffings; an employee's free hours are
used up by what the proposal already gave them; an opdracht nobody can take gets no
medewerker and a reason.

Why Python and not SQL: it is a search over combinations of assignments; as a recursive
CTE it would be unreadable. It runs once per build on the open opdrachten only.

Two steps:
1. *Which gemeente brings the hours* (that alone moves the prognose): per opdracht, the
   gemeenten of its eligible kandidaten. Every combination when there are at most
   `MAX_COMBINATIES` (exact), else coordinate descent from everyone's best-ranked
   kandidaat. The model is `prognose_met`'s: the chosen gemeente brings the remaining hours
   R planned in this boekjaar, every deelnemer takes R × aandeel. Among equal spreads the
   better kandidaten ranks win.
2. *Who*: opdrachten in order of their planning's start; in the chosen gemeente the
   best-ranked kandidaat still free after the proposal's earlier rows (one who has no
   proposal yet first, so the work is shared), else the best-ranked free kandidaat of
   another gemeente (the reason says so), else nobody. Free = the mean over the weeks of
   the opdracht's planning of (free hours before the proposal − hours the proposal already
   planned in that week) is above zero; an assignment plans the opdracht's hours in its
   weeks (`behoefte`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

MAX_COMBINATIES = 50_000
DECIMALEN = 6  # spreads equal to 6 decimals are equal (as at the interface)

Vector = tuple[float, ...]
Capaciteit = dict[str, dict[date, float]]
"""medewerker_id -> week_start -> free hours before the proposal (intern.vrij_week)."""


@dataclass(frozen=True)
class Kandidaat:
    """A kandidaat with expertise match for one opdracht; `vrij`: free hours in its weeks."""

    medewerker_id: str
    gemeente: str
    rang: int
    reden: str
    vrij: bool = True


@dataclass(frozen=True)
class OpenOpdracht:
    """An open opdracht without opdrachtnemer: remaining hours this boekjaar, shares,
    kandidaten with expertise match (best rank first) and its hours per planning week."""

    opdracht_id: str
    resterende_uren: float
    aandelen: dict[str, float]
    kandidaten: list[Kandidaat]
    behoefte: dict[date, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Toewijzing:
    """One row of `voorstel_toewijzing`."""

    opdracht_id: str
    medewerker_id: str | None
    kandidaat_rang: int | None
    kandidaat_reden: str | None
    reden: str


def spreiding(saldi: Iterable[float]) -> float:
    """Sum of squares of the prognose saldi: zero when every gemeente ends at zero."""
    return sum(s * s for s in saldi)


def _opties(o: OpenOpdracht) -> list[Kandidaat]:
    """The best-ranked free kandidaat of each gemeente, best first."""
    beste: dict[str, Kandidaat] = {}
    for k in o.kandidaten:
        if k.vrij and (k.gemeente not in beste or k.rang < beste[k.gemeente].rang):
            beste[k.gemeente] = k
    return sorted(beste.values(), key=lambda k: k.rang)


def _effect(o: OpenOpdracht, k: Kandidaat, index: dict[str, int]) -> Vector:
    effect = [0.0] * len(index)
    if o.resterende_uren > 0:
        effect[index[k.gemeente]] += o.resterende_uren
        for gemeente, aandeel in o.aandelen.items():
            effect[index[gemeente]] -= o.resterende_uren * aandeel
    return tuple(effect)


def _plus(a: Vector, b: Vector) -> Vector:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _min(a: Vector, b: Vector) -> Vector:
    return tuple(x - y for x, y in zip(a, b, strict=True))


Opties = list[list[tuple[Vector, int]]]  # per opdracht: (effect, rank) per option


def kies(
    prognose: dict[str, float],
    opdrachten: list[OpenOpdracht],
    max_combinaties: int = MAX_COMBINATIES,
) -> list[Kandidaat | None]:
    """Per opdracht the kandidaat whose gemeente gives the smallest spread over the full
    staffings (None only for an opdracht without free kandidaat)."""
    gemeenten = sorted(set(prognose) | {g for o in opdrachten for g in o.aandelen})
    gemeenten += sorted({k.gemeente for o in opdrachten for k in o.kandidaten} - set(gemeenten))
    index = {g: i for i, g in enumerate(gemeenten)}
    basis = tuple(prognose.get(g, 0.0) for g in gemeenten)
    keuzes = [_opties(o) for o in opdrachten]
    mogelijk = [j for j, ks in enumerate(keuzes) if ks]
    opties: Opties = [
        [(_effect(opdrachten[j], k, index), k.rang) for k in keuzes[j]] for j in mogelijk
    ]
    aantal = math.prod(len(ks) for ks in opties)
    keuze = _alles(basis, opties) if aantal <= max_combinaties else _afdalen(basis, opties)
    gekozen: list[Kandidaat | None] = [None] * len(opdrachten)
    for j, i in zip(mogelijk, keuze, strict=True):
        gekozen[j] = keuzes[j][i]
    return gekozen


def _sleutel(saldi: Vector, straf: int) -> tuple[float, int]:
    return round(spreiding(saldi), DECIMALEN), straf


def _alles(basis: Vector, opties: Opties) -> list[int]:
    """Exact: every combination, depth first (partial sums are shared)."""
    beste: tuple[tuple[float, int], list[int]] = ((math.inf, 0), [])

    def stap(j: int, saldi: Vector, straf: int, gekozen: list[int]) -> None:
        nonlocal beste
        if j == len(opties):
            sleutel = _sleutel(saldi, straf)
            if sleutel < beste[0]:
                beste = (sleutel, list(gekozen))
            return
        for i, (effect, rang) in enumerate(opties[j]):
            gekozen.append(i)
            stap(j + 1, _plus(saldi, effect), straf + rang, gekozen)
            gekozen.pop()

    stap(0, basis, 0, [])
    return beste[1]


def _afdalen(basis: Vector, opties: Opties) -> list[int]:
    """Coordinate descent from everyone's best-ranked option: change one opdracht at a time
    to its best option given the others, until nothing improves."""
    keuze = [0] * len(opties)
    saldi = basis
    for ks in opties:
        saldi = _plus(saldi, ks[0][0])
    straf = sum(ks[0][1] for ks in opties)
    for _ in range(100):
        beter = False
        for j, ks in enumerate(opties):
            zonder = _min(saldi, ks[keuze[j]][0])
            rest = straf - ks[keuze[j]][1]
            sleutels = [_sleutel(_plus(zonder, e), rest + r) for e, r in ks]
            nieuw = min(range(len(ks)), key=sleutels.__getitem__)
            if sleutels[nieuw] < sleutels[keuze[j]]:
                keuze[j], saldi, straf, beter = (
                    nieuw,
                    _plus(zonder, ks[nieuw][0]),
                    rest + ks[nieuw][1],
                    True,
                )
        if not beter:
            break
    return keuze


class _Bezetting:
    """Free hours per medewerker per week, used up as the proposal assigns."""

    def __init__(self, capaciteit: Capaciteit) -> None:
        self.capaciteit = capaciteit
        self.gepland: dict[str, dict[date, float]] = {}

    def vrij(self, k: Kandidaat, o: OpenOpdracht) -> bool:
        if not k.vrij:
            return False
        if not o.behoefte or k.medewerker_id not in self.capaciteit:
            return k.medewerker_id not in self.gepland  # no weeks to weigh: once
        weken = self.capaciteit[k.medewerker_id]
        al = self.gepland.get(k.medewerker_id, {})
        rest = [weken.get(w, 0.0) - al.get(w, 0.0) for w in o.behoefte]
        return sum(rest) / len(rest) > 0

    def geef(self, k: Kandidaat, o: OpenOpdracht) -> None:
        al = self.gepland.setdefault(k.medewerker_id, {})
        for week, uren in o.behoefte.items():
            al[week] = al.get(week, 0.0) + uren


def voorstel(
    prognose: dict[str, float],
    opdrachten: list[OpenOpdracht],
    capaciteit: Capaciteit | None = None,
) -> list[Toewijzing]:
    """The proposal with a Dutch reason per opdracht, in the order of `opdrachten` (the
    earliest planning first: earlier work has the first claim on free hours)."""
    gekozen = kies(prognose, opdrachten)
    bezetting = _Bezetting(capaciteit or {})
    uit = []
    for o, keuze in zip(opdrachten, gekozen, strict=True):
        vrij = [k for k in o.kandidaten if bezetting.vrij(k, o)]
        vrij.sort(key=lambda k: (k.medewerker_id in bezetting.gepland, k.rang))
        eigen = [k for k in vrij if keuze is not None and k.gemeente == keuze.gemeente]
        if not vrij:
            uit.append(Toewijzing(o.opdracht_id, None, None, None, _waarom_niemand(o)))
            continue
        k = (eigen or vrij)[0]
        bezetting.geef(k, o)
        if eigen:
            reden = f"kandidaat nummer {k.rang}; zo komt de prognose het dichtst bij nul"
        else:
            reden = (
                f"kandidaat nummer {k.rang}; wie de prognose het dichtst bij nul brengt, "
                "heeft geen vrije uren meer na de eerdere rijen van dit voorstel"
            )
        uit.append(
            Toewijzing(o.opdracht_id, k.medewerker_id, k.rang, k.reden, f"{reden} ({k.reden})")
        )
    return uit


def _waarom_niemand(o: OpenOpdracht) -> str:
    if not o.kandidaten:
        return "geen toewijzing: niemand heeft passende expertise"
    if not any(k.vrij for k in o.kandidaten):
        return (
            "geen toewijzing: niemand met passende expertise heeft vrije uren in de "
            "planningsperiode van de opdracht"
        )
    return (
        "geen toewijzing: de vrije uren van wie passende expertise heeft, gaan al op aan "
        "eerdere opdrachten in dit voorstel"
    )
