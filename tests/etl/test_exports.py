"""Regression tests: one per export quirk that once lost, misread or wrongly rejected rows."""

from __future__ import annotations

from datetime import date

import xlsxwriter

from tests.etl.helpers import UREN_HEADER, reasons, write_csv, write_text, write_xlsx

UREN = "dordrecht/uren.csv"


def log_row(outcome, bestand):
    log = outcome.bestanden.filter(outcome.bestanden["bestand"] == bestand)
    return log.select("rijen_gelezen", "rijen_geladen", "rijen_afgekeurd").row(0)


def test_trailing_separator_on_data_lines_only(bron, etl, query):
    """Exports often end every data line with `;` but not the header: that is no extra field."""
    text = "medewerker_id;opdracht_id;datum;uren\nM-1;PT-1;01-02-2012;2;\nM-2;PT-1;01-02-2012;3;\n"
    write_text(bron / UREN, text)
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select regel, uren from uren order by regel") == [(2, 2.0), (3, 3.0)]


def test_text_beyond_the_header_still_rejects_only_that_line(bron, etl, query):
    text = "medewerker_id;opdracht_id;datum;uren\nM-1;PT-1;01-02-2012;2;\nM-2;PT-1;01-02-2012;3;x\n"
    write_text(bron / UREN, text)
    outcome = etl(bron)
    assert reasons(outcome, UREN) == {3: "regel heeft 5 velden, de kopregel 4"}
    assert query("select regel from uren") == [(2,)]


def test_line_of_only_spaces_is_an_empty_line(bron, etl, query):
    text = (
        "medewerker_id;opdracht_id;datum;uren\n"
        "M-1;PT-1;01-02-2012;2\n"
        "   \n"
        " \t; ;\n"
        "M-2;PT-1;01-02-2012;veel\n"
    )
    write_text(bron / UREN, text)
    outcome = etl(bron)
    assert log_row(outcome, UREN) == (2, 1, 1)
    assert reasons(outcome, UREN) == {5: "uren 'veel' is geen getal"}


def test_excel_sep_hint_line(bron, etl, query):
    """`sep=,` (Excel's hint) names the separator; the header is line 2."""
    text = (
        "sep=,\r\nmedewerker_id,opdracht_id,datum,uren\r\nM-1,PT-1,01-02-2012,2\r\nM-1,PT-1,x,1\r\n"
    )
    write_text(bron / UREN, text)
    outcome = etl(bron)
    assert reasons(outcome, UREN) == {4: "datum 'x' is geen geldige datum"}
    assert query("select regel, uren from uren") == [(3, 2.0)]


def test_unsupported_sep_hint_rejects_the_file_clearly(bron, etl):
    write_text(bron / UREN, "sep=|\nmedewerker_id|opdracht_id|datum|uren\n")
    outcome = etl(bron)
    assert reasons(outcome, UREN) == {
        None: "scheidingsteken 'sep=|' wordt niet gelezen: gebruik ; of , of tab"
    }


def test_empty_lines_above_the_header(bron, etl, query):
    write_text(bron / UREN, "\n\n" + "\t".join(UREN_HEADER) + "\nM-1\tPT-1\t01-02-2012\t2\n")
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select regel from uren") == [(4,)]


def test_point_decimals_in_a_dutch_column(bron, etl, query):
    """`7,5` makes the column Dutch; `8.0` and `1.25` still cannot mean thousands."""
    rows = [
        UREN_HEADER,
        *[
            ["M-1", "PT-1", f"0{d}-02-2012", u]
            for d, u in enumerate(["7,5", "8.0", "1.25", "1.000"], start=1)
        ],
    ]
    write_csv(bron / UREN, rows)
    outcome = etl(bron)
    assert reasons(outcome, UREN) == {5: "uren moet tussen 0 en 24 liggen, gevonden: 1.000"}
    assert query("select uren from uren order by regel") == [(7.5,), (8.0,), (1.25,)]


def test_two_digit_year_says_so(bron, etl):
    write_csv(bron / UREN, [UREN_HEADER, ["M-1", "PT-1", "01-02-12", "2"]])
    assert reasons(etl(bron), UREN) == {
        2: "datum '01-02-12' heeft een jaartal van twee cijfers: schrijf het jaar voluit "
        "(dd-mm-jjjj)"
    }


def test_line_break_in_a_crlf_file_is_stored_as_newline(bron, etl, query):
    text = 'medewerker_id;opdracht_id;datum;uren;omschrijving\r\nM-1;PT-1;1-2-2012;2;"a\r\nb"\r\n'
    write_text(bron / UREN, text, encoding="cp1252")
    etl(bron)
    assert query("select omschrijving, regel from uren") == [("a\nb", 2)]


def test_crlf_tab_separated(bron, etl, query):
    write_text(bron / UREN, "\t".join(UREN_HEADER) + "\r\nM-1\tPT-1\t01-02-2012\t2,5\r\n")
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select uren from uren") == [(2.5,)]


def test_utf16_export(bron, etl, query):
    """Excel's "Unicode-tekst" is UTF-16 with a BOM and tabs."""
    text = "\ufeff" + "\t".join(UREN_HEADER) + "\r\nM-1\tPT-1\t01-02-2012\t2,5\r\n"
    (bron / "dordrecht" / "uren.csv").write_bytes(text.encode("utf-16-le"))
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select uren from uren") == [(2.5,)]


def test_xlsx_number_typed_as_text_keeps_the_dutch_meaning(bron, etl, query):
    """calamine reads the text `7.000` as 7.0; a Dutch controller typed seven thousand."""
    write_csv(
        bron / "regio" / "tarieven.csv",
        [["schaal", "geldig_vanaf", "uurtarief_eur"], ["gemiddeld", "01-01-2012", "75"]],
    )
    rows = [
        ["gemeente", "datum", "bedrag_eur"],
        ["DOR", date(2012, 5, 1), "7.000"],
        ["ZWD", date(2012, 5, 1), 1.5],
        ["HIA", date(2012, 5, 1), 0.125],
    ]
    write_xlsx(bron / "regio" / "geldinbreng.xlsx", rows)
    etl(bron)
    assert query("select bedrag_eur from geldinbreng order by regel") == [
        (7000.0,),
        (1.5,),
        (0.125,),
    ]


def test_xlsx_empty_rows_above_the_header_keep_line_numbers(bron, etl, query):
    path = bron / "hia" / "uren.xlsx"
    path.parent.mkdir(parents=True)
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(2, 0, UREN_HEADER)
    sheet.write_row(3, 0, ["M-1", "PT-1", "01-02-2012", 2])
    sheet.write_row(5, 0, ["M-1", "PT-1", "01-02-2012", 30])
    book.close()
    outcome = etl(bron)
    assert reasons(outcome, "hia/uren.xlsx") == {6: "uren moet tussen 0 en 24 liggen, gevonden: 30"}
    assert query("select regel from uren") == [(4,)]


def test_reference_into_a_file_rejected_as_a_whole(bron, etl):
    """The uren row says where its opdracht is, not that it does not exist."""
    write_csv(
        bron / "regio" / "opdrachten extra.csv",
        [["opdracht_id", "titel", "soort_opdracht", "aanvrager"], ["PT-7", "x", "lokaal", "DOR"]],
    )
    write_csv(bron / UREN, [UREN_HEADER, ["M-1", "PT-7", "01-02-2012", "2"]])
    outcome = etl(bron)
    assert reasons(outcome, UREN) == {
        2: "opdracht PT-7 is afgekeurd: zie regio/opdrachten extra.csv regel 2 "
        "(het hele bestand is afgekeurd)"
    }
    assert "begrote_uren, status" in reasons(outcome, "regio/opdrachten extra.csv")[None]


def test_unclosed_quote_rejects_the_file_instead_of_swallowing_lines(bron, etl):
    """polars would read the rest of the file into one cell: two rows would become one."""
    text = (
        "medewerker_id;opdracht_id;datum;uren;omschrijving\n"
        'M-1;PT-1;01-02-2012;2;"open\n'
        "M-2;PT-1;01-02-2012;3;ok\n"
    )
    write_text(bron / UREN, text)
    assert reasons(etl(bron), UREN) == {
        None: 'CSV is onleesbaar vanaf regel 2: een aanhalingsteken (") wordt niet gesloten'
    }


def test_stray_quote_inside_a_cell_loads(bron, etl, query):
    text = 'medewerker_id;opdracht_id;datum;uren;omschrijving\nM-1;PT-1;1-2-2012;2;5" scherm\n'
    write_text(bron / UREN, text)
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select omschrijving from uren") == [('5" scherm',)]


def test_old_mac_line_ends(bron, etl, query):
    write_text(bron / UREN, ";".join(UREN_HEADER) + "\rM-1;PT-1;01-02-2012;2\rM-2;PT-1;x;3\r")
    outcome = etl(bron)
    assert reasons(outcome, UREN) == {3: "datum 'x' is geen geldige datum"}
    assert query("select regel, uren from uren") == [(2, 2.0)]


def test_only_a_sep_hint_is_an_empty_file(bron, etl):
    write_text(bron / UREN, "sep=;\r\n")
    assert reasons(etl(bron), UREN) == {None: "bestand is leeg"}


def test_xlsx_true_is_not_one_hour(bron, etl, query):
    write_xlsx(bron / "hia" / "uren.xlsx", [UREN_HEADER, ["M-1", "PT-1", "01-02-2012", True]])
    assert reasons(etl(bron), "hia/uren.xlsx") == {2: "uren 'true' is geen getal"}


def test_xlsx_empty_first_sheet_says_which(bron, etl):
    path = bron / "hia" / "uren.xlsx"
    path.parent.mkdir(parents=True)
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Toelichting")
    book.add_worksheet("Uren").write_row(0, 0, UREN_HEADER)
    book.close()
    assert reasons(etl(bron), "hia/uren.xlsx") == {
        None: "het eerste werkblad ('Toelichting') is leeg; alleen het eerste werkblad wordt "
        "gelezen"
    }


def test_kolommen_toml_saved_by_notepad_in_windows_1252(bron, etl, query):
    write_text(bron / "dordrecht" / "kolommen.toml", '"Geëxporteerde uren" = "uren"\n', "cp1252")
    write_csv(
        bron / UREN,
        [
            ["medewerker_id", "opdracht_id", "datum", "Geëxporteerde uren"],
            ["M-1", "PT-1", "01-02-2012", "2"],
        ],
    )
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    assert query("select uren from uren") == [(2.0,)]


def test_kolommen_toml_without_quotes_names_the_line(bron, etl):
    write_text(bron / "dordrecht" / "kolommen.toml", '"Datum" = "datum"\nProject = opdracht_id\n')
    assert reasons(etl(bron), "dordrecht/kolommen.toml") == {
        None: 'kolommen.toml is onleesbaar op regel 2: schrijf elke regel als "eigen naam" = '
        '"contractnaam", met aanhalingstekens'
    }
