"""The toewijzingsvoorstel: who should take each open opdracht without opdrachtnemer.

Why Python and not SQL: the proposal is a search over combinations of assignments (for
every such opdracht: nobody, or the best-ranked qualified kandidaat of one of the
gemeenten) for the smallest spread of the year-end prognose (the sum of squares of the
saldi). As a recursive CTE over all combinations it would be unreadable; here it is one
loop. It runs once per build and is proportional to the open opdrachten, not to the
registrations.

The model of an assignment is that of `prognose_met` (sql/views/prognose_met.sql): the
kandidaat's gemeente brings the remaining hours R and every deelnemer takes R × aandeel.
The checks `check_voorstel_nulsom` and `check_voorstel_spreiding` run the result through
`prognose_met` itself, so a difference between the two would fail the build.

Search: every combination when there are at most `MAX_COMBINATIES` (exact); else
coordinate descent from "nobody anywhere", which only ever lowers the spread. "Nobody" is
always an option, so the proposal never makes the spread larger than it is. Among equal
spreads the better kandidaten ranks win, and assigning beats leaving an opdracht open.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

MAX_COMBINATIES = 50_000
GEEN = 10**6  # rank penalty of leaving an opdracht without proposal
DECIMALEN = 6  # spreads equal to 6 decimals are equal (as at the interface)

Vector = tuple[float, ...]


@dataclass(frozen=True)
class Kandidaat:
    """A qualified kandidaat (expertise match and free hours) of one opdracht."""

    medewerker_id: str
    gemeente: str
    rang: int
    reden: str


@dataclass(frozen=True)
class OpenOpdracht:
    """An open opdracht without opdrachtnemer: remaining hours, shares, kandidaten."""

    opdracht_id: str
    resterende_uren: float
    aandelen: dict[str, float]
    kandidaten: list[Kandidaat]  # qualified only, best rank first


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


def _opties(o: OpenOpdracht) -> list[Kandidaat | None]:
    """Nobody, or the best-ranked qualified kandidaat of each gemeente."""
    beste: dict[str, Kandidaat] = {}
    for k in o.kandidaten:
        if k.gemeente not in beste or k.rang < beste[k.gemeente].rang:
            beste[k.gemeente] = k
    return [None, *sorted(beste.values(), key=lambda k: k.rang)]


def _effect(o: OpenOpdracht, k: Kandidaat | None, index: dict[str, int]) -> Vector:
    effect = [0.0] * len(index)
    if k is not None and o.resterende_uren > 0:
        effect[index[k.gemeente]] += o.resterende_uren
        for gemeente, aandeel in o.aandelen.items():
            effect[index[gemeente]] -= o.resterende_uren * aandeel
    return tuple(effect)


def _plus(a: Vector, b: Vector) -> Vector:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _min(a: Vector, b: Vector) -> Vector:
    return tuple(x - y for x, y in zip(a, b, strict=True))


Opties = list[list[tuple[Vector, int]]]  # per opdracht: (effect, rank penalty) per option


def kies(
    prognose: dict[str, float],
    opdrachten: list[OpenOpdracht],
    max_combinaties: int = MAX_COMBINATIES,
) -> list[Kandidaat | None]:
    """Per opdracht the chosen kandidaat (or None) with the smallest spread (exact up to
    `max_combinaties` combinations, else by coordinate descent)."""
    gemeenten = sorted(set(prognose) | {g for o in opdrachten for g in o.aandelen})
    gemeenten += sorted({k.gemeente for o in opdrachten for k in o.kandidaten} - set(gemeenten))
    index = {g: i for i, g in enumerate(gemeenten)}
    basis = tuple(prognose.get(g, 0.0) for g in gemeenten)
    keuzes = [_opties(o) for o in opdrachten]
    opties: Opties = [
        [(_effect(o, k, index), GEEN if k is None else k.rang) for k in ks]
        for o, ks in zip(opdrachten, keuzes, strict=True)
    ]
    aantal = math.prod(len(ks) for ks in keuzes)
    keuze = _alles(basis, opties) if aantal <= max_combinaties else _afdalen(basis, opties)
    return [ks[i] for ks, i in zip(keuzes, keuze, strict=True)]


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
        for i, (effect, boete) in enumerate(opties[j]):
            gekozen.append(i)
            stap(j + 1, _plus(saldi, effect), straf + boete, gekozen)
            gekozen.pop()

    stap(0, basis, 0, [])
    return beste[1]


def _afdalen(basis: Vector, opties: Opties) -> list[int]:
    """Coordinate descent from 'nobody anywhere': change one opdracht at a time to its best
    option given the others, until nothing improves. Never raises the spread."""
    keuze = [0] * len(opties)
    saldi = _plus(basis, tuple(0.0 for _ in basis))
    straf = sum(ks[0][1] for ks in opties)
    for _ in range(100):
        beter = False
        for j, ks in enumerate(opties):
            zonder = _min(saldi, ks[keuze[j]][0])
            rest = straf - ks[keuze[j]][1]
            sleutels = [_sleutel(_plus(zonder, e), rest + b) for e, b in ks]
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


def voorstel(prognose: dict[str, float], opdrachten: list[OpenOpdracht]) -> list[Toewijzing]:
    """The proposal with a Dutch reason per opdracht; within one gemeente, different
    opdrachten get different medewerkers where the gemeente has enough kandidaten."""
    gekozen = kies(prognose, opdrachten)
    bezet: set[str] = set()
    uit = []
    for o, k in zip(opdrachten, gekozen, strict=True):
        if k is None:
            reden = (
                "geen toewijzing: geen medewerker met passende expertise en vrije uren"
                if not o.kandidaten
                else "geen toewijzing: elke kandidaat zou de prognose verder van nul brengen"
            )
            uit.append(Toewijzing(o.opdracht_id, None, None, None, reden))
            continue
        zelfde = [c for c in o.kandidaten if c.gemeente == k.gemeente]
        k = next((c for c in zelfde if c.medewerker_id not in bezet), k)
        bezet.add(k.medewerker_id)
        reden = f"kandidaat nummer {k.rang}; zo komt de prognose het dichtst bij nul ({k.reden})"
        uit.append(Toewijzing(o.opdracht_id, k.medewerker_id, k.rang, k.reden, reden))
    return uit
