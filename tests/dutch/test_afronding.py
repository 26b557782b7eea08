"""The one rounding rule (CBS): each figure on its own, halves away from zero, totals exact."""

from decimal import Decimal

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from dutch import afronding

# the plan's worked example: saldi per gemeente, gebracht − gehaald
PLAN = {"ALB": -970 / 3, "DOR": 620 / 3, "HIA": -25 / 3, "PAP": 470 / 3, "SLI": -670 / 3}
PLAN["ZWD"] = -sum(PLAN.values())


def test_afronden_halves_away_from_zero_on_the_decimal_value():
    assert afronding.afronden(2.5) == 3
    assert afronding.afronden(-2.5) == -3
    assert afronding.afronden(0.125, 2) == 0.13  # round(0.125, 2) would give 0,12
    assert afronding.afronden(Decimal("-0.125"), 2) == -0.13
    assert str(afronding.afronden(-0.4)) == "0.0"  # never -0
    assert afronding.afronden(None) is None
    assert afronding.afronden(float("nan")) is None


def test_plan_row_is_rounded_each_on_its_own_with_a_note():
    rij = {g: afronding.afronden(s) for g, s in PLAN.items()}
    assert rij == {"ALB": -323, "DOR": 207, "HIA": -8, "PAP": 157, "SLI": -223, "ZWD": 192}
    # −323 + 207 − 8 + 157 − 223 + 192 = 2, not the total 0: the note is due
    assert not afronding.telt_op(PLAN.values())
    assert afronding.telt_op([1.1, 2.2, 3.1])


def test_met_totaal_takes_the_exact_total_and_flags_the_note():
    frame = pl.DataFrame({"naam": list(PLAN), "saldo": list(PLAN.values()), "n": [1.4] * 6})
    getoond, noot = afronding.met_totaal(frame, {"saldo": 0, "n": 0}, {"naam": "Totaal"})
    assert getoond.get_column("naam").to_list() == [*PLAN, "Totaal"]
    assert getoond.get_column("saldo").to_list() == [-323, 207, -8, 157, -223, 192, 0]
    assert getoond.row(-1) == ("Totaal", 0, 8)  # 6 × 1,4 = 8,4 -> 8, not 6 × 1
    assert noot


@given(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=12))
def test_afgerond_rounds_each_figure_to_its_nearest_whole_number(waarden):
    getoond = afronding.afgerond(pl.DataFrame({"w": waarden}), {"w": 0})
    for a, w in zip(getoond.get_column("w"), waarden, strict=True):
        assert abs(a - w) <= 0.5 + 1e-6


def test_tegoed_matrix_blanks_no_effect_and_totals_from_exact():
    gemeenten = {"ALB": "Alblasserdam", "DOR": "Dordrecht", "ZWD": "Zwijndrecht"}
    lang = pl.DataFrame(
        {
            "opdracht_id": ["A", "A", "A", "B", "B", "B"],
            "titel": ["Een", "Een", "Een", "Twee", "Twee", "Twee"],
            "gerealiseerde_uren": [10.0] * 3 + [7.0] * 3,
            "gemeente": ["ALB", "DOR", "ZWD"] * 2,
            "saldo_uren": [10 - 10 / 3, -10 / 3, -10 / 3, 0.0, 3.5, -3.5],
        }
    )
    matrix, noot = afronding.tegoed_matrix(lang, gemeenten, tarief=Decimal("60.00"))
    assert matrix.get_column("Opdracht").to_list() == [
        "Een",
        "Twee",
        "Uren totalen",
        "Staat gelijk aan",
    ]
    # 6,67 -> 7 and −3,33 -> −3 each on its own (the row adds up to +1, not 0)
    assert matrix.row(0) == ("Een", 10, 7, -3, -3)
    assert matrix.row(1, named=True)["Alblasserdam"] is None  # no effect: blank, as in the plan
    # DOR: −3,33 + 3,5 = 0,17 -> 0 and ZWD: −3,33 − 3,5 = −6,83 -> −7 (rows say −3+4, −3−4)
    assert matrix.row(2) == ("Uren totalen", None, 7, 0, -7)
    assert matrix.row(3, named=True)["Alblasserdam"] == 400
    assert noot
