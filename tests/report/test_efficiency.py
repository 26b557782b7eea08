"""Efficiency substantiated (issue 22, item 1): every kind of saving in a small source
folder, loaded by the real ETL, checked against figures worked out by hand in the views
and in the report.

By hand (tarief € 65; the bronmap's opdrachten plus a merge):
* merge: PT-4 (begroot 70, afgerond 30-04, DOR/ZWD half each, W4) replaces PT-5 (60) and
  PT-6 (40): 30 h saved, € 1.950 at the tarief of the peildatum; DOR 15 h, ZWD 15 h.
* B-1 gebundeld accountschap on PT-2 (regionaal: DOR 80 %, ZWD 20 %, W2), 50 h,
  gerealiseerd: € 3.250; DOR 40 h € 2.600, ZWD 10 h € 650.
* B-2 vermeden inhuur on PT-3 (W5), € 1.300 for DOR, gerealiseerd: 20 h.
* B-3 vermeden inhuur on PT-1 (W1, W2), 10 h potentieel, no grondslag: counted nowhere.
* B-4 vermeden inhuur on PT-3, 8 h potentieel, dated 01-09: not yet in the first half year.
* three bad rows: no hours nor euros, an unknown opdracht, a repeated id.
As of 30-06-2012: gerealiseerd DOR 75 h € 4.875, ZWD 25 h € 1.625, total 100 h € 6.500.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.report.bronmap import OPDRACHTEN, laad, schrijf_bronmap
from tests.report.conftest import rapport
from tests.sql.helpers import query

H1 = date(2012, 6, 30)
LEEG = ["", "", "", ""]
BESPARINGEN = [
    ["besparing_id", "soort", "opdracht_id", "datum", "status", "uren", "bedrag_eur",
     "gemeente", "grondslag", "omschrijving"],
    ["B-1", "gebundeld_accountschap", "PT-2", "01-03-2012", "gerealiseerd", "50", "", "",
     "zes accounthouders vervangen door één", "Drechtwerk"],
    ["B-2", "vermeden_inhuur", "PT-3", "15-05-2012", "gerealiseerd", "", "1.300,00", "DOR",
     "offerte extern bureau", "Sportnota zelf geschreven"],
    ["B-3", "vermeden_inhuur", "PT-1", "01-06-2012", "potentieel", "10", "", "", "",
     "misschien geen inhuur"],
    ["B-4", "vermeden_inhuur", "PT-3", "01-09-2012", "potentieel", "8", "", "", "raming",
     "later"],
    ["B-5", "vermeden_inhuur", "PT-3", "01-03-2012", "gerealiseerd", "", "", "", "x", ""],
    ["B-6", "vermeden_inhuur", "PT-99", "01-03-2012", "gerealiseerd", "5", "", "", "x", ""],
    ["B-1", "vermeden_inhuur", "PT-3", "01-03-2012", "gerealiseerd", "5", "", "", "x", ""],
]  # fmt: skip


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    map_ = tmp_path_factory.mktemp("efficiency")
    kop = [*OPDRACHTEN[0], "samengevoegd_uit"]
    opdrachten = [kop, *([*r, ""] for r in OPDRACHTEN[1:])]
    opdrachten += [
        ["PT-4", "Nota A en B", "meervoudig_lokaal", "DOR", "70", "afgerond", "01-02-2012",
         "30-04-2012", "W4", "ja", "M-DOR", "PT-5|PT-6"],
        ["PT-5", "Nota A", "lokaal", "DOR", "60", "geannuleerd", "", "", "", "", "", ""],
        ["PT-6", "Nota B", "lokaal", "ZWD", "40", "geannuleerd", "", "", "", "", "", ""],
    ]  # fmt: skip
    bron = schrijf_bronmap(
        map_ / "bron",
        {
            "regio/opdrachten.csv": opdrachten,
            "regio/deelnemers.csv": [
                ["opdracht_id", "gemeente", "aandeel"],
                ["PT-4", "DOR", "50%"],
                ["PT-4", "ZWD", "50%"],
            ],
            "regio/besparingen.csv": BESPARINGEN,
        },
    )
    return laad(bron, map_ / "proeftuin.duckdb")


def test_bad_rows_are_rejected_with_their_rule(warehouse):
    redenen = {
        r["regel"]: r["reden"]
        for r in query(warehouse, "select * from etl_afgekeurd where bestand like '%besp%'")
    }
    assert redenen == {
        6: "een besparing zonder uren en zonder bedrag_eur: vul er minstens één in",
        7: "opdracht PT-99 bestaat niet",
        8: "besparing_id B-1 komt al voor: zie regio/besparingen.csv regel 2",
    }


def test_every_saving_traces_to_its_row(warehouse):
    rijen = query(
        warehouse,
        "select soort, besparing, gemeente, status, onderbouwd, uren, bedrag_eur, bron "
        "from besparingen_op(?) order by soort, besparing, gemeente",
        [H1],
    )
    gezien = {(r["besparing"], r["gemeente"]): r for r in rijen}
    assert set(gezien) == {
        ("B-1", "DOR"), ("B-1", "ZWD"), ("B-2", "DOR"), ("B-3", "ZWD"),
        ("PT-4", "DOR"), ("PT-4", "ZWD"),
    }  # fmt: skip
    assert gezien["B-1", "DOR"]["uren"] == pytest.approx(40)
    assert gezien["B-1", "DOR"]["bedrag_eur"] == pytest.approx(2600)
    assert gezien["B-1", "DOR"]["bron"] == "regio/besparingen.csv regel 2"
    assert gezien["B-2", "DOR"]["uren"] == pytest.approx(20)
    assert gezien["B-3", "ZWD"]["onderbouwd"] is False
    assert gezien["PT-4", "ZWD"]["uren"] == pytest.approx(15)
    assert gezien["PT-4", "ZWD"]["bedrag_eur"] == pytest.approx(975)
    assert gezien["PT-4", "ZWD"]["status"] == "gerealiseerd"
    assert gezien["PT-4", "ZWD"]["bron"] == "opdrachtformulier PT-4"


def test_per_winstpunt_only_substantiated_savings_are_added(warehouse):
    rijen = {
        r["winstpunt"]: r
        for r in query(warehouse, "select * from besparing_per_winstpunt_op(?)", [H1])
    }
    assert len(rijen) == 9
    assert (rijen["W2"]["gerealiseerd_uren"], rijen["W2"]["gerealiseerd_eur"]) == (50, 3250)
    assert (rijen["W4"]["gerealiseerd_uren"], rijen["W4"]["gerealiseerd_eur"]) == (30, 1950)
    assert (rijen["W5"]["gerealiseerd_uren"], rijen["W5"]["gerealiseerd_eur"]) == (20, 1300)
    assert rijen["W1"]["gerealiseerd_uren"] == rijen["W1"]["potentieel_uren"] == 0
    assert rijen["W1"]["zonder_onderbouwing"] == rijen["W2"]["zonder_onderbouwing"] == 1
    jaar = {
        r["winstpunt"]: r
        for r in query(
            warehouse, "select * from besparing_per_winstpunt_op(?)", [date(2012, 12, 31)]
        )
    }
    assert (jaar["W5"]["potentieel_uren"], jaar["W5"]["potentieel_eur"]) == (8, 520)


def test_per_gemeente(warehouse):
    rijen = {
        r["gemeente"]: r
        for r in query(warehouse, "select * from besparing_per_gemeente_op(?)", [H1])
    }
    assert (rijen["DOR"]["gerealiseerd_uren"], rijen["DOR"]["gerealiseerd_eur"]) == (75, 4875)
    assert (rijen["ZWD"]["gerealiseerd_uren"], rijen["ZWD"]["gerealiseerd_eur"]) == (25, 1625)
    assert rijen["ALB"]["gerealiseerd_uren"] == 0
    assert rijen["ZWD"]["zonder_onderbouwing"] == 1


def test_the_report_states_the_savings_and_their_basis(warehouse, tmp_path):
    pdf = rapport(warehouse, tmp_path / "h1.pdf", "2012-H1")
    tekst = re.sub(r"\s+", " ", pdf.tekst)
    assert (
        "Tot en met 30-06-2012 zijn 4 besparingen vastgelegd. Gerealiseerd: 100 uur, € 6.500; "
        "potentieel: 0 uur, € 0. 1 besparing heeft geen onderbouwing (grondslag) en telt "
        "nergens mee."
    ) in tekst
    assert "Dordrecht 75 € 4.875 0 € 0" in tekst
    assert "Totaal 100 € 6.500 0 € 0" in tekst
    # the narrow table hyphenates: "niet mee- geteld"
    assert re.search(r"zonder onderbouwing: niet mee-? ?geteld", tekst)
    assert "opdrachtformulier PT-4" in tekst
