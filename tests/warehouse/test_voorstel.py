"""The toewijzingsvoorstel: staffs every opdracht it can, smallest spread over full staffings,
free hours used up by the proposal itself."""

from __future__ import annotations

import itertools
from datetime import date

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
    vrij=st.booleans(),
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


def _vrij(o):
    return [k for k in o.kandidaten if k.vrij]


@settings(max_examples=voorbeelden(150), deadline=None)
@given(prognose, st.lists(opdracht, max_size=4))
def test_proposal_staffs_all_it_can_with_the_smallest_spread(prognose, opdrachten):
    gekozen = v.kies(prognose, opdrachten)
    # every opdracht with a free kandidaat is staffed, the others are not
    assert [k is not None for k in gekozen] == [bool(_vrij(o)) for o in opdrachten]
    spreiding = _spreiding(_saldi(prognose, opdrachten, gekozen))
    # enumerate every full staffing independently of the module
    alle = itertools.product(*(_vrij(o) or [None] for o in opdrachten))
    beste = min(_spreiding(_saldi(prognose, opdrachten, keuze)) for keuze in alle)
    assert spreiding == pytest.approx(beste, abs=1e-6)


@settings(max_examples=voorbeelden(40), deadline=None)
@given(prognose, st.lists(opdracht, min_size=8, max_size=9))
def test_large_cases_use_descent_and_still_staff_everything(prognose, opdrachten):
    gekozen = v.kies(prognose, opdrachten, max_combinaties=1)
    assert [k is not None for k in gekozen] == [bool(_vrij(o)) for o in opdrachten]
    begin = [_vrij(o) and min(_vrij(o), key=lambda k: k.rang) for o in opdrachten]
    # descent starts at everyone's best rank and only improves
    assert (
        _spreiding(_saldi(prognose, opdrachten, gekozen))
        <= _spreiding(_saldi(prognose, opdrachten, [k or None for k in begin])) + 1e-6
    )


def test_ties_go_to_the_best_rank():
    """A lokaal ALB opdracht done by ALB changes nothing: assign the best ALB kandidaat."""
    o = v.OpenOpdracht(
        "O",
        100.0,
        {"ALB": 1.0},
        [v.Kandidaat("A2", "ALB", 2, ""), v.Kandidaat("A1", "ALB", 1, "")],
    )
    assert v.kies(dict.fromkeys(GEMEENTEN, 0.0), [o]) == [o.kandidaten[1]]


def test_an_opdracht_is_staffed_even_when_that_widens_the_spread():
    """Everyone at zero: any assignment of a DOR opdracht to HIA widens the spread, but the
    work has to be done (data contract, section 6 since section 10)."""
    o = v.OpenOpdracht("O", 50.0, {"DOR": 1.0}, [v.Kandidaat("H", "HIA", 1, "")])
    rij = v.voorstel(dict.fromkeys(GEMEENTEN, 0.0), [o])[0]
    assert rij.medewerker_id == "H"


def test_rows_explain_and_spread_over_different_medewerkers():
    ks = [v.Kandidaat("H1", "HIA", 1, "expertise cultuur"), v.Kandidaat("H2", "HIA", 2, "x")]
    opdrachten = [v.OpenOpdracht(i, 50.0, {"DOR": 1.0}, ks) for i in ("A", "B")]
    rijen = v.voorstel({"DOR": 100.0, "HIA": -100.0}, opdrachten)
    assert [r.medewerker_id for r in rijen] == ["H1", "H2"]
    assert rijen[0].reden.startswith("kandidaat nummer 1")
    leeg = v.voorstel({"DOR": 0.0}, [v.OpenOpdracht("C", 10.0, {"DOR": 1.0}, [])])
    assert leeg[0].medewerker_id is None
    assert leeg[0].reden == "geen toewijzing: niemand heeft passende expertise"
    bezet = v.OpenOpdracht("D", 10.0, {"DOR": 1.0}, [v.Kandidaat("Z", "ZWD", 1, "", vrij=False)])
    assert "vrije uren in de planningsperiode" in v.voorstel({"DOR": 0.0}, [bezet])[0].reden


WEEK = date(2013, 1, 7)


def test_free_hours_are_used_up_by_the_proposal_itself():
    """K has 10 free hours in the week; A takes 10 of them, so B (same week) goes to the
    next kandidaat, and C (nobody else) stays open with the reason why."""
    k = v.Kandidaat("K", "HIA", 1, "")
    m = v.Kandidaat("L", "HIA", 2, "")
    capaciteit = {"K": {WEEK: 10.0}, "L": {WEEK: 4.0}}
    a = v.OpenOpdracht("A", 10.0, {"DOR": 1.0}, [k, m], {WEEK: 10.0})
    b = v.OpenOpdracht("B", 5.0, {"DOR": 1.0}, [k, m], {WEEK: 5.0})
    c = v.OpenOpdracht("C", 5.0, {"DOR": 1.0}, [k], {WEEK: 5.0})
    rijen = v.voorstel({"DOR": 20.0, "HIA": -20.0}, [a, b, c], capaciteit)
    assert [r.medewerker_id for r in rijen] == ["K", "L", None]
    assert rijen[2].reden.startswith("geen toewijzing: de vrije uren")
