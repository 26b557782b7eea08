"""The contract's row rules, each with the reason a controller reads."""

from __future__ import annotations

from tests.etl.helpers import MEDEWERKERS, OPDRACHTEN, UREN_HEADER, reasons, write_csv

UREN = "dordrecht/uren.csv"


def uren_file(bron, *rows):
    write_csv(bron / UREN, [UREN_HEADER, *rows])


def test_uren_rules_each_with_its_reason(bron, etl, query):
    uren_file(
        bron,
        ["M-1", "PT-1", "01-02-2012", "3,5"],  # 2: ok
        ["M-1", "PT-1", "01-02-2012", "25"],  # 3
        ["M-1", "PT-1", "01-02-2012", "0"],  # 4
        ["M-99", "PT-1", "01-02-2012", "1"],  # 5
        ["M-1", "PT-99", "01-02-2012", "1"],  # 6
        ["M-1", "PT-3", "01-02-2012", "1"],  # 7
        ["M-1", "PT-1", "31-02-2012", "1"],  # 8
        ["", "PT-1", "01-02-2012", "1"],  # 9
        ["M-1", "PT-1", "01-02-2012", "veel"],  # 10
    )
    outcome = etl(bron)
    assert reasons(outcome, UREN) == {
        3: "uren moet tussen 0 en 24 liggen, gevonden: 25",
        4: "uren moet tussen 0 en 24 liggen, gevonden: 0",
        5: "medewerker M-99 bestaat niet",
        6: "opdracht PT-99 bestaat niet",
        7: "opdracht PT-3 is geannuleerd",
        8: "datum '31-02-2012' is geen geldige datum",
        9: "medewerker_id ontbreekt",
        10: "uren 'veel' is geen getal",
    }
    assert query("select regel, uren from uren") == [(2, 3.5)]


def test_one_reason_per_row_the_first_rule_that_fails(bron, etl):
    uren_file(bron, ["M-99", "PT-99", "31-02-2012", "25"])
    outcome = etl(bron)
    assert reasons(outcome, UREN) == {2: "datum '31-02-2012' is geen geldige datum"}


def test_day_limit_in_file_and_row_order_rejected_rows_do_not_count(bron, etl, query):
    write_csv(
        bron / "a" / "uren.csv",
        [
            UREN_HEADER,
            ["M-1", "PT-1", "01-02-2012", "10"],  # 2: 10
            ["M-1", "PT-1", "01-02-2012", "10"],  # 3: 20
            ["M-1", "PT-1", "01-02-2012", "6"],  # 4: would be 26 -> rejected
            ["M-1", "PT-1", "02-02-2012", "24"],  # 5: other day, fits
            ["M-2", "PT-1", "01-02-2012", "24"],  # 6: other employee, fits
        ],
    )
    write_csv(
        bron / "b" / "uren.csv",
        [
            UREN_HEADER,
            ["M-1", "PT-1", "01-02-2012", "4"],  # 2: 24 exactly: fits
            ["M-1", "PT-1", "01-02-2012", "0,5"],  # 3: rejected
        ],
    )
    outcome = etl(bron)
    assert reasons(outcome, "a/uren.csv") == {
        4: "meer dan 24 uur op één dag: medewerker M-1 heeft op 01-02-2012 al 20 uur, "
        "met deze 6 uur wordt het 26"
    }
    assert reasons(outcome, "b/uren.csv") == {
        3: "meer dan 24 uur op één dag: medewerker M-1 heeft op 01-02-2012 al 24 uur, "
        "met deze 0,5 uur wordt het 24,5"
    }
    assert query("select medewerker_id, datum, sum(uren) from uren group by all order by all") == [
        ("M-1", __import__("datetime").date(2012, 2, 1), 24.0),
        ("M-1", __import__("datetime").date(2012, 2, 2), 24.0),
        ("M-2", __import__("datetime").date(2012, 2, 1), 24.0),
    ]


def test_duplicate_ids_later_row_rejected(bron, etl, query):
    write_csv(
        bron / "zwijndrecht" / "medewerkers.csv",
        [["medewerker_id", "gemeente", "schaal"], ["M-1", "ZWD", "8"], ["M-4", "ZWD", "8"]],
    )
    write_csv(
        bron / UREN,
        [
            ["registratie_id", *UREN_HEADER],
            ["R1", "M-1", "PT-1", "01-02-2012", "1"],
            ["R1", "M-1", "PT-1", "02-02-2012", "1"],
        ],
    )
    outcome = etl(bron)
    assert reasons(outcome, "zwijndrecht/medewerkers.csv") == {
        2: "medewerker_id M-1 komt al voor: zie dordrecht/medewerkers.csv regel 2"
    }
    assert reasons(outcome, UREN) == {
        3: "registratie_id R1 komt al voor: zie dordrecht/uren.csv regel 2"
    }
    assert query("select gemeente from medewerkers where medewerker_id = 'M-1'") == [("DOR",)]


def test_cascade_reason_points_at_the_rejected_row(bron, etl, query):
    write_csv(
        bron / "regio" / "opdrachten.csv",
        [*OPDRACHTEN, ["PT-7", "Fout", "lokaal", "DOR", "10", "bezig"]],
    )
    write_csv(bron / "dordrecht" / "medewerkers.csv", [*MEDEWERKERS, ["M-8", "DOR", "19", "Dirk"]])
    uren_file(bron, ["M-1", "PT-7", "01-02-2012", "1"], ["M-8", "PT-1", "01-02-2012", "1"])
    write_csv(
        bron / "regio" / "evaluaties.csv",
        [["opdracht_id", "rol", "score_product"], ["PT-7", "opdrachtnemer", "8"]],
    )
    outcome = etl(bron)
    assert reasons(outcome, "regio/opdrachten.csv")[5].startswith("status 'bezig' is onbekend")
    assert reasons(outcome, "dordrecht/medewerkers.csv") == {
        5: "schaal moet tussen 1 en 18 liggen, gevonden: 19"
    }
    assert reasons(outcome, UREN) == {
        2: "opdracht PT-7 is afgekeurd: zie regio/opdrachten.csv regel 5",
        3: "medewerker M-8 is afgekeurd: zie dordrecht/medewerkers.csv regel 5",
    }
    assert reasons(outcome, "regio/evaluaties.csv") == {
        2: "opdracht PT-7 is afgekeurd: zie regio/opdrachten.csv regel 5"
    }
    assert query("select count(*) from uren") == [(0,)]


def test_gemeente_codes_and_names_and_a_gemeenten_file(bron, etl, query):
    write_csv(
        bron / "regio" / "gemeenten.csv",
        [["code", "naam"], ["grs", "Gemeente Gorinchem"], ["DOR", "Dordrecht (stad)"]],
    )
    write_csv(
        bron / "dordrecht" / "medewerkers.csv",
        [
            ["medewerker_id", "gemeente", "schaal"],
            ["M-1", "dor", "10"],
            ["M-2", "Hendrik-Ido-Ambacht", "10"],
            ["M-3", "gemeente gorinchem", "10"],
            ["M-4", "Rotterdam", "10"],
        ],
    )
    outcome = etl(bron)
    assert query("select medewerker_id, gemeente from medewerkers order by 1") == [
        ("M-1", "DOR"),
        ("M-2", "HIA"),
        ("M-3", "GRS"),
    ]
    assert reasons(outcome, "dordrecht/medewerkers.csv")[5].startswith(
        "gemeente 'Rotterdam' is onbekend"
    )
    assert query("select code, naam from gemeenten where code in ('DOR', 'GRS') order by 1") == [
        ("DOR", "Dordrecht (stad)"),
        ("GRS", "Gemeente Gorinchem"),
    ]
    assert query("select count(*) from gemeenten") == [(7,)]


def test_opdracht_rules_aanvrager_opdrachtnemer_samengevoegd(bron, etl, query):
    header = [*OPDRACHTEN[0], "opdrachtnemer", "samengevoegd_uit", "winst"]
    write_csv(
        bron / "regio" / "opdrachten.csv",
        [
            header,
            ["PT-1", "Een", "lokaal", "HIA", "1", "lopend", "M-1", "", "financieel"],
            ["PT-2", "Twee", "lokaal", "XXX", "1", "lopend", "", "", ""],
            ["PT-3", "Drie", "lokaal", "regio", "1", "lopend", "M-9", "", ""],
            ["PT-4", "Vier", "regionaal", "REGIO", "1", "lopend", "", "PT-1|PT-2", ""],
            ["PT-5", "Vijf", "regionaal", "REGIO", "1", "lopend", "", "PT-4", ""],
            ["PT-6", "Zes", "regionaal", "REGIO", "1", "lopend", "", "PT-1", "geld"],
        ],
    )
    outcome = etl(bron)
    found = reasons(outcome, "regio/opdrachten.csv")
    assert found[3].startswith("aanvrager 'XXX' is onbekend")
    assert found[4] == "opdrachtnemer: medewerker M-9 bestaat niet"
    assert found[5] == (
        "samengevoegd_uit: opdracht PT-2 is afgekeurd: zie regio/opdrachten.csv regel 3"
    )
    assert found[6] == (
        "samengevoegd_uit: opdracht PT-4 is afgekeurd: zie regio/opdrachten.csv regel 5"
    )
    assert found[7].startswith("winst 'geld' bevat een onbekende waarde")
    assert query("select opdracht_id, aanvrager, winst from opdrachten") == [
        ("PT-1", "HIA", ["financieel"])
    ]


def test_geldinbreng_needs_a_gemiddeld_tarief_valid_on_its_date(bron, etl, query):
    write_csv(
        bron / "regio" / "tarieven.csv",
        [
            ["schaal", "geldig_vanaf", "uurtarief_eur"],
            ["gemiddeld", "01-01-2012", "70"],
            ["Gemiddeld", "01-07-2012", "75"],
            ["11", "01-01-2011", "80"],
            ["19", "01-01-2012", "80"],
            ["gemiddeld", "01-07-2012", "76"],
            ["gemiddeld", "01-01-2013", "0"],
        ],
    )
    write_csv(
        bron / "regio" / "geldinbreng.csv",
        [
            ["gemeente", "datum", "bedrag_eur"],
            ["DOR", "01-01-2012", "7.000"],
            ["ZWD", "31-12-2011", "700"],
            ["PAP", "15-08-2012", "-5"],
        ],
    )
    outcome = etl(bron)
    assert reasons(outcome, "regio/tarieven.csv") == {
        5: "schaal '19' moet een schaal van 1 tot en met 18 zijn, of 'gemiddeld'",
        6: "tarief voor schaal gemiddeld vanaf 2012-07-01 komt al voor: zie "
        "regio/tarieven.csv regel 3",
        7: "uurtarief_eur moet groter dan 0 zijn, gevonden: 0",
    }
    assert reasons(outcome, "regio/geldinbreng.csv") == {
        3: "geen tarief 'gemiddeld' geldig op 31-12-2011 (het eerste geldt vanaf 01-01-2012)",
        4: "bedrag_eur mag niet kleiner dan 0 zijn, gevonden: -5",
    }
    assert query("select gemeente, bedrag_eur from geldinbreng") == [("DOR", 7000.0)]
    assert query("select schaal, uurtarief_eur from tarieven order by regel") == [
        ("gemiddeld", 70.0),
        ("gemiddeld", 75.0),
        ("11", 80.0),
    ]
