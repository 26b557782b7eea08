"""The Werkvoorraad's list without a data grid (issue 26, h56): a static table up to
`werklijst_tabel.GRENS` opdrachten, an opdracht opened by the select box right under the
count, the rows that need attention marked in words and colour; a grid beyond the limit."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
from streamlit.proto.Dataframe_pb2 import Dataframe as DataframeProto
from streamlit.testing.v1 import AppTest

from dashboard import formulier_html, stijl, werklijst, werklijst_tabel
from tests.dashboard.bouw import app, bouw_warehouse
from tests.dashboard.helpers import direct, html_delen, tabel_met, widget, zonder_fouten
from tests.sql.helpers import opdracht
from warehouse.settings import WAREHOUSE_ENV

RIJ = re.compile(r'<tr( class="(\w+)")?><td[^>]*>([^<]*)</td>')


def _bladeren(blok):
    """The elements (leaves) under an AppTest block, in the page's order."""
    kinderen = getattr(blok, "children", None)
    if not kinderen:
        yield blok
        return
    for kind in kinderen.values():
        yield from _bladeren(kind)


def _body(element) -> str:
    """The HTML of an `st.html` element ("" for any other element)."""
    return getattr(getattr(element, "proto", None), "body", "")


def _lijst(at: AppTest) -> str:
    """The HTML of the static list (`dashboard.werklijst_tabel`)."""
    (lijst,) = [
        e.proto.body for e in at.get("html") if f'class="{werklijst.KLASSE}"' in e.proto.body
    ]
    return lijst


def _formulier_titel(at: AppTest) -> str:
    (formulier,) = [e.proto.body for e in at.get("html") if formulier_html.KLASSE in e.proto.body]
    return html_delen(formulier)[0]


def test_the_list_is_static_and_the_box_under_the_count_opens_an_opdracht(klein_warehouse):
    at = zonder_fouten(app("pages/werkvoorraad.py"))
    assert not at.dataframe  # no data grid: its code is what a first visit spent most on
    assert tabel_met(at, "Titel")["Nummer"].tolist() == ["⚠ P3", "P1", "P2", "P4"]
    assert tabel_met(at, "Titel").columns.tolist() == list(werklijst.KOLOMMEN.values())
    # the select box stands directly under the count, above the list
    bladeren = list(_bladeren(at.main))
    teller = next(
        i for i, e in enumerate(bladeren) if "van 4 opdrachten" in str(getattr(e, "value", ""))
    )
    doos = bladeren[teller + 1]
    assert doos.label == "Opdracht openen"
    assert "Kies een opdracht bij Opdracht openen" in bladeren[teller + 2].value
    lijst = next(i for i, e in enumerate(bladeren) if f'class="{werklijst.KLASSE}"' in _body(e))
    assert lijst > teller + 2
    # the first in the list is open; another is opened by choosing it in the box
    assert _formulier_titel(at) == "Duurzaamheid"
    widget(at.selectbox, "Opdracht openen").select("P2").run()
    zonder_fouten(at)
    assert _formulier_titel(at) == "Zwembad nota HIA Zwijndrecht"
    assert tabel_met(at, "Aandeel (%)")["Aandeel (%)"].tolist() == ["50,0", "50,0"]
    # the order of the page's own choice orders the box like the list
    widget(at.selectbox, "Volgorde").select("nummer").run()
    assert widget(at.selectbox, "Opdracht openen").options == [
        f"P{i} · {t}"
        for i, t in enumerate(
            ["Cultuurvisie Alblasserdam", "Zwembad nota HIA Zwijndrecht", "Duurzaamheid"], 1
        )
    ] + ["P4 · Sportnota Sliedrecht"]
    assert widget(at.selectbox, "Opdracht openen").value == "P2"  # the open one stays open


def test_rows_that_need_attention_are_marked_in_words_and_colour(klein_warehouse):
    at = zonder_fouten(app("pages/werkvoorraad.py"))
    rijen = [(klasse, nummer) for _, klasse, nummer in RIJ.findall(_lijst(at))]
    alle = direct(
        klein_warehouse,
        "select w.*, s.signaal_tekst from werkvoorraad w "
        "left join werkvoorraad_signalen s using (opdracht_id)",
    )
    nodig = alle.filter(werklijst.zoekt_nemer() | pl.col("signaal_tekst").is_not_null())
    gemarkeerd = {n.removeprefix("⚠ ") for k, n in rijen if k == werklijst.GEMARKEERD}
    assert gemarkeerd == set(nodig["opdracht_id"]) and gemarkeerd  # P3: no one, a signal
    assert len(rijen) == alle.height
    # not by colour alone: ⚠ before the number of one without opdrachtnemer, the signal's
    # words in the Signalen column
    for opdracht_id in nodig["opdracht_id"]:
        tabel = tabel_met(at, "Titel")
        rij = tabel[tabel["Nummer"].str.endswith(opdracht_id)].iloc[0]
        o = alle.filter(opdracht_id=opdracht_id).row(0, named=True)
        assert rij["Nummer"].startswith("⚠ ") == o["zonder_opdrachtnemer"]
        assert rij["Signalen"] == (o["signaal_tekst"] or "")
    assert f"tr.{werklijst.GEMARKEERD} td {{ background: #FFF3CD; }}" in stijl.CSS


def _lijst_van(n: int) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "opdracht_id": [f"X{i:03d}" for i in range(n)],
            "titel": [f"<b>titel {i}</b>" for i in range(n)],
            "status": ["aangemeld"] * n,
            "aanvrager": ["DOR"] * n,
            "resterende_uren": [float(i) for i in range(n)],
            "profiel_opdrachtnemer": ["[x](http://evil.example/)"] * n,
            "signaal_tekst": [None] * n,
            "zonder_opdrachtnemer": [i == 0 for i in range(n)],
        },
        schema_overrides={"signaal_tekst": pl.String},
    )


def _kort_en_lang() -> None:
    from dashboard import werklijst_tabel as wt
    from tests.dashboard.test_werklijst_tabel import _lijst_van

    for n in (wt.GRENS, wt.GRENS + 1):
        wt.toon(_lijst_van(n), {"DOR": "Dordrecht"}, f"lijst_{n}", lambda: None)


def test_the_list_is_static_up_to_the_limit_and_a_grid_beyond():
    assert werklijst_tabel.GRENS >= 40  # the demo's 40 opdrachten are read without a grid
    at = AppTest.from_function(_kort_en_lang).run()
    assert not at.exception
    statisch = _lijst(at)
    rijen = RIJ.findall(statisch)
    assert len(rijen) == werklijst_tabel.GRENS
    assert rijen[0][1] == werklijst.GEMARKEERD and not rijen[1][1]
    # source text stays text: escaped in the static table, never markup or a link
    assert "&lt;b&gt;titel 0&lt;/b&gt;" in statisch and "<b>" not in statisch
    assert "<a" not in statisch
    (grid,) = at.dataframe
    assert len(grid.value) == werklijst_tabel.GRENS + 1


def test_a_list_over_the_limit_is_a_clickable_grid(tmp_path: Path, monkeypatch):
    extra = tuple(
        opdracht(f"X{i:03d}", "lokaal", "DOR", titel=f"Extra {i}")
        for i in range(werklijst_tabel.GRENS - 3)
    )
    warehouse = bouw_warehouse(tmp_path / "proeftuin.duckdb", extra_opdrachten=extra)
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))
    at = zonder_fouten(app("pages/werkvoorraad.py"))
    (grid,) = at.dataframe
    assert len(grid.value) == werklijst_tabel.GRENS + 1
    assert grid.value.columns.tolist() == list(werklijst.KOLOMMEN.values())
    assert DataframeProto.SelectionMode.SINGLE_ROW in grid.proto.selection_mode  # a row is clicked
    assert grid.proto.id.endswith("werkvoorraad_lijst")
    assert any("Klik op een opdracht in de lijst" in c.value for c in at.caption)
    assert not [e for e in at.get("html") if f'class="{werklijst.KLASSE}"' in e.proto.body]
    # the box still opens any opdracht; a search that leaves few rows gives the static list
    widget(at.selectbox, "Opdracht openen").select("X007").run()
    assert _formulier_titel(at) == "Extra 7"
    widget(at.text_input, "Zoeken").input("extra 1").run()
    zonder_fouten(at)
    assert not at.dataframe and _lijst(at)
