"""Every page on an empty warehouse and on one whose data stops in the first quarter.

An empty warehouse is what a first `proeftuin etl` on an empty folder gives: all tables
empty, the views still answer (six gemeenten at zero, nine winstpunten). Each page must
render without exception and say in Dutch that there is nothing yet, never show 'None'.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard import onderdelen, teksten
from dashboard.stijl import AFDRUK
from tests.dashboard.bouw import TABBLADEN, app
from tests.dashboard.helpers import tekst, widget, zonder_fouten
from tests.sql.helpers import bouw, medewerkers_per_gemeente, opdracht, registraties
from warehouse.settings import WAREHOUSE_ENV

LEEG = {
    None: teksten.GEEN_UREN,
    "pages/werkvoorraad.py": "Er zijn nog geen opdrachten geladen.",
    "pages/urenbalans.py": "Nog geen opdrachten met uren.",
    "pages/tussenstand.py": teksten.GEEN_UREN,
    "pages/winstpunten.py": "Er zijn nog geen samengevoegde opdrachten.",
    "pages/kwaliteit_leren.py": "Er zijn geen verwachtingen van portefeuillehouders vastgelegd.",
    "pages/verrekening.py": teksten.GEEN_UREN,
    "pages/data_kwaliteit.py": "De laatste ronde heeft geen enkele rij afgekeurd.",
}


@pytest.fixture
def leeg_warehouse(tmp_path, monkeypatch):
    path = bouw(tmp_path / "leeg.duckdb")
    monkeypatch.setenv(WAREHOUSE_ENV, str(path))
    return path


@pytest.fixture
def kwartaal_warehouse(tmp_path, monkeypatch):
    """Hours only in February 2012; the one opdracht starts on 15-02."""
    path = bouw(
        tmp_path / "k1.duckdb",
        medewerkers=medewerkers_per_gemeente(),
        opdrachten=[opdracht("A", "lokaal", "ALB", startdatum=date(2012, 2, 15))],
        uren=registraties("A", "DOR", 24, start=date(2012, 2, 1)),
    )
    monkeypatch.setenv(WAREHOUSE_ENV, str(path))
    return path


@pytest.mark.parametrize("pagina", list(LEEG))
def test_empty_warehouse_renders_a_dutch_empty_state(leeg_warehouse, pagina):
    # a page of sections shows every section's empty state under Alles onder elkaar
    at = zonder_fouten(app(pagina, tab=onderdelen.ALLES if pagina in TABBLADEN else None))
    assert at.title, "elke pagina heeft een titel"
    inhoud = tekst(at)
    assert LEEG[pagina] in inhoud
    assert not re.search(r"\b(None|nan|NaN|NaT)\b|\*\*\*\*", inhoud), inhoud


def test_first_quarter_only_offers_the_quarter_and_says_a_half_year_runs_on(
    kwartaal_warehouse,
):
    at = zonder_fouten(app("pages/tussenstand.py", tab=onderdelen.ALLES))
    assert widget(at.selectbox, "Kwartaal").options == ["K1 2012"]
    assert any("31 maart 2012" in s.value for s in at.subheader)
    assert any("loopt nog" in i.value and "03-02-2012" in i.value for i in at.info)

    widget(at.radio, "Periode").set_value("Halfjaar").run()
    zonder_fouten(at)
    assert widget(at.selectbox, "Halfjaar").options == ["1e halfjaar 2012"]
    assert any("30 juni 2012" in s.value for s in at.subheader)

    widget(at.radio, "Periode").set_value("Datum").run()
    widget(at.date_input, "Peildatum").set_value(date(2012, 2, 1)).run()
    zonder_fouten(at)
    assert any("liep er nog geen enkele opdracht" in i.value for i in at.info)


@pytest.mark.parametrize(
    "pagina", ["pages/urenbalans.py", "pages/verrekening.py", "pages/winstpunten.py", None]
)
def test_first_quarter_only_renders_every_page(kwartaal_warehouse, pagina):
    at = zonder_fouten(app(pagina))
    assert "None" not in tekst(at)


def test_tussenstand_without_leerervaringen_says_so(kwartaal_warehouse):
    at = zonder_fouten(app("pages/tussenstand.py", tab="Leerervaringen"))
    assert "nog geen leerervaringen" in tekst(at)
    assert not any("Dilemma's" in df.value.columns for df in at.dataframe)
    # with its tab closed, paper says so under the section's heading
    papier = [h.proto.body for h in zonder_fouten(app("pages/tussenstand.py")).get("html")]
    kop = ">Leerervaringen per kwartaal</h4>"
    sectie = next(b for b in papier if kop in b).split(kop)[1].split("<h4")[0]
    assert "nog geen leerervaringen" in sectie and AFDRUK not in sectie  # no table copy
