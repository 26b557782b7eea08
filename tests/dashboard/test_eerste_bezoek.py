"""First visits (issue 26, h53): what a page's first view mounts beyond the bare app.

A new tab loads and runs the code of every kind of element the page shows before that
element leaves its placeholder; the data grid's code is the largest such part after
Plotly (docs/benchmarks.md, "First visits of the Werkbank, Data & kwaliteit and
Werkvoorraad (h53)"). These tests pin what the first views no longer mount; the
Werkvoorraad's folded filters are in test_pages.py.
"""

from __future__ import annotations

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
