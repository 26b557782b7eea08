"""A source folder of nasty but realistic exports, with what the ETL must make of each file.

Every file is written byte for byte (encodings, line endings, quotes), and beside it the
accounting we expect: rows read, loaded and rejected, and per rejected line (as a person
counts it in an editor, header = 1) a fragment of its Dutch reason. `test_nasty.py`
checks a run against this; the hours that must load are listed row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

FILE = None  # the `regel` of a whole-file rejection


@dataclass
class Expected:
    """What one file must give: counts, and rejected line -> fragment of the reason."""

    gelezen: int
    geladen: int
    afgekeurd: dict[int | None, str] = field(default_factory=dict)
    soort: str | None = None
    data_rows: int | None = None  # rows with data as written (None: = gelezen)


# (bestand, hours) of every uren row that must load
GOOD_HOURS: list[tuple[str, float]] = []


def _write(root: Path, bestand: str, content: bytes) -> None:
    path = root / bestand
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def _good(bestand: str, *hours: float) -> None:
    GOOD_HOURS.extend((bestand, h) for h in hours)


OPDRACHTEN = (
    # trailing separators everywhere, quoted ; and "" and a line break, odd header names
    " Opdracht_ID ;TITEL;Soort opdracht; aanvrager ;Begrote  Uren;Status;"
    "Akkoord opdrachtgever;Doel;\n"
    'PT-1;"Cultuurvisie; fase 1";lokaal;HIA;"1.200";lopend;Ja;"Een ""echte"" visie\n'
    'over twee regels";\n'  # line 2-3
    ";;;;;;;;\n"  # 4: only separators (one more than the header has)
    "PT-2;Drechtwerk;ondersteuning;REGIO;€ 1.234,50;Lopend;N;;\n"  # 5
    "PT-3;Vervallen;lokaal;Papendrecht;10;geannuleerd;WAAR;;\n"  # 6
    'PT-4;Jeugd;regionaal;regio;7,5;afgerond;nee;"a;b";\n'  # 7
    "PT-5;Bezig;lokaal;DOR;12;bezig;ja;;\n"  # 8: unknown status
    "   \n"  # 9: only spaces
    "PT-6;Fout akkoord;lokaal;DOR;12;lopend;misschien;;\n"  # 10
    "\n"  # 11
    ";;;;;;;;;\n"  # 12
    "\n"  # 13
)

MEDEWERKERS = (
    # Windows-1252, CRLF; `PersoneelsNummer` is mapped by dordrecht/kolommen.toml
    "PERSONEELSNUMMER ;Gemeente;Schaal;Naam;Beschikbaar uren per week\r\n"
    "M-1;Dordrecht;11;René Aïssa;36\r\n"  # 2
    "M-2;ZWD; 10 ;Zoë Brëmer;7,5\r\n"  # 3
    "M-3;hia;8.0;François Ëlberg;32\r\n"  # 4
    "M-4;DOR;7,5;Té Veel;36\r\n"  # 5: schaal 7,5 is not whole
    "M-5;Rotterdam;9;Buiten;36\r\n"  # 6: unknown gemeente
).encode("cp1252")

UREN_DORDRECHT = (
    # upper-case extension, Windows-1252 with CRLF, a quoted two-line cell with CRLF inside
    " personeelsnummer ;opdracht_id;datum;Uren (dec);omschrijving\r\n"
    'M-1;PT-1;1-2-2012;€ 1,50;"café; ""overleg""\r\nmet de wethouder"\r\n'  # 2-3
    "M-1;PT-2;01-02-2012;4;ideeën\r\n"  # 4
    "M-4;PT-1;01-02-2012;2;afgekeurde medewerker\r\n"  # 5
    "M-1;PT-2;2012-02-03;8.0;punt als decimaalteken\r\n"  # 6
    "M-1;PT-2;03-02-2012;1.5;\r\n"  # 7
    "M-1;PT-2;04-02-2012;-1;\r\n"  # 8
    "\r\n"  # 9
).encode("cp1252")

UREN_ZWIJNDRECHT = (
    # UTF-8 with BOM, tab-separated, trailing tab on data lines only
    "\ufeffMedewerker_id\tOpdracht_id\tDatum\tUren\tOmschrijving\n"
    "M-2\tPT-1\t1-2-2012\t 3 \t\t\n"  # 2
    "M-2\tPT-1\t2012-02-02\t8.0\tpunt\t\n"  # 3
    "M-2\tPT-2\t03-02-2012\t7,5\tkomma\t\n"  # 4
    "M-2\tPT-1\t01-02-12\t2\ttwee cijfers\t\n"  # 5: two-digit year
    "M-2\tPT-7\t04-02-2012\t1\tbestand afgekeurd\t\n"  # 6: PT-7 is in a rejected file
    "M-2\tPT-5\t04-02-2012\t1\trij afgekeurd\t\n"  # 7: PT-5 is a rejected row
    "M-2\tPT-3\t05-02-2012\t1\tgeannuleerd\t\n"  # 8
    "M-2\tPT-1\t06-02-2012\t2\tteveel\textra\n"  # 9: a field beyond the header
)

UREN_SEP = (
    # Excel's `sep=` hint as the first line: the header is line 2
    "sep=;\n"
    "medewerker_id;opdracht_id;datum;uren\n"
    "M-3;PT-4;10-02-2012;2\n"  # 3
    "M-3;PT-4;11-02-2012;25\n"  # 4
)


def build(root: Path) -> dict[str, Expected]:
    """Write the folder under `root`; return per file what the run must report."""
    GOOD_HOURS.clear()
    expected: dict[str, Expected] = {}

    _write(
        root,
        "dordrecht/kolommen.toml",
        b'" PersoneelsNummer " = " Medewerker_ID "\n"uren (DEC)" = "UREN"\n',
    )
    expected["dordrecht/kolommen.toml"] = Expected(0, 0, soort="kolommen")

    _write(root, "regio/opdrachten.csv", OPDRACHTEN.encode())
    expected["regio/opdrachten.csv"] = Expected(
        6,
        4,
        {8: "status 'bezig' is onbekend", 10: "akkoord_opdrachtgever 'misschien' is geen ja/nee"},
        soort="opdrachten",
    )
    _write(
        root,
        "regio/Opdrachten extra.csv",
        b"opdracht_id;titel;soort_opdracht;aanvrager;begrote_uren\n"
        b"PT-7;Zonder status;lokaal;DOR;10\n",
    )
    expected["regio/Opdrachten extra.csv"] = Expected(
        0, 0, {FILE: "verplichte kolom(men) ontbreken: status"}, "opdrachten", data_rows=1
    )

    _write(root, "dordrecht/Medewerkers.csv", MEDEWERKERS)
    expected["dordrecht/Medewerkers.csv"] = Expected(
        5,
        3,
        {5: "schaal '7,5' is geen geheel getal", 6: "gemeente 'Rotterdam' is onbekend"},
        soort="medewerkers",
    )

    _write(root, "dordrecht/Uren Q1 2012.CSV", UREN_DORDRECHT)
    expected["dordrecht/Uren Q1 2012.CSV"] = Expected(
        6,
        4,
        {
            5: "medewerker M-4 is afgekeurd: zie dordrecht/Medewerkers.csv regel 5",
            8: "uren moet tussen 0 en 24 liggen, gevonden: -1",
        },
        soort="uren",
    )
    _good("dordrecht/Uren Q1 2012.CSV", 1.5, 4, 8, 1.5)

    _write(root, "zwijndrecht/uren.csv", UREN_ZWIJNDRECHT.encode())
    expected["zwijndrecht/uren.csv"] = Expected(
        8,
        3,
        {
            5: "datum '01-02-12'",
            6: "opdracht PT-7 is afgekeurd: zie regio/Opdrachten extra.csv regel 2",
            7: "opdracht PT-5 is afgekeurd: zie regio/opdrachten.csv regel 8",
            8: "opdracht PT-3 is geannuleerd",
            9: "regel heeft 6 velden, de kopregel 5",
        },
        soort="uren",
    )
    _good("zwijndrecht/uren.csv", 3, 8, 7.5)

    _write(root, "hia/uren sep.csv", UREN_SEP.encode())
    expected["hia/uren sep.csv"] = Expected(
        2, 1, {4: "uren moet tussen 0 en 24 liggen, gevonden: 25"}, soort="uren"
    )
    _good("hia/uren sep.csv", 2)

    _xlsx(root / "hia" / "uren.xlsx")
    expected["hia/uren.xlsx"] = Expected(
        6,
        4,
        {
            8: "uren moet tussen 0 en 24 liggen, gevonden: 30",
            9: "uren moet tussen 0 en 24 liggen, gevonden: 1.234",
        },
        soort="uren",
    )
    _good("hia/uren.xlsx", 3, 2.5, 4, 1)

    _write(root, "hia/~$uren.xlsx", b"\x0bJan Jansen" + b"\x00" * 40)
    expected["hia/~$uren.xlsx"] = Expected(0, 0, data_rows=0)
    _write(root, "hia/uren leeg.csv", b"")
    expected["hia/uren leeg.csv"] = Expected(0, 0, {FILE: "bestand is leeg"}, "uren")
    _write(root, "hia/uren kop.csv", b"medewerker_id;opdracht_id;datum;uren\r\n")
    expected["hia/uren kop.csv"] = Expected(0, 0, soort="uren")
    _write(
        root,
        "hia/uren dubbel.csv",
        b"medewerker_id;opdracht_id;datum;uren;Uren \nM-3;PT-1;01-02-2012;1;1\n",
    )
    expected["hia/uren dubbel.csv"] = Expected(
        0, 0, {FILE: "kolom 'uren' komt twee keer voor"}, "uren", data_rows=1
    )

    _write(  # nested two levels deep, comma-separated, decimal point
        root,
        "regio/archief/2012/uren-oud.csv",
        b"medewerker_id,opdracht_id,datum,uren\nM-1,PT-4,15-03-2012,2.25\nM-1,PT-4,16-03-2012,3\n",
    )
    expected["regio/archief/2012/uren-oud.csv"] = Expected(2, 2, soort="uren")
    _good("regio/archief/2012/uren-oud.csv", 2.25, 3)

    _write(root, "regio/uren 2011.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    expected["regio/uren 2011.xls"] = Expected(
        0, 0, {FILE: "formaat '.xls' wordt niet gelezen"}, "uren", data_rows=0
    )
    _write(root, "regio/uren 2010.txt", b"medewerker_id\topdracht_id\tdatum\turen\n")
    expected["regio/uren 2010.txt"] = Expected(
        0, 0, {FILE: "formaat '.txt' wordt niet gelezen"}, "uren", data_rows=0
    )
    _write(root, "regio/leesmij.txt", b"Exports van de gemeenten, zie mail.\n")
    expected["regio/leesmij.txt"] = Expected(0, 0, data_rows=0)

    _write(
        root,
        "regio/tarieven.csv",
        b"schaal;geldig_vanaf;uurtarief_eur\ngemiddeld;1-1-2012;\xe2\x82\xac 75,00\n",
    )
    expected["regio/tarieven.csv"] = Expected(1, 1, soort="tarieven")
    _write(
        root,
        "regio/geldinbreng.csv",
        "gemeente;datum;bedrag_eur;omschrijving\n"
        "ALB;01-03-2012;€ 1.234,50;eerste\n"
        "sliedrecht;2012-03-02;€ 7.500;tweede\n".encode(),
    )
    expected["regio/geldinbreng.csv"] = Expected(2, 2, soort="geldinbreng")
    _geldinbreng_xlsx(root / "regio" / "geldinbreng 2.xlsx")
    expected["regio/geldinbreng 2.xlsx"] = Expected(3, 3, soort="geldinbreng")
    return expected


# every geldinbreng amount that must load, by file path and line
GOOD_AMOUNTS = [7000.0, 7000.0, 1.5, 1234.5, 7500.0]


def _geldinbreng_xlsx(path: Path) -> None:
    """Amounts as real numbers and as text with a Dutch thousands dot."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["gemeente", "datum", "bedrag_eur"])
    sheet.write_row(1, 0, ["PAP", "01-04-2012", "7.000"])
    sheet.write_row(2, 0, ["HIA", "02-04-2012", 7000])
    sheet.write_row(3, 0, ["ZWD", "03-04-2012", 1.5])
    book.close()


def _xlsx(path: Path) -> None:
    """Formulas, real dates, a date and numbers typed as text, empty rows, an empty sheet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Uren")
    book.add_worksheet("Leeg")
    day = book.add_format({"num_format": "dd-mm-yyyy"})
    sheet.write_row(0, 0, ["Registratie_ID", "Medewerker_ID", "Opdracht_ID", "Datum", "Uren"])
    sheet.write_row(1, 0, ["X-1", "M-3", "PT-1"])  # 2
    sheet.write_datetime(1, 3, datetime(2012, 3, 1), day)
    sheet.write_formula(1, 4, "=1+2", None, 3)
    sheet.write_row(2, 0, ["X-2", "M-3", "PT-1", "05-03-2012", "2,5"])  # 3: all text
    # 4 and 5 empty
    sheet.write_row(5, 0, ["X-3", "M-3", "PT-2"])  # 6
    sheet.write_formula(5, 3, "=DATE(2012,3,8)", day, 40976)
    sheet.write_string(5, 4, "4")
    sheet.write_row(6, 0, ["X-4", "M-3", "PT-2"])  # 7
    sheet.write_datetime(6, 3, date(2012, 3, 9), day)
    sheet.write_number(6, 4, 1)
    sheet.write_row(7, 0, ["X-5", "M-3", "PT-2"])  # 8
    sheet.write_datetime(7, 3, date(2012, 3, 10), day)
    sheet.write_number(7, 4, 30)
    # 9: a number typed as text with a Dutch thousands dot: 1234 hours, not 1,234
    sheet.write_row(8, 0, ["X-6", "M-3", "PT-4", "12-03-2012", "1.234"])
    for row in range(9, 40):  # formatted but empty rows at the end
        sheet.write_blank(row, 3, None, day)
        sheet.write_blank(row, 4, None, day)
    book.close()
