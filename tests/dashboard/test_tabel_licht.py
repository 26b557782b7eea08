"""Lighter page switches (issue 26): small tables as static HTML tables
(`dashboard.tabel_licht`) instead of data grids, and a data grid's copy for paper sent as
one attribute that the browser turns into a table when it prints (`dashboard.stijl`).
The browser side (printing every listed opdracht) is in test_browser.py."""

from __future__ import annotations

import json
from html import unescape

import polars as pl
from streamlit.testing.v1 import AppTest

from dashboard import stijl
from dashboard.stijl import AFDRUK, LICHT, PRINT
from tests.dashboard.bouw import app
from tests.dashboard.helpers import grafiek_tabellen, lichte_tabellen, zonder_fouten


def _tabellen() -> None:
    import polars as pl

    from dashboard import tabel_licht, ui

    frame = pl.DataFrame(
        {"naam": ["<b>Dordrecht</b> [x](http://a.nl)", "Zwijndrecht"], "uren": [1234.5, None]}
    )
    tabel_licht.tabel(frame, {"naam": "Gemeente", "uren": "Uren"}, {"uren": 1})
    ui.tabel(frame, {"naam": "Gemeente", "uren": "Uren"}, {"uren": 1})


def test_a_light_table_is_escaped_dutch_text_with_its_numbers_right_aligned():
    at = AppTest.from_function(_tabellen).run()
    assert not at.exception
    (licht,) = [h.proto.body for h in at.get("html") if f'class="{LICHT}"' in h.proto.body]
    assert "<b>" not in licht and "&lt;b&gt;Dordrecht&lt;/b&gt; [x](http://a.nl)" in licht
    assert "<td class=getal>1.234,5</td>" in licht
    assert "<td class=kort>Zwijndrecht</td>" in licht  # a short text stays on one line
    assert "<td>&lt;b&gt;Dordrecht" in licht  # a longer one may wrap
    (tabel,) = lichte_tabellen(at)
    assert tabel.to_dict("list") == {
        "Gemeente": ["<b>Dordrecht</b> [x](http://a.nl)", "Zwijndrecht"],
        "Uren": ["1.234,5", ""],
    }
    assert len(at.dataframe) == 1  # only the ui.tabel is a data grid


def test_a_grids_copy_for_paper_is_one_element_whose_attribute_holds_the_texts():
    at = AppTest.from_function(_tabellen).run()
    (kopie,) = [h.proto.body for h in at.get("html") if PRINT in h.proto.body]
    # no table on the page until the browser prints: the copy is JSON in one attribute,
    # whose value (as the browser reads it) holds no markup at all
    assert "<table" not in kopie and "<tr" not in kopie
    attribuut = kopie.split(f"{AFDRUK}='", 1)[1].split("'", 1)[0]
    assert "<" not in attribuut and ">" not in attribuut
    waarde = unescape(attribuut)  # what getAttribute gives the print script
    assert "<" not in waarde and ">" not in waarde
    assert json.loads(waarde) == {
        "koppen": ["Gemeente", "Uren"],
        "rijen": [["<b>Dordrecht</b> [x](http://a.nl)", "1.234,5"], ["Zwijndrecht", ""]],
        "rechts": [1],
    }


def test_a_copy_for_paper_keeps_quotes_and_ampersands_of_a_source_text():
    frame = pl.DataFrame({"t": ['it\'s <a> & "b" -->']})
    waarde = unescape(stijl.afdruk_json(frame))
    assert "'" not in stijl.afdruk_json(frame) and "-->" not in waarde
    assert json.loads(waarde)["rijen"] == [['it\'s <a> & "b" -->']]


def test_winstpunten_shows_its_tables_static(klein_warehouse):
    at = zonder_fouten(app("pages/winstpunten.py"))
    grids = [df.value for df in at.dataframe if id(df) not in map(id, grafiek_tabellen(at))]
    assert grids == []  # only the figures under the chart are a grid
    koppen = [t.columns[0] for t in lichte_tabellen(at)]
    assert koppen[:2] == ["Winstpunt", "Dimensie"]
    assert "Gemeente" in koppen and "Besparing" in koppen  # per gemeente, the list
    assert koppen[-1] == "Schaal"


def test_verrekening_and_data_kwaliteit_show_their_small_tables_static(klein_warehouse):
    at = zonder_fouten(app("pages/verrekening.py"))
    koppen = [t.columns[0] for t in lichte_tabellen(at)]
    assert koppen == ["Betaalt (uit)", "Gemeente", "Boekjaar"]
    assert len(at.dataframe) == len(grafiek_tabellen(at))  # no correcties here: no grid
    at = zonder_fouten(app("pages/data_kwaliteit.py"))
    (bestanden,) = [t for t in lichte_tabellen(at) if "Opmerking" in t.columns]
    assert bestanden["Gelezen"].str.fullmatch(r"[0-9.]+").all()  # Dutch thousands
    assert not [df for df in at.dataframe if "Opmerking" in df.value.columns]
