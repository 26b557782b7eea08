"""First visits (issue 26, h53): what a page's first view mounts beyond the bare app.

A new tab loads and runs the code of every kind of element the page shows before that
element leaves its placeholder; the data grid's code is the largest such part after
Plotly (docs/benchmarks.md, "First visits of the Werkbank, Data & kwaliteit and
Werkvoorraad (h53)"). These tests pin what the first views no longer mount; the
Werkvoorraad's folded filters are in test_pages.py.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dashboard.tabel_licht import GRENS
from tests.dashboard.bouw import app
from tests.dashboard.helpers import direct, lichte_tabellen, tabel_met, widget, zonder_fouten

IK = "Demo-medewerker (lokale demo: kies wie u bent)"


def test_mijn_proeftuin_shows_one_persons_tables_static(klein_warehouse):
    medewerker = direct(
        klein_warehouse, "select medewerker_id from uren group by 1 order by count(*) desc limit 1"
    ).item()
    at = zonder_fouten(app("pages/mijn_proeftuin.py"))
    widget(at.selectbox, IK).select(medewerker).run()
    zonder_fouten(at)
    assert not at.dataframe  # no data grid on the page
    koppen = [t.columns.tolist() for t in lichte_tabellen(at)]
    assert ["Nummer", "Titel", "Uren"] in koppen and ["Maand", "Uren"] in koppen
    totaal = direct(
        klein_warehouse, "select sum(uren) from uren where medewerker_id = ?", medewerker
    ).item()
    per_maand = tabel_met(at, "Maand")["Uren"]
    getoond = sum(float(u.replace(".", "").replace(",", ".")) for u in per_maand)
    assert abs(getoond - totaal) <= 0.05 * len(per_maand)  # each month rounded to 0,1


def _klein_en_groot() -> None:
    import polars as pl

    from dashboard import tabel_licht

    kolommen = {"regel": "Regel", "reden": "Reden"}
    for n in (tabel_licht.GRENS, tabel_licht.GRENS + 1):
        frame = pl.DataFrame({"regel": range(n), "reden": [f"<i>reden {i}</i>" for i in range(n)]})
        tabel_licht.tabel_of_grid(frame, kolommen, breedtes={"reden": 300}, rijen=15)


def test_a_table_is_static_up_to_the_limit_and_a_grid_beyond():
    at = AppTest.from_function(_klein_en_groot).run()
    assert not at.exception
    (statisch,) = lichte_tabellen(at)
    assert len(statisch) == GRENS and statisch["Reden"].iloc[0] == "<i>reden 0</i>"
    (grid,) = at.dataframe
    assert len(grid.value) == GRENS + 1


def test_kwaliteit_en_leren_mounts_no_data_grid_for_a_years_few_texts(klein_warehouse):
    at = zonder_fouten(app("pages/kwaliteit_leren.py"))
    assert not at.dataframe
    assert any("Kwartaal" in t.columns for t in lichte_tabellen(at))  # the interview sample
