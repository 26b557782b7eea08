"""Reading files: separators, encodings, XLSX cells, headers, line numbers, kolommen.toml."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.etl.helpers import UREN_HEADER, reasons, write_csv, write_text, write_xlsx


@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_each_separator_loads(bron, etl, query, sep):
    rows = [UREN_HEADER, ["M-1", "PT-1", "01-02-2012", "3"], ["M-2", "PT-1", "2012-02-02", "4"]]
    write_csv(bron / "dordrecht" / "uren.csv", rows, sep=sep)
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select medewerker_id, datum, uren from uren order by regel") == [
        ("M-1", date(2012, 2, 1), 3.0),
        ("M-2", date(2012, 2, 2), 4.0),
    ]


def test_windows_1252_with_accents(bron, etl, query):
    rows = [
        ["medewerker_id", "opdracht_id", "datum", "uren", "omschrijving"],
        ["M-1", "PT-1", "01-02-2012", "2,5", "Café-overleg met de wethouder"],
        ["M-2", "PT-1", "02-02-2012", "1", "ideeën voor de financiële paragraaf"],
    ]
    write_csv(bron / "dordrecht" / "uren.csv", rows, encoding="cp1252", newline="\r\n")
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select omschrijving from uren order by regel") == [
        ("Café-overleg met de wethouder",),
        ("ideeën voor de financiële paragraaf",),
    ]
    opmerking = outcome.bestanden.filter(outcome.bestanden["bestand"] == "dordrecht/uren.csv")
    assert "Windows-1252" in opmerking["opmerking"][0]


def test_utf8_with_bom_and_case_insensitive_headers(bron, etl, query):
    text = "\ufeff Medewerker_ID ;OPDRACHT_ID;Datum;Uren\nM-1;PT-1;01-02-2012;2\n"
    write_text(bron / "dordrecht" / "Uren 2012.csv", text)
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select medewerker_id, bestand from uren") == [("M-1", "dordrecht/Uren 2012.csv")]


def test_kolommen_toml_maps_own_headers_for_its_folder(bron, etl, query):
    write_text(
        bron / "zwijndrecht" / "kolommen.toml",
        '"Personeelsnummer" = "medewerker_id"\n"Project" = "opdracht_id"\n"Aantal uur" = "uren"\n',
    )
    rows = [
        ["Personeelsnummer", "Project", "Datum", "Aantal uur"],
        ["M-2", "PT-1", "1-2-2012", "6"],
    ]
    write_csv(bron / "zwijndrecht" / "uren.csv", rows)
    write_csv(bron / "dordrecht" / "uren.csv", rows)  # the mapping does not apply here
    outcome = etl(bron)
    assert query("select medewerker_id, uren, bestand from uren") == [
        ("M-2", 6.0, "zwijndrecht/uren.csv")
    ]
    assert "verplichte kolom(men) ontbreken" in reasons(outcome, "dordrecht/uren.csv")[None]
    log = outcome.bestanden.filter(outcome.bestanden["bestand"] == "zwijndrecht/kolommen.toml")
    assert log["soort"][0] == "kolommen"


def test_xlsx_real_dates_numbers_and_text_cells(bron, etl, query):
    rows = [
        ["registratie_id", "medewerker_id", "opdracht_id", "datum", "uren"],
        [1001, "M-1", "PT-1", datetime(2012, 3, 1), 3.5],
        ["R-2", "M-1", "PT-1", "02-03-2012", "4,5"],
        [None, None, None, None, None],
        ["R-3", "M-2", "PT-1", date(2012, 3, 5), 1.25],
        ["R-4", "M-2", "PT-1", "31-02-2012", 2],
    ]
    write_xlsx(bron / "hia" / "uren.xlsx", rows)
    outcome = etl(bron)
    assert query("select registratie_id, datum, uren, regel from uren order by regel") == [
        ("1001", date(2012, 3, 1), 3.5, 2),
        ("R-2", date(2012, 3, 2), 4.5, 3),
        ("R-3", date(2012, 3, 5), 1.25, 5),
    ]
    assert reasons(outcome) == {6: "datum '31-02-2012' is geen geldige datum"}


def test_xlsx_number_cells_beside_dutch_text_numbers(bron, etl, query):
    """A real 1.5 cell must not be read with the Dutch rule that the text `1.234,5` needs."""
    rows = [
        ["gemeente", "datum", "bedrag_eur"],
        ["DOR", date(2012, 5, 1), 1.5],
        ["ZWD", date(2012, 5, 1), "1.234,5"],
    ]
    write_csv(
        bron / "regio" / "tarieven.csv",
        [["schaal", "geldig_vanaf", "uurtarief_eur"], ["gemiddeld", "01-01-2012", "75"]],
    )
    write_xlsx(bron / "regio" / "geldinbreng.xlsx", rows)
    etl(bron)
    assert query("select gemeente, bedrag_eur from geldinbreng order by regel") == [
        ("DOR", 1.5),
        ("ZWD", 1234.5),
    ]


def test_line_numbers_count_empty_lines_and_multiline_cells(bron, etl):
    text = (
        "medewerker_id;opdracht_id;datum;uren;omschrijving\n"
        'M-1;PT-1;01-02-2012;2;"twee\nregels"\n'
        "\n"
        ";;;;\n"
        "M-1;PT-1;01-02-2012;25;te veel\n"
    )
    write_text(bron / "dordrecht" / "uren.csv", text)
    outcome = etl(bron)
    assert reasons(outcome) == {6: "uren moet tussen 0 en 24 liggen, gevonden: 25"}
    log = outcome.bestanden.filter(outcome.bestanden["bestand"] == "dordrecht/uren.csv").row(
        0, named=True
    )
    # empty lines are not rows: they are neither read nor rejected
    assert (log["rijen_gelezen"], log["rijen_geladen"], log["rijen_afgekeurd"]) == (2, 1, 1)


def test_line_with_too_many_fields_is_rejected_alone(bron, etl, query):
    text = (
        "medewerker_id;opdracht_id;datum;uren\nM-1;PT-1;01-02-2012;2;extra\nM-2;PT-1;01-02-2012;3\n"
    )
    write_text(bron / "dordrecht" / "uren.csv", text)
    outcome = etl(bron)
    assert reasons(outcome) == {2: "regel heeft 5 velden, de kopregel 4"}
    assert query("select medewerker_id, regel from uren") == [("M-2", 3)]


@pytest.mark.parametrize(
    ("naam", "inhoud", "reden"),
    [
        ("uren.csv", b"", "bestand is leeg"),
        ("uren.csv", b"medewerker_id;datum;uren\nM-1;01-02-2012;2\n", "opdracht_id"),
        ("uren.csv", b"\x81\x8d\x8f\x90\x9d;a\n", "tekencodering onbekend"),
        ("uren.xlsx", b"geen excel", "geen leesbaar Excel-bestand"),
        ("uren.xls", b"oud formaat", "formaat '.xls' wordt niet gelezen"),
        ("uren.csv", b"medewerker_id;Medewerker_ID;opdracht_id;datum;uren\n", "twee keer"),
    ],
)
def test_whole_file_rejections(bron, etl, query, naam, inhoud, reden):
    (bron / "hia").mkdir()
    (bron / "hia" / naam).write_bytes(inhoud)
    outcome = etl(bron)
    rejected = reasons(outcome, f"hia/{naam}")
    assert list(rejected) == [None]
    assert reden in rejected[None]
    assert query(
        "select soort, rijen_gelezen, rijen_geladen, rijen_afgekeurd, opmerking "
        "from etl_bestanden_log where bestand = ?",
        [f"hia/{naam}"],
    ) == [("uren", 0, 0, 0, f"afgekeurd: {rejected[None]}")]
    assert query("select count(*), regel from etl_afgekeurd_log group by regel") == [(1, None)]


def test_unrecognised_files_are_listed_not_loaded(bron, etl, query):
    write_text(bron / "regio" / "notulen overleg.docx", "x")
    write_text(bron / "regio" / "~$uren.xlsx", "x")
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query(
        "select bestand, soort, rijen_gelezen, opmerking from etl_bestanden_log "
        "where soort is null order by bestand"
    ) == [
        ("regio/notulen overleg.docx", None, 0, "niet herkend, niet geladen"),
        ("regio/~$uren.xlsx", None, 0, "niet herkend, niet geladen"),
    ]


def test_files_at_any_depth_in_path_order(bron, etl, query):
    write_csv(bron / "b" / "uren.csv", [UREN_HEADER, ["M-1", "PT-1", "01-02-2012", "1"]])
    deep = bron / "a" / "diep" / "uren-q1.csv"
    write_csv(deep, [UREN_HEADER, ["M-1", "PT-1", "01-02-2012", "2"]])
    etl(bron)
    assert query("select bestand from etl_bestanden_log order by bestand") == [
        ("a/diep/uren-q1.csv",),
        ("b/uren.csv",),
        ("dordrecht/medewerkers.csv",),
        ("regio/opdrachten.csv",),
    ]
    assert query("select bestand, uren from uren order by bestand") == [
        ("a/diep/uren-q1.csv", 2.0),
        ("b/uren.csv", 1.0),
    ]


def test_apostrophes_kept_inside_text_and_dropped_before_a_neutralised_cell(bron, etl, query):
    # the reader looks for neutralised cells (`'=...`) only when the file holds a `'`;
    # a file whose only apostrophes are inside the text keeps them all
    rows = [
        ["medewerker_id", "opdracht_id", "datum", "uren", "omschrijving"],
        ["M-1", "PT-1", "01-02-2012", "2", "overleg in 's-Gravendeel"],
        ["M-2", "PT-1", "02-02-2012", "1", "'=1+2"],
    ]
    write_csv(bron / "dordrecht" / "uren.csv", rows)
    write_csv(bron / "sliedrecht" / "uren.csv", [rows[0], ["M-1", "PT-1", "03-02-2012", "1", ""]])
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select omschrijving from uren order by bestand, regel") == [
        ("overleg in 's-Gravendeel",),
        ("=1+2",),
        (None,),
    ]
