"""Injection (issue 15): source text never becomes a formula in an export, markup on a
page or a link in a chart."""

from __future__ import annotations

import io
from html import escape
from pathlib import Path

import openpyxl
import plotly.graph_objects as go
import polars as pl

from cijfers import charts, export, letterlijk
from dashboard import formulier_html, ui, werklijst
from etl.load import run_etl
from tests.dashboard.bouw import app
from tests.dashboard.helpers import html_tekst, tabel_met, widget, zonder_fouten
from tests.etl.helpers import MEDEWERKERS, UREN_HEADER, write_csv
from warehouse.neutralise import (
    FORMULA_START,
    neutralise,
    neutralise_column,
    neutralise_frame,
    unneutralise,
    unneutralise_column,
)
from warehouse.settings import WAREHOUSE_ENV

FORMULAS = ["=HYPERLINK(1)", "+1+1", "-1+1", "@SUM(1)", "\tx", "\rx"]
IMAGE = "![p](http://evil.example/t.png)"
LINK = "[x](http://evil.example/)"
PROFIEL = '<img src="http://evil.example/p.png"> & *profiel*'
SVG_LINK = '<a xlink:href="http://evil.example/">Dordrecht</a>'


def test_each_formula_start_gets_a_quote_and_plain_text_does_not():
    assert [neutralise(f) for f in FORMULAS] == ["'" + f for f in FORMULAS]
    assert neutralise("Dordrecht = mooi") == "Dordrecht = mooi"
    frame = neutralise_frame(pl.DataFrame({"=kop": FORMULAS, "getal": range(-3, 3)}))
    assert frame.columns == ["'=kop", "getal"]
    assert frame["getal"].to_list() == [-3, -2, -1, 0, 1, 2]  # numbers stay numbers


def test_afgekeurd_csv_neutralises_a_folder_named_like_a_formula(tmp_path: Path):
    bron = tmp_path / "bron"
    write_csv(bron / "=HYPERLINK(1)" / "medewerkers.csv", MEDEWERKERS)
    write_csv(bron / "uren.csv", [UREN_HEADER, ["M-1", "PT-9", "01-03-2012", "2"]])
    write_csv(bron / "@evil" / "uren.csv", [UREN_HEADER, ["=1+1", "PT-9", "01-03-2012", "2"]])
    outcome = run_etl(bron, tmp_path / "proeftuin.duckdb")
    text = outcome.afgekeurd_csv.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "bestand;regel;reden"
    assert all(not line.startswith(tuple("=+-@")) for line in lines)
    assert "'@evil/uren.csv;2;" in text
    # the warehouse keeps the names as they are: only exports are neutralised
    assert "=HYPERLINK(1)/medewerkers.csv" in outcome.bestanden["bestand"].to_list()


def test_excel_download_writes_text_as_text_and_numbers_as_numbers():
    frame = pl.DataFrame(
        {"Gemeente": ['=HYPERLINK("http://evil.example")', "Dordrecht"], "Saldo": [-3.5, 2.0]}
    )
    book = openpyxl.load_workbook(io.BytesIO(export.naar_xlsx({"Saldo": frame})))
    sheet = book["Saldo"]
    assert sheet["A2"].value == '\'=HYPERLINK("http://evil.example")'
    assert sheet["A2"].data_type == "s"
    assert sheet["B2"].value == -3.5 and sheet["B2"].data_type == "n"
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_csv_download_neutralises_text_and_headers():
    frame = pl.DataFrame({"bestand": ["=HYPERLINK(1)/uren.csv"], "regel": [-2]})
    text = export.naar_csv(frame).decode("utf-8-sig")
    assert text.splitlines() == ["bestand;regel", "'=HYPERLINK(1)/uren.csv;-2"]


def test_markdown_escape_leaves_no_markup():
    escaped = ui.plat(IMAGE + " " + LINK + " <b>x</b>")
    assert "![" not in escaped and "](" not in escaped and "<b>" not in escaped
    shown = escaped.replace("\\", "").replace("\u200b", "")  # escapes, zero-width spaces
    assert shown == IMAGE + " " + LINK + " <b>x</b>"
    assert "http://" not in escaped.replace("\\", "")  # no autolink either


def test_chart_labels_are_escaped():
    balans = pl.DataFrame({"gemeente": ["DOR"], "naam": [SVG_LINK], "saldo_uren": [3.0]})
    fig = letterlijk.figuur(charts.saldo_per_gemeente(balans, {"DOR": SVG_LINK}))
    assert "<a" not in fig.to_json()
    assert fig.data[0].y[0] == '&lt;a xlink:href="http://evil.example/"&gt;Dordrecht&lt;/a&gt;'
    named = letterlijk.figuur(
        go.Figure(go.Scatter(x=[1], y=[1], name=SVG_LINK, hovertemplate=f"{SVG_LINK}: %{{y}}"))
    )
    assert "<a" not in named.to_json()
    assert named.data[0].hovertemplate.endswith(": %{y}")


def test_werkvoorraad_shows_hostile_source_text_literally(tmp_path: Path, monkeypatch):
    bron = tmp_path / "bron"
    write_csv(bron / "medewerkers.csv", MEDEWERKERS)
    header = ["opdracht_id", "titel", "soort_opdracht", "aanvrager", "begrote_uren", "status"]
    header += ["opdrachtformulering", "bestuurlijk_opdrachtgever", "profiel_opdrachtnemer"]
    row = ["PT-1", LINK, "lokaal", "HIA", "10", "lopend", IMAGE, "<b>Wethouder</b>", PROFIEL]
    write_csv(bron / "opdrachten.csv", [header, row])
    warehouse = tmp_path / "proeftuin.duckdb"
    assert run_etl(bron, warehouse).geschreven
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))
    at = zonder_fouten(app("pages/werkvoorraad.py").run())
    widget(at.selectbox, "Opdracht openen")
    # the formulier is one static HTML element: each source text shown as the literal text
    # of one HTML element (escaped, never parsed as markdown or markup)
    (formulier,) = [e.proto.body for e in at.get("html") if formulier_html.KLASSE in e.proto.body]
    getoond = html_tekst(at).splitlines()
    assert IMAGE in getoond and LINK in getoond and "<b>Wethouder</b>" in getoond
    assert f"<h3>{escape(LINK)}</h3>" in formulier  # the title
    assert "<a" not in formulier and "<img" not in formulier and "<b>" not in formulier
    markdown = "\n".join(m.value for m in at.markdown)
    assert "![" not in markdown and "](http" not in markdown and "<b>" not in markdown
    # the list is a static table (dashboard.werklijst_tabel): the title is one escaped cell
    (lijst,) = [e.proto.body for e in at.get("html") if werklijst.KLASSE in e.proto.body]
    tabel = tabel_met(at, "Titel")
    assert tabel["Titel"].tolist() == [LINK] and tabel["Profiel opdrachtnemer"][0] == PROFIEL
    assert f">{LINK}</td>" in lijst and f">{escape(PROFIEL)}</td>" in lijst
    assert "<a" not in lijst and "<img" not in lijst


def test_neutralising_then_reading_back_gives_every_text_as_typed():
    """A quote typed before a formula character survives the writer and the ETL: `'=` is
    written `''=` and read back `'=` (Hypothesis found `'=` coming back as `=`)."""
    teksten = ["=", "'=", "''=SOM(A1)", "'abc", "abc", "-1", "'", "@x", "\tx"]
    for tekst in teksten:
        geschreven = neutralise(tekst)
        assert not geschreven.lstrip("'").startswith(FORMULA_START) or geschreven[0] == "'"
        assert unneutralise(geschreven) == tekst
    kolom = pl.DataFrame({"t": teksten}).select(neutralise_column(pl.col("t")).alias("t"))
    terug = kolom.select(unneutralise_column(pl.col("t")).alias("t"))["t"].to_list()
    assert kolom["t"].to_list() == [neutralise(t) for t in teksten]
    assert terug == teksten
