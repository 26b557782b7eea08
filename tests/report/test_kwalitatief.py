"""Quality and learning in words (issue 22, item 2): interviews of the platform's sample,
the satisfaction per role, the MT's leerverhalen and the portefeuillehouders' expectations,
in a small source folder loaded by the real ETL; every figure of the eindevaluatie against
values worked out by hand, the texts without persons for the college, the page per role.

By hand (the bronmap plus PT-4, PT-5 and the files below):
* afgerond: PT-1 (ZWD, lokaal, 31-03) and PT-4 (ZWD, lokaal, 15-03) in K1, PT-5 (DOR,
  lokaal, 20-05) in K2: two strata, 3 kandidaten, 2 drawn. K1 ZWD lokaal: md5 of
  'proeftuin-interview-2012-K1-PT-1' is db67…, of …PT-4 e0af…: PT-1 is drawn.
* interviews: PT-1 (8) and PT-5 (6) in the sample, PT-2 (lopend, no cijfer) outside;
  two bad rows (unknown opdracht, the same opdracht/rol/datum again). Oordeel (8 + 6) / 2 = 7,0.
* tevredenheid 2012: opdrachtnemer 10 × 8,0, mt 5 × 6,5: 15 respondenten, 2 rollen,
  (80 + 32,5) / 15 = 7,5; a second mt row and a gemiddelde of 11 are rejected.
* leerverhalen: 2 in 2012; one with an unknown opdracht is rejected.
* verwachtingen (5 loaded, 4 gemeenten, 4 with a maatstaf): ZWD afgeronde_opdrachten ≥ 2
  (PT-1, PT-4: 2, ja), ZWD besparing_eur ≥ 1.000 (B-1 € 650, nee), DOR uren_gebracht ≥ 20
  (M-DOR 12 h on PT-1, nee), ALB tevredenheid ≥ 7 (7,5, ja), PAP without maatstaf: 2 of 4
  uitgekomen; a maatstaf without streefwaarde and an unknown gemeente are rejected.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cijfers.kwalitatief import zonder_personen
from dashboard import auth
from dashboard.authbestand import Rol
from tests.dashboard.bouw import APP
from tests.dashboard.helpers import tabel_met, tekst, zonder_fouten
from tests.report.bronmap import MEDEWERKERS, OPDRACHTEN, laad, schrijf_bronmap
from tests.report.conftest import rapport
from tests.sql.helpers import query
from warehouse.settings import WAREHOUSE_ENV

PERSOON = "Anna de Vries (M-DOR, anna@dordrecht.nl, 06-12345678)"
INTERVIEWS = [
    ["opdracht_id", "datum", "rol", "uitkomst", "oordeel"],
    ["PT-1", "12-04-2012", "bestuurlijk_opdrachtgever", "Tevreden over de cultuurvisie.", "8"],
    ["PT-5", "05-07-2012", "ambtelijk_opdrachtgever", f"{PERSOON} werkte snel.", "6"],
    ["PT-2", "10-08-2012", "opdrachtnemer", "Nog niet klaar, wel goed op weg.", ""],
    ["PT-99", "10-08-2012", "opdrachtnemer", "Onbekend.", "5"],
    ["PT-1", "12-04-2012", "bestuurlijk_opdrachtgever", "Nogmaals.", "7"],
]
TEVREDENHEID = [
    ["jaar", "rol", "respondenten", "gemiddelde", "toelichting"],
    ["2012", "opdrachtnemer", "10", "8,0", "Werk elders bevalt"],
    ["2012", "mt", "5", "6,5", ""],
    ["2012", "mt", "3", "9", "dubbel"],
    ["2012", "ambtelijk_opdrachtgever", "4", "11", "te hoog"],
]
LEERVERHALEN = [
    ["datum", "titel", "verhaal", "opdracht_id"],
    ["14-03-2012", "Samen plannen", "Een gezamenlijke planning voorkwam dubbel werk.", "PT-2"],
    ["01-10-2012", "Overdracht", "Bram nam het werk over toen de planning schoof.", ""],
    ["01-10-2012", "Onbekend", "Over een opdracht die er niet is.", "PT-99"],
]
VERWACHTINGEN = [
    ["gemeente", "datum", "verwachting", "maatstaf", "streefwaarde"],
    ["ZWD", "20-01-2012", "Een succes als we twee opdrachten afronden.",
     "afgeronde_opdrachten", "2"],
    ["ZWD", "20-01-2012", "En als we duizend euro besparen.", "besparing_eur", "1.000"],
    ["DOR", "27-01-2012", "Als Anna de Vries 20 uur voor de regio werkt.", "uren_gebracht",
     "20"],
    ["ALB", "03-02-2012", "Als iedereen het minstens een 7 geeft.", "tevredenheid", "7"],
    ["PAP", "03-02-2012", "Als we elkaar beter leren kennen.", "", ""],
    ["HIA", "03-02-2012", "Veel uren.", "uren_gebracht", ""],
    ["XYZ", "03-02-2012", "Onbekende gemeente.", "", ""],
]  # fmt: skip
BESPARINGEN = [
    ["besparing_id", "soort", "opdracht_id", "datum", "status", "bedrag_eur", "gemeente",
     "grondslag"],
    ["B-1", "vermeden_inhuur", "PT-1", "01-03-2012", "gerealiseerd", "650", "ZWD", "offerte"],
]  # fmt: skip


@pytest.fixture(scope="module")
def bron(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The source folder and its warehouse, built once for the module."""
    map_ = tmp_path_factory.mktemp("kwalitatief")
    opdrachten = [
        *OPDRACHTEN,
        ["PT-4", "Groenbeleid", "lokaal", "ZWD", "40", "afgerond", "01-02-2012", "15-03-2012",
         "W1", "ja", ""],
        ["PT-5", "Armoedebeleid", "lokaal", "DOR", "30", "afgerond", "01-04-2012",
         "20-05-2012", "W3", "ja", ""],
    ]  # fmt: skip
    medewerkers = [
        [*MEDEWERKERS[0], "email"],
        ["M-DOR", "DOR", "11", "Anna de Vries", "anna@dordrecht.nl"],
        ["M-ZWD", "ZWD", "10", "Bram", ""],
    ]
    bron = schrijf_bronmap(
        map_ / "bron",
        {
            "regio/opdrachten.csv": opdrachten,
            "dordrecht/medewerkers.csv": medewerkers,
            "regio/interviews.csv": INTERVIEWS,
            "regio/tevredenheid.csv": TEVREDENHEID,
            "regio/leerverhalen.csv": LEERVERHALEN,
            "regio/verwachtingen.csv": VERWACHTINGEN,
            "regio/besparingen.csv": BESPARINGEN,
        },
    )
    return bron, laad(bron, map_ / "proeftuin.duckdb")


@pytest.fixture(scope="module")
def eind(bron, tmp_path_factory: pytest.TempPathFactory):
    uit = tmp_path_factory.mktemp("eind") / "eind.pdf"
    return rapport(bron[1], uit, "2012", "--eindevaluatie", "--source", str(bron[0]))


def test_bad_rows_are_rejected_with_their_rule(bron):
    rijen = query(bron[1], "select bestand, regel, reden from etl_afgekeurd")
    redenen = {(Path(r["bestand"]).stem, r["regel"]): r["reden"] for r in rijen}
    assert redenen == {
        ("interviews", 5): "opdracht PT-99 bestaat niet",
        ("interviews", 6): redenen[("interviews", 6)],
        ("tevredenheid", 4): redenen[("tevredenheid", 4)],
        ("tevredenheid", 5): redenen[("tevredenheid", 5)],
        ("leerverhalen", 4): "opdracht PT-99 bestaat niet",
        ("verwachtingen", 7): "vul maatstaf en streefwaarde allebei in, of allebei niet",
        ("verwachtingen", 8): redenen[("verwachtingen", 8)],
    }
    assert "komt al voor: zie regio/interviews.csv regel 2" in redenen[("interviews", 6)]
    assert "komt al voor: zie regio/tevredenheid.csv regel 3" in redenen[("tevredenheid", 4)]
    assert "gemiddelde" in redenen[("tevredenheid", 5)]
    assert "gemeente 'XYZ' is onbekend" in redenen[("verwachtingen", 8)]


def test_the_sample_is_the_documented_draw(bron):
    def md5(tekst: str) -> str:
        return hashlib.md5(tekst.encode()).hexdigest()

    rijen = query(bron[1], "select * from interviewsteekproef")
    getrokken = {(r["kwartaal"], r["aanvrager"], r["soort_opdracht"]): r for r in rijen}
    k1 = min(["PT-1", "PT-4"], key=lambda o: md5(f"proeftuin-interview-2012-K1-{o}"))
    assert k1 == "PT-1"  # worked out by hand (module docstring)
    assert {k: (r["opdracht_id"], r["kandidaten"]) for k, r in getrokken.items()} == {
        (1, "ZWD", "lokaal"): (k1, 2),
        (2, "DOR", "lokaal"): ("PT-5", 1),
    }
    interviews = query(bron[1], "select opdracht_id, in_steekproef from interviews_lijst")
    assert {(r["opdracht_id"], r["in_steekproef"]) for r in interviews} == {
        ("PT-1", True), ("PT-5", True), ("PT-2", False),
    }  # fmt: skip


def test_every_finding_is_the_figure_worked_out_by_hand(eind):
    tekst_ = re.sub(r"\s+", " ", eind.tekst)
    for zin in (
        "In 2012 trok het platform 2 opdrachten voor een interview (één per kwartaal, "
        "aanvrager en soort opdracht) uit 3 afgeronde opdrachten; over 2 daarvan is een "
        "interview vastgelegd. 1 interview ging over een opdracht buiten de steekproef. Het "
        "gemiddelde oordeel van de 2 geïnterviewden die een cijfer gaven is 7,0.",
        "Tevreden over de cultuurvisie.",
        "In de meting van 2012 gaven 15 respondenten in 2 rollen het mechanisme gemiddeld een "
        "7,5 (gewogen naar het aantal respondenten).",
        "opdrachtnemer 10 8,0 Werk elders bevalt",
        "proeftuin-MT 5 6,5",
        "In 2012 schreef het proeftuin-MT 2 leerverhalen; ze staan hieronder in zijn eigen "
        "woorden.",
        "Een gezamenlijke planning voorkwam dubbel werk.",
        "Portefeuillehouders van 4 gemeenten zeiden wanneer de proeftuin voor hen een succes "
        "is: 5 verwachtingen. Van de 4 met een maatstaf zijn er op 31-12-2012 2 uitgekomen.",
        "afgeronde opdrachten 2 2 ja",
        "gerealiseerde besparing € 1.000,00 € 650,00 nee",
        "gebrachte uren 20 12 nee",
        "tevredenheid (cijfer) 7,0 7,5 ja",
    ):
        assert zin in tekst_, zin
    # no count in the findings that disagrees with the data
    assert re.findall(r"trok het platform (\d+) opdracht", tekst_) == ["2"]
    assert re.findall(r"gaven (\d+) respondenten", tekst_) == ["15"]
    wortel = eind.reader.trailer["/Root"]
    assert wortel["/Lang"] == "nl-NL" and wortel["/MarkInfo"]["/Marked"]  # tagged, Dutch
    titels = [o.title for o in eind.reader.outline]
    for titel in (
        "3. Bevinding: interviews met klanten",
        "6. Bevinding: leerverhalen van het proeftuin-MT",
        "8. Bevinding: tevredenheid over het mechanisme",
        "9. Bevinding: verwachtingen van de portefeuillehouders",
    ):
        assert titel in titels


def test_the_report_names_no_person(eind):
    tekst_ = re.sub(r"\s+", " ", eind.tekst)
    for persoon in ("Anna", "Vries", "M-DOR", "anna@dordrecht.nl", "06-12345678", "Bram"):
        assert persoon not in tekst_, persoon
    assert "[naam] ([naam], [naam], [nummer]) werkte snel." in tekst_
    assert "Als [naam] 20 uur voor de regio werkt." in tekst_


def test_the_rule_keeps_words_that_only_contain_a_name():
    assert zonder_personen("Annabel en anna; M-DOR2", ("Anna", "M-DOR")) == (
        "Annabel en [naam]; M-DOR2"
    )
    assert zonder_personen("bel +31 6 1234 5678", ()) == "bel [nummer]"
    assert zonder_personen("in 2012 40 uur", ()) == "in 2012 40 uur"


def _pagina(warehouse: Path, rol: Rol, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(WAREHOUSE_ENV, str(warehouse))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state[auth.DEMO_SLEUTEL] = rol
    zonder_fouten(at.run())
    zonder_fouten(at.switch_page("pages/kwaliteit_leren.py").run())
    steekproef = tabel_met(at, "Getrokken opdracht").set_index("Nummer")
    assert steekproef.loc["PT-1", "Interview vastgelegd"] == "ja"
    assert steekproef.loc["PT-5", "Getrokken uit"] == "1"
    verwachting = tabel_met(at, "Uitgekomen").set_index("Gemeente")
    assert verwachting.loc["Alblasserdam", "Gemeten"] == "7,5"
    return tekst(at)


def test_the_page_shows_persons_to_the_mt_only(bron, monkeypatch):
    college = _pagina(bron[1], Rol("college", "DOR"), monkeypatch)
    assert "[naam] ([naam], [naam], [nummer]) werkte snel." in college
    for persoon in ("Anna", "M-DOR", "anna@dordrecht.nl", "06-12345678", "Bram"):
        assert persoon not in college, persoon
    mt = _pagina(bron[1], Rol("mt"), monkeypatch)
    assert f"{PERSOON} werkte snel." in mt
