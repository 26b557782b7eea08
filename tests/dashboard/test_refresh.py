"""Live data: no warehouse, an unreadable one, and a warehouse swapped by a new ETL run."""

from __future__ import annotations

import os

import duckdb

from cijfers import format as fmt
from tests.dashboard.bouw import app, bouw_warehouse
from tests.dashboard.helpers import direct, tabel_met, tekst, widget, zonder_fouten
from warehouse.settings import WAREHOUSE_ENV


def test_no_warehouse_explains_how_to_load(tmp_path, monkeypatch):
    ontbreekt = tmp_path / "nog-niet.duckdb"
    monkeypatch.setenv(WAREHOUSE_ENV, str(ontbreekt))
    at = zonder_fouten(app())
    assert at.title[0].value == "Nog geen gegevens"
    assert "proeftuin etl --source" in tekst(at)
    assert str(ontbreekt) in tekst(at)

    # As soon as an ETL run writes the file, the next rerun shows the platform.
    bouw_warehouse(ontbreekt)
    at.run()
    zonder_fouten(at)
    assert at.title[0].value == "Proeftuin beleid Drechtsteden"


def test_unreadable_warehouse_gets_a_dutch_page(tmp_path, monkeypatch):
    kapot = tmp_path / "kapot.duckdb"
    kapot.write_text("dit is geen DuckDB-bestand", encoding="utf-8")
    monkeypatch.setenv(WAREHOUSE_ENV, str(kapot))
    at = zonder_fouten(app())
    assert at.title[0].value == "Nog geen gegevens"
    assert [w.value for w in at.warning] == [
        f"Het warehouse {kapot} is niet leesbaar: het is beschadigd of geen DuckDB-bestand. "
        "Bouw het opnieuw met `proeftuin etl`."
    ]  # not DuckDB's English ("IO Error: ... is not a valid DuckDB database file")


def test_a_look_alike_duckdb_file_gets_a_dutch_page_not_a_traceback(tmp_path, monkeypatch):
    """A DuckDB file of another program, even with a `data_stand` of its own: the sidebar
    read `laatste_datum` from it and the page ended in a KeyError."""
    ander = tmp_path / "ander.duckdb"
    with duckdb.connect(str(ander)) as con:
        con.execute("create table data_stand (x int); insert into data_stand values (1)")
    monkeypatch.setenv(WAREHOUSE_ENV, str(ander))
    at = zonder_fouten(app())
    assert at.title[0].value == "Nog geen gegevens"
    assert [w.value for w in at.warning] == [
        f"Het bestand {ander} is geen warehouse van proeftuin (een ander DuckDB-bestand). "
        "Geef het juiste warehouse op, of bouw het opnieuw met `proeftuin etl`."
    ]


def test_rerun_after_etl_shows_new_figures(klein_warehouse):
    at = zonder_fouten(app("pages/urenbalans.py"))
    voor = tabel_met(at, "Gebracht")
    pap_voor = voor.loc[voor["Gemeente"] == "Papendrecht", "Gebracht"].item()
    inode_voor = os.stat(klein_warehouse).st_ino

    bouw_warehouse(klein_warehouse, extra_uren=20.0)  # a new ETL run: os.replace
    assert os.stat(klein_warehouse).st_ino != inode_voor
    at.run()
    zonder_fouten(at)
    na = tabel_met(at, "Gebracht")
    pap_na = na.loc[na["Gemeente"] == "Papendrecht", "Gebracht"].item()
    verwacht = direct(
        klein_warehouse, "select gebracht_uren from urenbalans where gemeente = 'PAP'"
    ).item()
    assert pap_voor == fmt.getal(5.0, 0)
    assert pap_na == fmt.getal(verwacht, 0) == fmt.getal(25.0, 0)
    # The run history of the old warehouse is carried over and shown.
    at.switch_page("pages/data_kwaliteit.py").run()
    assert len(tabel_met(at, "Ronde")) == 2
    at.session_state["afgekeurd_filters"] = True  # the rejected rows' filter panel opened
    at.run()
    assert widget(at.multiselect, "Bestand") is not None
