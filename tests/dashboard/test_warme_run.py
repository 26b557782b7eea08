"""A warm page run does not redo what it did before (issue 26): charts are built once per
content (`dashboard.figuren`), the fixed page scripts go with a session's first run only,
the figures under a chart send no copy for paper (print hides them), and the shortcuts
give the same figures as the long way."""

from __future__ import annotations

import logging
import re
from datetime import date

import plotly.graph_objects as go
import polars as pl
from streamlit.testing.v1 import AppTest

from cijfers import charts, charts_tijd, letterlijk
from cijfers import kwalitatief as kw
from dashboard import figuren, marges, onderdelen
from dashboard.stijl import PRINT
from dashboard.ui import GRAFIEK_CIJFERS
from tests.dashboard.bouw import APP, app
from tests.dashboard.helpers import zonder_fouten
from tests.sql.helpers import BUILTIN_GEMEENTEN

BALANS = pl.DataFrame(
    {
        "gemeente": ["DOR", "PAP"],
        "naam": ["Dordrecht <b>", "Papendrecht"],
        "saldo_uren": [-5.0, 5.0],
        "prognose_saldo_uren": [1.0, -1.0],
        "prognose_saldo_uren_met": [0.0, 0.0],
    }
)


def test_a_chart_is_built_once_per_content_and_drawn_as_the_chart_function_builds_it():
    logging.disable(logging.WARNING)  # st.cache_resource outside a script run
    try:
        eerste = figuren.saldo_per_gemeente(BALANS, BUILTIN_GEMEENTEN)
        tweede = figuren.saldo_per_gemeente(BALANS.clone(), BUILTIN_GEMEENTEN)
        ander = figuren.saldo_per_gemeente(BALANS.reverse(), BUILTIN_GEMEENTEN)
    finally:
        logging.disable(logging.NOTSET)
    assert tweede is eerste  # equal content: the figure of the first call
    assert ander is not eerste
    zelf = charts.saldo_per_gemeente(BALANS, BUILTIN_GEMEENTEN)
    assert eerste.tabel.equals(charts.cijfers(zelf))  # labels as written: "Dordrecht <b>"
    assert eerste.tabel.get_column("Gemeente").to_list() == ["Dordrecht <b>", "Papendrecht"]
    # the same figure, with margins for its labels (`dashboard.marges`)
    assert eerste.figuur.to_plotly_json() == letterlijk.figuur(marges.vooraf(zelf)).to_plotly_json()
    assert list(eerste.figuur.data[0].y) == ["Dordrecht &lt;b&gt;", "Papendrecht"]


def test_the_zero_line_is_the_one_plotly_draws_with_add_hline_and_add_vline():
    prognose = charts.prognose(BALANS, BUILTIN_GEMEENTEN, "31-12-2012")
    zelf = go.Figure(prognose.data, prognose.layout.to_plotly_json() | {"shapes": []})
    zelf.add_hline(y=0, line_color="#333", line_width=1)
    assert prognose.layout.shapes == zelf.layout.shapes
    saldo = charts.saldo_per_gemeente(BALANS, BUILTIN_GEMEENTEN)
    zelf = go.Figure(saldo.data, saldo.layout.to_plotly_json() | {"shapes": []})
    zelf.add_vline(x=0, line_color="#333", line_width=1)
    assert saldo.layout.shapes == zelf.layout.shapes


def test_the_figures_table_of_the_person_heat_map_leaves_out_the_rings_of_offered_room():
    weken = pl.DataFrame(
        {
            "medewerker_id": ["m1", "m1"],
            "naam": ["An", "An"],
            "week_start": ["2012-01-02", "2012-01-09"],
            "vrije_uren": [4.0, -2.0],
        }
    )
    ruimte = pl.DataFrame(
        {
            "medewerker_id": ["m1"],
            "van": [date(2012, 1, 2)],
            "tot": [date(2012, 1, 8)],
            "uren_per_week": [8.0],
            "soort_werk": [None],
        }
    )
    fig = charts_tijd.bezetting_personen(weken, ruimte)
    assert [t.type for t in fig.data] == ["heatmap", "scatter"]  # the ring is drawn
    assert charts.cijfers(fig).columns == ["Medewerker"]  # and no texts read as figures


def _scripts(at: AppTest) -> list[str]:
    """Which of the fixed page scripts this run sent."""
    gevonden = []

    def door(knoop) -> None:
        proto = str(getattr(knoop, "proto", ""))
        gevonden.extend(n for n in ("__proeftuinNl", "proeftuinEnterInDatum") if n in proto)
        kinderen = getattr(knoop, "children", None) or {}
        for kind in kinderen.values() if isinstance(kinderen, dict) else kinderen:
            door(kind)

    door(at._tree)
    return gevonden


def test_the_fixed_page_scripts_go_with_the_first_run_of_a_session_only(klein_warehouse):
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert _scripts(at) == ["__proeftuinNl", "proeftuinEnterInDatum"]
    at.switch_page("pages/urenbalans.py").run()
    assert not at.exception
    assert _scripts(at) == []
    nieuw = AppTest.from_file(str(APP), default_timeout=60)  # a new session gets them again
    nieuw.run()
    assert _scripts(nieuw) == ["__proeftuinNl", "proeftuinEnterInDatum"]


def test_the_figures_under_a_chart_send_no_copy_for_paper_the_page_tables_do(klein_warehouse):
    at = zonder_fouten(app("pages/urenbalans.py", tab=onderdelen.ALLES))  # every table shown
    onder_grafiek = [e for e in at.expander if e.label == GRAFIEK_CIJFERS]
    assert onder_grafiek and all(len(e.dataframe) == 1 for e in onder_grafiek)
    assert not [h for e in onder_grafiek for h in e.get("html") if PRINT in h.proto.body]
    voor_papier = [h for h in at.get("html") if PRINT in h.proto.body]
    assert len(voor_papier) == len(at.dataframe) - len(onder_grafiek) > 0


def _een_voor_een(tekst: str, aanduidingen: tuple[str, ...]) -> str:
    """The rule as first written: every aanduiding's pattern on the text, in order."""
    tekst = kw._EMAIL.sub(kw.PERSOON, tekst)
    for a in aanduidingen:
        tekst = re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", kw.PERSOON, tekst, flags=re.I)
    return kw._TELEFOON.sub(kw.NUMMER, tekst)


def test_persons_leave_a_text_as_with_one_pattern_per_aanduiding_in_order():
    # thousands of aanduidingen (more than re's cache), longest first, one of them "naam"
    aanduidingen = tuple(
        sorted(
            [f"Medewerker {i:04d}" for i in range(5000)]
            + ["Jan de Vries", "de Vries", "Naam", "M0042", "ÉÉN Straße"],
            key=len,
            reverse=True,
        )
    )
    teksten = [
        "Gesprek met jan DE VRIES en de vries over medewerker 0042 (m0042).",
        "naam: [naam]; mail a@b.nl of bel 06-12345678; één straße",
        "Medewerker 00421 is geen medewerker 0042x, wel Medewerker 4999.",
        "",
    ]
    for tekst in teksten:
        assert kw.zonder_personen(tekst, aanduidingen) == _een_voor_een(tekst, aanduidingen)
    assert "Vries" not in kw.zonder_personen(teksten[0], aanduidingen)


def test_the_fixed_page_scripts_go_again_until_a_run_of_the_session_ended(tmp_path, monkeypatch):
    # without a warehouse every run stops early (st.stop): none ended, so each sends them
    monkeypatch.setenv("PROEFTUIN_WAREHOUSE", str(tmp_path / "geen.duckdb"))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert _scripts(at) == ["__proeftuinNl"]  # the translation; no page, no date field
    at.run()
    assert not at.exception
    assert _scripts(at) == ["__proeftuinNl"]  # the translation; no page, no date field
