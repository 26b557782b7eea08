"""First visits (issue 26, h53): what a page's first view mounts beyond the bare app.

A new tab loads and runs the code of every kind of element the page shows before that
element leaves its placeholder; the data grid's code is the largest such part after
Plotly (docs/benchmarks.md, "First visits of the Werkbank, Data & kwaliteit and
Werkvoorraad (h53)"). These tests pin what the first views no longer mount; the
Werkvoorraad's folded filters are in test_pages.py.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from cijfers import format as fmt
from dashboard import formulier_html
from dashboard.tabel_licht import GRENS
from tests.dashboard.bouw import app
from tests.dashboard.helpers import (
    direct,
    html_delen,
    lichte_tabellen,
    tabel_met,
    widget,
    zonder_fouten,
)

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


def _elementen(blok) -> int:
    """The number of elements (leaves) under an AppTest block."""
    kinderen = getattr(blok, "children", None)
    if not kinderen:
        return 1
    return sum(_elementen(k) for k in kinderen.values())


def test_werkvoorraad_formulier_is_one_element_with_every_field(klein_warehouse):
    """The opdrachtformulier is one static HTML element (it was ~24 markdown, text and
    caption elements a first visit mounted: 36 elements in the main area then, 13 now), with
    every field's value and label in order."""
    at = zonder_fouten(app("pages/werkvoorraad.py"))
    assert not at.text and len(at.columns) == 2  # only the search field and the order
    assert _elementen(at.main) <= 14
    keuze = widget(at.selectbox, "Opdracht openen").value
    (formulier,) = [e.proto.body for e in at.get("html") if formulier_html.KLASSE in e.proto.body]
    getoond = html_delen(formulier)
    rij = direct(klein_warehouse, "select * from werkvoorraad where opdracht_id = ?", keuze)
    o = rij.row(0, named=True)
    assert getoond[0] == o["titel"]
    koppen = [kop for _, kop in formulier_html.TEKSTVELDEN]
    labels = ["Bestuurlijk opdrachtgever", "Ambtelijk opdrachtgever", "Aanvrager"]
    labels += ["Opdrachtnemer", "Planning", "Budget", "Begrote uren", "Gerealiseerde uren", "Winst"]
    labels += [*koppen, "Deelnemers en aandelen", "Statusgeschiedenis"]
    voor_de_tabel = getoond[: getoond.index("Statusgeschiedenis") + 1]  # its headers repeat
    assert [d for d in voor_de_tabel if d in labels] == labels
    for veld, kop in formulier_html.TEKSTVELDEN:
        assert getoond[getoond.index(kop) + 1] == (o[veld] or "–").strip(), veld
    assert getoond[getoond.index("Begrote uren") + 1] == fmt.getal(o["begrote_uren"], 0)
    assert getoond[getoond.index("Budget") + 1] == (fmt.euro(o["budget_eur"]) or "–")
    onder = f"{o['opdracht_id']} · {fmt.label(o['soort_opdracht'])} · status {o['status']}"
    onder += f" · fase {o['fase']}" if o["fase"] else ""
    assert getoond[1].startswith("Signaal: ") and getoond[2] == onder  # P3 has a signal
    aandelen = direct(
        klein_warehouse, "select count(*) from opdracht_aandelen where opdracht_id = ?", keuze
    )
    assert len(tabel_met(at, "Aandeel (%)")) == aandelen.item()


def test_a_formulier_text_keeps_its_line_breaks_and_stays_text():
    o = {
        "opdracht_id": "PT-1",
        "titel": "<script>x</script>",
        "soort_opdracht": "lokaal",
        "status": "lopend",
        "fase": None,
        "signaal_tekst": "*nadruk*",
        "bestuurlijk_opdrachtgever": "[x](http://evil.example/)",
        "ambtelijk_opdrachtgever": None,
        "startdatum": None,
        "einddatum": None,
        "budget_eur": None,
        "begrote_uren": 10,
        "gerealiseerde_uren": 2.5,
        "winst": [],
        "winstpunten": [],
        **{veld: None for veld, _ in formulier_html.TEKSTVELDEN},
        "doel": "regel 1\n\n  regel 2 <img src=x>",
    }
    html = formulier_html.formulier_html(o, "Dordrecht", "Zwijndrecht", [("Tabel", "<table/>")])
    assert "<script" not in html and "<img" not in html and "<a" not in html
    assert '<p class="tekst">regel 1\n\n  regel 2 &lt;img src=x&gt;</p>' in html
    assert "white-space: pre-wrap" in formulier_html.CSS
    assert "<h3>&lt;script&gt;x&lt;/script&gt;</h3>" in html and "<h4>Doel</h4>" in html
    assert (
        "Signaal: *nadruk*" in html and "<dd>2,5</dd>" in html and "<h4>Tabel</h4><table/>" in html
    )
