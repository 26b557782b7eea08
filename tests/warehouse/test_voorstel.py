"""The toewijzingsvoorstel search: never a larger spread, optimal where it can be enumerated."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.hypothese import voorbeelden
from warehouse import voorstel as v

GEMEENTEN = ("ALB", "DOR", "HIA", "PAP", "SLI", "ZWD")


def _saldi(prognose: dict[str, float], opdrachten, keuze) -> dict[str, float]:
    """Independent of the module: apply the contract's rule for each chosen kandidaat."""
    saldi = dict(prognose)
    for o, k in zip(opdrachten, keuze, strict=True):
        if k is None or o.resterende_uren <= 0:
            continue
        saldi[k.gemeente] += o.resterende_uren
        for g, a in o.aandelen.items():
            saldi[g] -= o.resterende_uren * a
    return saldi


def _spreiding(saldi: dict[str, float]) -> float:
    return sum(s * s for s in saldi.values())


kandidaat = st.builds(
    v.Kandidaat,
    medewerker_id=st.text("abc", min_size=1, max_size=3),
    gemeente=st.sampled_from(GEMEENTEN),
    rang=st.integers(1, 50),
    reden=st.just("r"),
)
opdracht = st.builds(
    v.OpenOpdracht,
    opdracht_id=st.text("xyz", min_size=1, max_size=4),
    resterende_uren=st.integers(0, 400).map(float),
    aandelen=st.sampled_from(GEMEENTEN).map(lambda g: {g: 1.0})
    | st.just({g: 1 / 6 for g in GEMEENTEN})
    | st.just({"DOR": 0.8, "ZWD": 0.2}),
    kandidaten=st.lists(kandidaat, max_size=4),
)
prognose = st.fixed_dictionaries({g: st.integers(-400, 400).map(float) for g in GEMEENTEN})


@settings(max_examples=voorbeelden(150), deadline=None)
@given(prognose, st.lists(opdracht, max_size=4))
def test_proposal_is_optimal_and_never_widens_the_spread(prognose, opdrachten):
    gekozen = v.kies(prognose, opdrachten)
    spreiding = _spreiding(_saldi(prognose, opdrachten, gekozen))
    assert spreiding <= _spreiding(prognose) + 1e-6
    # enumerate every choice (nobody or any kandidaat) independently of the module
    alle = itertools.product(*([None, *o.kandidaten] for o in opdrachten))
    beste = min(_spreiding(_saldi(prognose, opdrachten, keuze)) for keuze in alle)
    assert spreiding == pytest.approx(beste, abs=1e-6)


@settings(max_examples=voorbeelden(40), deadline=None)
@given(prognose, st.lists(opdracht, min_size=8, max_size=9))
def test_large_cases_use_descent_and_still_never_widen(prognose, opdrachten):
    gekozen = v.kies(prognose, opdrachten, max_combinaties=1)
    assert _spreiding(_saldi(prognose, opdrachten, gekozen)) <= _spreiding(prognose) + 1e-6


def test_ties_go_to_the_best_rank_and_to_assigning():
    """A lokaal ALB opdracht done by ALB changes nothing: assign the best ALB kandidaat."""
    o = v.OpenOpdracht(
        "O",
        100.0,
        {"ALB": 1.0},
        [v.Kandidaat("A2", "ALB", 2, ""), v.Kandidaat("A1", "ALB", 1, "")],
    )
    assert v.kies(dict.fromkeys(GEMEENTEN, 0.0), [o]) == [o.kandidaten[1]]


def test_rows_explain_and_spread_over_different_medewerkers():
    ks = [v.Kandidaat("H1", "HIA", 1, "expertise cultuur"), v.Kandidaat("H2", "HIA", 2, "x")]
    opdrachten = [v.OpenOpdracht(i, 50.0, {"DOR": 1.0}, ks) for i in ("A", "B")]
    rijen = v.voorstel({"DOR": 100.0, "HIA": -100.0}, opdrachten)
    assert [r.medewerker_id for r in rijen] == ["H1", "H2"]
    assert rijen[0].reden.startswith("kandidaat nummer 1")
    leeg = v.voorstel({"DOR": 0.0}, [v.OpenOpdracht("C", 10.0, {"DOR": 1.0}, [])])
    assert leeg[0].medewerker_id is None
    assert leeg[0].reden == "geen toewijzing: geen medewerker met passende expertise en vrije uren"
