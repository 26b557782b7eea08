"""`proeftuin rapport --periode 2012 --eindevaluatie` (issue 22, item 3) on the small source
folder of `bronmap`, every finding checked against figures worked out by hand:

* werkvoorraad: PT-1 afgerond (31-03), PT-2 and PT-3 lopend: 3 opdrachten, 1 afgerond;
  hours brought 12 + 8 + 5 = 25; saldi DOR +0,6 (tegoed), ZWD −0,6 (achter): the
  settlement is 0,6 h × € 65 = € 39,00;
* kwaliteit: 3 evaluaties, product (8 + 7 + 6) / 3 = 7,0; one with a toelichting;
* leerervaringen: 1 dilemma, 2 vraagpunten, 1 conflict;
* medewerkers: M-DOR worked on PT-1 (asked by ZWD), M-ZWD on PT-3 (asked by DOR) and on
  PT-2 (regional: not elsewhere): 2 of 2 worked for another gemeente, 12 + 5 = 17 h;
  schaal 10: 1 medewerker 13 h, schaal 11: 1 medewerker 12 h;
* efficiency: no saving recorded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.in_proces import run_in_process
from tests.report.bronmap import laad, schrijf_bronmap
from tests.report.conftest import rapport
from tests.report.pdf import Pdf

ADVIES = '''vervolg = "Voortzetten als structurele werkwijze vanaf 2013."
taakstelling = """Geen taakstelling in uren;
wel een evaluatie na een jaar."""
'''


@pytest.fixture(scope="module")
def bron(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    map_ = tmp_path_factory.mktemp("eind")
    bron = schrijf_bronmap(map_ / "bron")
    (bron / "advies.toml").write_text(ADVIES, "utf-8")
    return bron, laad(bron, map_ / "proeftuin.duckdb")


def _eind(bron: tuple[Path, Path], uit: Path, *extra: str):
    return run_in_process(
        "rapport", "--warehouse", str(bron[1]), "--periode", "2012", "--eindevaluatie",
        "--source", str(bron[0]), "--uit", str(uit), *extra,
    )  # fmt: skip


def test_every_finding_states_the_measured_figure(bron, tmp_path):
    resultaat = _eind(bron, tmp_path / "eind.pdf")
    assert resultaat.returncode == 0, resultaat.stderr
    assert "Eindevaluatie 2012 (PDF) geschreven" in resultaat.stdout
    pdf = Pdf(tmp_path / "eind.pdf")  # the file that run wrote (rendered once, not twice)
    tekst = re.sub(r"\s+", " ", pdf.tekst)
    for zin in (
        "In 2012 liepen of eindigden 3 opdrachten, waarvan 1 afgerond.",
        "Medewerkers brachten 25 uur voor opdrachten van de proeftuin.",
        "Op 31-12-2012 had 1 gemeente uren tegoed en stond 1 gemeente achter; de verrekening "
        "bedraagt in totaal € 39,00.",
        "In 2012 zijn 3 evaluaties ingevuld; het gemiddelde cijfer voor het product is 7,0.",
        "Heldere visie",
        "In 2012 legde het proeftuin-MT 4 leerervaringen vast: 1 dilemma, 2 vraagpunten, "
        "1 conflict.",
        "Van de 2 medewerkers die in 2012 uren schreven, werkten er 2 aan een opdracht van een "
        "andere gemeente, samen 17 uur",
        "schaal 10 1 13",
        "schaal 11 1 12",
        "Tot en met 31-12-2012 is er geen besparing vastgelegd",
        "De bronmap bevat geen meting van de tevredenheid over het mechanisme in 2012",
        # PT-1 is the only opdracht afgerond (K1, ZWD, lokaal): drawn from 1
        "In 2012 trok het platform 1 opdracht voor een interview (één per kwartaal, aanvrager "
        "en soort opdracht) uit 1 afgeronde opdracht; over 0 daarvan is een interview "
        "vastgelegd.",
        "In 2012 schreef het proeftuin-MT geen leerverhaal.",
        "De bronmap bevat geen verwachtingen van portefeuillehouders.",
        "Voortzetten als structurele werkwijze vanaf 2013.",
        "Geen taakstelling in uren; wel een evaluatie na een jaar.",
    ):
        assert zin in tekst, zin
    titels = [o.title for o in pdf.reader.outline]
    assert titels[0] == "1. Bevinding: werkvoorraad en urenbalans"
    assert "10. Advies van het proeftuin-MT" in titels
    assert "11. Urenbalans per gemeente" in titels  # the year report follows


def test_without_advice_the_report_says_so(bron, tmp_path):
    leeg = schrijf_bronmap(tmp_path / "bron")
    pdf = rapport(bron[1], tmp_path / "eind.pdf", "2012", "--eindevaluatie", "--source",
                  str(leeg))  # fmt: skip
    assert (
        "Het proeftuin-MT heeft nog geen advies vastgelegd (advies.toml in de bronmap ontbreekt)"
    ) in re.sub(r"\s+", " ", pdf.tekst)


@pytest.mark.parametrize(
    ("extra", "periode", "melding"),
    [
        ((), "2012-H1", "de eindevaluatie gaat over een heel jaar; gebruik --periode 2012"),
        (("--gemeente", "DOR"), "2012", "de eindevaluatie is regionaal; laat --gemeente weg"),
    ],
)
def test_a_quarter_or_a_gemeente_is_refused(bron, tmp_path, extra, periode, melding):
    """Refused before any work: the refusal names the choice."""
    uit = tmp_path / "eind.pdf"
    resultaat = run_in_process(
        "rapport", "--warehouse", str(bron[1]), "--periode", periode, "--eindevaluatie",
        "--source", str(bron[0]), "--uit", str(uit), *extra,
    )  # fmt: skip
    assert resultaat.returncode == 1
    assert f"Fout: {melding}" in resultaat.stderr
    assert not uit.exists()


def test_a_faulty_advice_file_is_named(bron, tmp_path):
    kapot = schrijf_bronmap(tmp_path / "bron")
    (kapot / "advies.toml").write_text('vervolg = "ja"\n', "utf-8")
    resultaat = _eind((kapot, bron[1]), tmp_path / "eind.pdf")
    assert resultaat.returncode == 1
    assert f"{kapot / 'advies.toml'}: het veld taakstelling ontbreekt" in resultaat.stderr


def test_the_word_export_holds_the_findings(bron, tmp_path):
    import docx

    uit = tmp_path / "eind.docx"
    assert _eind(bron, uit).returncode == 0
    document = docx.Document(str(uit))
    alineas = [p.text for p in document.paragraphs]
    assert "1. Bevinding: werkvoorraad en urenbalans" in alineas
    assert "Voortzetten als structurele werkwijze vanaf 2013." in alineas
    # the charts as pictures, each described for a screen reader and in its caption
    beschrijvingen = [s._inline.docPr.get("descr") for s in document.inline_shapes]
    assert len(beschrijvingen) == 5  # saldo, verloop, werkvoorraad, winstpunten, verrekening
    for beschrijving in beschrijvingen:
        assert beschrijving and any(a.endswith(beschrijving) for a in alineas)
    plaatjes = [r.target_part.blob for r in document.part.rels.values() if "image" in r.reltype]
    assert plaatjes and all(p.startswith(b"\x89PNG") for p in plaatjes)
