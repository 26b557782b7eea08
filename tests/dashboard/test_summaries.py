"""The dashboard's summaries are read from their views, not computed in Python."""

from __future__ import annotations

from datetime import date

import pytest

from cijfers import format as fmt
from dashboard import queries
from tests.dashboard.bouw import app
from tests.dashboard.helpers import direct, tabel_met, zonder_fouten


def test_winstpunten_shows_kpi_dimensie_with_all_three_dimensions(klein_warehouse):
    at = zonder_fouten(app("pages/winstpunten.py"))
    view = direct(klein_warehouse, "select * from kpi_dimensie order by dimensie")
    tabel = tabel_met(at, "Dimensie")
    assert tabel["Dimensie"].tolist() == ["financieel", "inhoudelijk", "kwaliteit"]
    assert tabel["Opdrachten"].tolist() == [fmt.getal(v, 0) for v in view["aantal_opdrachten"]]
    assert tabel["Begrote uren"].tolist() == [fmt.getal(v, 0) for v in view["begrote_uren"]]


@pytest.mark.parametrize("peildatum", [None, date(2012, 3, 31), date(2012, 1, 15)])
def test_werkvoorraad_per_soort_reads_the_view_or_macro(klein_warehouse, peildatum):
    sql = (
        "select * from werkvoorraad_per_soort"
        if peildatum is None
        else "select * from werkvoorraad_per_soort_op(?)"
    )
    params = () if peildatum is None else (peildatum,)
    verwacht = direct(klein_warehouse, sql + " order by soort_opdracht, stand", *params)
    assert queries.werkvoorraad_per_soort(peildatum).equals(verwacht)


def test_aandelen_come_from_opdracht_aandelen(klein_warehouse):
    rijen = direct(
        klein_warehouse, "select opdracht_id, gemeente, naam, aandeel from opdracht_aandelen"
    )
    for opdracht_id in rijen.get_column("opdracht_id").unique():
        verwacht = rijen.filter(opdracht_id=opdracht_id).sort(
            ["aandeel", "gemeente"], descending=[True, False]
        )
        assert queries.aandelen(opdracht_id).equals(verwacht.drop("opdracht_id"))
