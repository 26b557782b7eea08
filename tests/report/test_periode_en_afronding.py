"""Periods of the contract (§9) and the CBS rounding of the report's tables."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dutch.afronding import NOOT_AFRONDING
from report.periode import OngeldigePeriode, lees_periode, periode_tot
from report.tabel import Kolom, maak_tabel


@pytest.mark.parametrize(
    ("tekst", "begin", "einde", "kort"),
    [
        ("2012", date(2012, 1, 1), date(2012, 12, 31), "2012"),
        ("2012-H1", date(2012, 1, 1), date(2012, 6, 30), "1e halfjaar 2012"),
        ("2012-h2", date(2012, 7, 1), date(2012, 12, 31), "2e halfjaar 2012"),
        ("2012-K1", date(2012, 1, 1), date(2012, 3, 31), "K1 2012"),
        ("2012-K3", date(2012, 7, 1), date(2012, 9, 30), "K3 2012"),
        (" 2012-K4 ", date(2012, 10, 1), date(2012, 12, 31), "K4 2012"),
    ],
)
def test_periods(tekst, begin, einde, kort):
    periode = lees_periode(tekst)
    assert (periode.begin, periode.einde, periode.peildatum, periode.kort) == (
        begin,
        einde,
        einde,
        kort,
    )


@pytest.mark.parametrize(
    "tekst", ["2012-K0", "2012-K5", "2012-H0", "2012-H3", "2012-Q1", "", "0012"]
)
def test_wrong_periods(tekst):
    with pytest.raises(OngeldigePeriode):
        lees_periode(tekst)


def test_dashboard_choices_map_to_report_periods():
    assert periode_tot("kwartaal", date(2012, 9, 30)).code == "2012-K3"
    assert periode_tot("halfjaar", date(2012, 6, 30)).code == "2012-H1"
    assert periode_tot("halfjaar", date(2012, 12, 31)).code == "2012-H2"
    assert periode_tot("jaar", date(2012, 12, 31)).code == "2012"


def test_total_is_the_rounded_exact_total_with_a_note_only_when_needed():
    kolommen = [Kolom("naam", "Naam"), Kolom("uren", "Uren", totaal=True)]
    niet = maak_tabel(
        pl.DataFrame({"naam": ["a", "b", "c"], "uren": [0.4, 0.4, 0.4]}), kolommen, "Totaal"
    )
    assert [r[1] for r in niet.rijen] == ["0", "0", "0"]
    assert niet.totaal == ["Totaal", "1"]
    assert niet.noten == [NOOT_AFRONDING]
    wel = maak_tabel(pl.DataFrame({"naam": ["a", "b"], "uren": [1.2, 2.2]}), kolommen, "Totaal")
    assert wel.totaal == ["Totaal", "3"]
    assert wel.noten == []
    halven = maak_tabel(pl.DataFrame({"naam": ["a", "b"], "uren": [2.5, -8.5]}), kolommen)
    assert [r[1] for r in halven.rijen] == ["3", "-9"]  # halves away from zero
