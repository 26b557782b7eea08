"""The raadsinformatiebrief and its Word and Excel exports, on the small source folder of
`bronmap` whose figures are worked out by hand.

By hand, as of 30-06-2012 (tarief € 65): PT-1 (lokaal, aanvrager ZWD) 12 h by M-DOR:
DOR +12, ZWD −12. PT-2 (regionaal: the IKC rule, DOR 80 %, ZWD 20 %) 8 h by M-ZWD
(6 in January, 2 in May): ZWD +6,4, DOR −6,4. PT-3 (lokaal, aanvrager DOR) 5 h by M-ZWD
(February): ZWD +5, DOR −5. Saldi: DOR +0,6 -> +1, ZWD −0,6 -> −1, the others 0; in
euros € 39 and € −39. Matrix, each cell rounded: DOR 12, −6, −5 (total +1), ZWD −12, +6,
+5 (total −1). On 31-03 (K1) PT-2 had 6 h: DOR +2,2 -> +2, ZWD −2,2 -> −2; from K1 to K2
ZWD moved +1,6 -> +2, while the rounded saldi differ by 1 (the table says so).
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import openpyxl
import pytest

from report.briefhoofd import lees_briefhoofd
from report.controle import RapportFout
from tests.in_proces import run_in_process
from tests.report.bronmap import laad, schrijf_bronmap
from tests.report.conftest import rapport
from tests.report.pdf import Pdf

BRIEFHOOFD = """\
afzender = "Proeftuin-MT Drechtsteden"
datum = 2012-07-10
kenmerk = "PT/2012/017"
betreft = "Tussenstand proeftuin beleid, eerste halfjaar 2012"
ondertekening = \"\"\"
Met vriendelijke groet,
namens het proeftuin-MT,
J. de Griffier
\"\"\"

[contactpersoon]
naam = "J. de Griffier"
telefoon = "(078) 770 4175"
email = "griffie@drechtsteden.nl"
"""


@pytest.fixture(scope="module")
def bron(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    map_ = tmp_path_factory.mktemp("brief")
    bron = schrijf_bronmap(map_ / "bron")
    (bron / "briefhoofd.toml").write_text(BRIEFHOOFD, "utf-8")
    return bron, laad(bron, map_ / "proeftuin.duckdb")


@pytest.fixture(scope="module")
def brief(bron: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    """The letter of 2012-H1 as PDF, rendered once for the tests that read it."""
    uit = tmp_path_factory.mktemp("brief") / "brief.pdf"
    return rapport(bron[1], uit, "2012-H1", "--brief", "--source", str(bron[0]))


def _plat(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst)


def test_the_letter_opens_with_letterhead_and_a_one_page_summary(brief):
    pdf = brief
    eerste = _plat(pdf.paginas[0])
    for tekst in (
        "Proeftuin-MT Drechtsteden",
        "Datum 10 juli 2012",
        "Ons kenmerk PT/2012/017",
        "Betreft Tussenstand proeftuin beleid, eerste halfjaar 2012",
        "J. de Griffier T (078) 770 4175 E griffie@drechtsteden.nl",
        "Samenvatting",
        # who is behind, with the saldo in euros (−0,6 × € 65 = € −39)
        "Achter staat Zwijndrecht (-1 uur, € -39); uren tegoed heeft Dordrecht (+1 uur).",
        "Gevraagd wordt aan de colleges van de gemeenten die achter staan",
        # the previous period of 2012-H1 is 2011-H2, before the data
        "Vergelijking met de vorige periode (2e halfjaar 2011): daarover zijn geen gegevens",
    ):
        assert tekst in eerste, tekst
    assert "Inhoud" not in eerste  # the summary has the first page to itself
    assert [o.title for o in pdf.reader.outline][:2] == [
        "Samenvatting",
        "1. Urenbalans per gemeente",
    ]
    laatste = _plat(pdf.paginas[-1])
    assert "Met vriendelijke groet, namens het proeftuin-MT, J. de Griffier" in laatste


def test_the_matrix_has_the_plans_euro_row(bron, tmp_path):
    pdf = rapport(bron[1], tmp_path / "h1.pdf", "2012-H1")
    tekst = _plat(pdf.tekst)
    assert "Uren totalen 0 +1 0 0 0 -1" in tekst
    assert "Staat gelijk aan € 0 € 39 € 0 € 0 € 0 € -39" in tekst


def test_a_statement_letter_asks_its_own_college_and_compares_periods(bron, tmp_path):
    pdf = rapport(
        bron[1], tmp_path / "zwd.pdf", "2012-K2", "--brief", "--source", str(bron[0]),
        "--gemeente", "ZWD",
    )  # fmt: skip
    eerste = _plat(pdf.paginas[0])
    assert "Aan het college van burgemeester en wethouders van Zwijndrecht." in eerste
    assert (
        "Gevraagd wordt aan het college van Zwijndrecht: breng vóór 31-12-2012 nog 1 uur, "
        "door medewerkers opdrachten van andere gemeenten te laten doen, of breng € 39 in"
    ) in eerste
    # K2 against K1: the difference is the rounded exact one (+1,6), with a note
    assert "Het saldo op 30-06-2012 naast dat op 31-03-2012" in eerste
    assert "Zwijndrecht -2 -1 +2" in eerste
    assert "Elk verschil is het afgeronde exacte verschil" in eerste
    assert "Dordrecht" not in eerste.split("Gemeente Saldo K1 2012")[1]  # only its own row
    # the own trend, quarter by quarter, in the statement
    assert "Kwartaal K1 2012 K2 2012 Saldo (uren) -2 -1" in _plat(pdf.tekst)


def test_word_export_holds_the_same_letter(bron, brief, tmp_path):
    uit = tmp_path / "brief.docx"
    resultaat = run_in_process(
        "rapport", "--warehouse", str(bron[1]), "--periode", "2012-H1", "--brief",
        "--source", str(bron[0]), "--uit", str(uit),
    )  # fmt: skip
    assert resultaat.returncode == 0, resultaat.stderr
    assert f"Raadsinformatiebrief 1e halfjaar 2012 (Word) geschreven: {uit}" in resultaat.stdout
    doc = docx.Document(str(uit))
    alineas = [p.text for p in doc.paragraphs]
    assert "Ons kenmerk: PT/2012/017" in alineas
    assert any("Achter staat Zwijndrecht (-1 uur, €\u00a0-39)" in a for a in alineas)
    assert "J. de Griffier" in alineas[-1]
    koppen = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert koppen[:2] == ["Samenvatting", "Leeswijzer"]
    assert "3. Tussenstand uren tegoed" in koppen
    matrix = next(t for t in doc.tables if t.cell(0, 0).text == "Opdracht")
    slot = [c.text for c in matrix.rows[-1].cells]
    assert slot[0] == "Staat gelijk aan" and slot[-1] == "€\u00a0-39"
    assert doc.core_properties.language == "nl-NL"


def test_excel_export_has_matrix_settlement_and_kpis_as_numbers(bron, tmp_path):
    uit = tmp_path / "tussenstand.xlsx"
    resultaat = run_in_process(
        "rapport", "--warehouse", str(bron[1]), "--periode", "2012-H1", "--uit", str(uit)
    )
    assert resultaat.returncode == 0, resultaat.stderr
    boek = openpyxl.load_workbook(uit)
    assert boek.sheetnames == ["Urenbalans", "Matrix", "Verrekening", "Kengetallen"]
    matrix = {r[0]: r[2:] for r in boek["Matrix"].iter_rows(min_row=4, values_only=True)}
    assert matrix["Uren totalen"] == (0, 1, 0, 0, 0, -1)
    assert matrix["Staat gelijk aan"] == (0, 39, 0, 0, 0, -39)
    assert matrix["Cultuurvisie"] == (None, 12, None, None, None, -12)
    kpi = {r[0]: r for r in boek["Kengetallen"].iter_rows(min_row=4, values_only=True)}
    assert kpi["W2"][2] == 2  # PT-1 and PT-2
    verrekening = list(boek["Verrekening"].iter_rows(min_row=3, values_only=True))
    assert verrekening[0][:2] == ("Betaalt (uit)", "Aan")
    assert verrekening[1][:2] == ("Zwijndrecht", "Dordrecht")
    assert verrekening[1][3] == pytest.approx(0.6 * 65)  # € 39,00


def test_excel_neutralises_a_formula_in_source_text(tmp_path):
    from tests.report.bronmap import OPDRACHTEN

    opdrachten = [list(r) for r in OPDRACHTEN]
    opdrachten[1][1] = '=HYPERLINK("http://x","klik")'
    bron = schrijf_bronmap(tmp_path / "bron", {"regio/opdrachten.csv": opdrachten})
    warehouse = laad(bron, tmp_path / "w.duckdb")
    uit = tmp_path / "t.xlsx"
    resultaat = run_in_process(
        "rapport", "--warehouse", str(warehouse), "--periode", "2012-H1", "--uit", str(uit)
    )
    assert resultaat.returncode == 0, resultaat.stderr
    cel = next(
        c for r in openpyxl.load_workbook(uit)["Matrix"].iter_rows() for c in r
        if isinstance(c.value, str) and "HYPERLINK" in c.value
    )  # fmt: skip
    assert cel.data_type == "s" and not cel.value.startswith("=")


def test_an_unknown_format_is_refused_in_dutch(bron, tmp_path):
    resultaat = run_in_process(
        "rapport", "--warehouse", str(bron[1]), "--periode", "2012-H1",
        "--uit", str(tmp_path / "brief.odt"),
    )  # fmt: skip
    assert resultaat.returncode == 1
    assert "brief.odt: geef een bestandsnaam op .pdf, .docx (Word) of .xlsx (Excel)" in (
        resultaat.stderr
    )
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (None, "voor een raadsinformatiebrief is {pad} nodig"),
        ('afzender = "MT"\ndatum = \nkenmerk = "x"\n', "{pad}: regel 2 is geen geldige TOML"),
        (BRIEFHOOFD.replace('kenmerk = "PT/2012/017"\n', ""), "{pad}: het veld kenmerk ontbreekt"),
        (
            BRIEFHOOFD.replace("2012-07-10", '"31-02-2012"'),
            "{pad}: datum '31-02-2012' is geen datum",
        ),
        (BRIEFHOOFD + 'kleur = "blauw"\n', "onbekend veld kleur in [contactpersoon]"),
        ('kleur = "blauw"\n' + BRIEFHOOFD, "{pad}: onbekend veld kleur; toegestaan zijn"),
        (
            BRIEFHOOFD.replace('betreft = "Tussenstand', 'betreft = "  "\n#'),
            "het veld betreft moet een tekst zijn",
        ),
        (BRIEFHOOFD.split("[contactpersoon]")[0], "[contactpersoon] ontbreekt"),
    ],
)  # fmt: skip
def test_a_faulty_letterhead_is_named_in_dutch(tmp_path, inhoud, melding):
    pad = tmp_path / "briefhoofd.toml"
    if inhoud is not None:
        pad.write_text(inhoud, "utf-8")
    with pytest.raises(RapportFout) as fout:
        lees_briefhoofd(tmp_path)
    assert melding.format(pad=pad) in str(fout.value)


def test_a_dutch_date_as_text_is_read(tmp_path):
    (tmp_path / "briefhoofd.toml").write_text(
        BRIEFHOOFD.replace("2012-07-10", '"10-7-2012"'), "utf-8"
    )
    assert lees_briefhoofd(tmp_path).datum.isoformat() == "2012-07-10"


def test_the_command_refuses_a_letter_without_letterhead(bron, tmp_path):
    leeg = tmp_path / "bron"
    leeg.mkdir()
    resultaat = run_in_process(
        "rapport", "--warehouse", str(bron[1]), "--periode", "2012-H1", "--brief",
        "--source", str(leeg), "--uit", str(tmp_path / "b.pdf"),
    )  # fmt: skip
    assert resultaat.returncode == 1
    assert f"Fout: voor een raadsinformatiebrief is {leeg / 'briefhoofd.toml'} nodig" in (
        resultaat.stderr
    )
