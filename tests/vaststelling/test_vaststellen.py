"""Vaststellen and corrections after it, end to end: real CSV files in a source folder, the
ETL, the `proeftuin vaststellen` command, the ETL again (data contract, section 10).

The bank, worked out by hand: Dordrecht works for Alblasserdam (opdracht A, lokaal) 10 h on
01-02-2012 (K1) and 6 h on 02-05-2012 (K2), and 5 h on 01-02-2013; Zwijndrecht works for
Sliedrecht (S) 4 h on 01-08-2012 (K3); Hendrik-Ido-Ambacht brings € 140 on 01-03-2012,
2 h at the 2012 tarief of € 70 (2013: € 80).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.etl.helpers import write_csv
from tests.sql.helpers import by, query
from tests.vaststelling.conftest import UREN, laad, vaststellen


def _saldo(warehouse: Path, dag: date) -> dict[str, float]:
    return by(query(warehouse, "select * from urenbalans_op(?)", [dag]), "gemeente", "saldo_uren")


def test_a_late_row_in_a_vastgesteld_quarter_counts_in_the_next_open_one(geladen):
    bron, warehouse = geladen  # as laad(bron, warehouse) leaves them
    code, uit = vaststellen(bron, warehouse, "--periode", "2012-K1", "--door", "Carla")
    assert code == 0, uit
    assert "Eerste kwartaal 2012 is vastgesteld door Carla" in uit
    laad(bron, warehouse)
    k1 = query(warehouse, "select * from urenbalans_op(DATE '2012-03-31')")
    assert by(k1, "gemeente", "saldo_uren") == {
        "ALB": -10, "DOR": 10, "HIA": 2, "PAP": 0, "SLI": 0, "ZWD": 0,
    }  # fmt: skip
    (vastgesteld,) = query(warehouse, "select * from vaststellingen")
    assert (vastgesteld["periode"], vastgesteld["door"], vastgesteld["is_geldig"]) == (
        "2012-K1",
        "Carla",
        True,
    )
    assert vastgesteld["grondslag"].startswith("ETL-run 1 van ")

    # 3 h dated 15-03-2012 arrive after the vaststelling
    write_csv(bron / "uren_laat.csv", [UREN, ["M-DOR", "A", "15-03-2012", "3"]])
    laad(bron, warehouse)
    # K1 stays as vastgesteld, to the byte
    assert query(warehouse, "select * from urenbalans_op(DATE '2012-03-31')") == k1
    (correctie,) = query(warehouse, "select * from correcties_na_vaststelling")
    assert {k: correctie[k] for k in ("wijziging", "soort", "bestand", "regel", "uren")} == {
        "wijziging": "toegevoegd",
        "soort": "uren",
        "bestand": "uren_laat.csv",
        "regel": 2,
        "uren": 3,
    }
    assert (correctie["datum"], correctie["geboekt_op"], correctie["geboekt_in"]) == (
        date(2012, 3, 15),
        date(2012, 4, 1),
        "2012-K2",
    )
    # it counts in K2, the first open quarter: ALB −10 in K1, −6 − 3 = −9 in K2
    assert _saldo(warehouse, date(2012, 6, 30))["ALB"] == -19
    kwartalen = query(
        warehouse,
        "select kwartaal, saldo_uren, saldo_cumulatief from urenbalans_per_kwartaal "
        "where gemeente = 'ALB' and jaar = 2012 order by kwartaal",
    )
    assert [(k["saldo_uren"], k["saldo_cumulatief"]) for k in kwartalen[:2]] == [
        (-10, -10),
        (-9, -19),
    ]
    # and the MT gets a signal
    signalen = query(
        warehouse, "select * from signalen where signaal = 'correctie_na_vaststelling'"
    )
    assert [(s["opdracht_id"], s["uren"]) for s in signalen] == [("A", 3)]


def test_refusals_say_what_to_do(bron, warehouse):
    vandaag = date.today()
    write_csv(bron / "uren_nu.csv", [UREN, ["M-DOR", "A", vandaag.strftime("%d-%m-%Y"), "1"]])
    laad(bron, warehouse)
    assert vaststellen(bron, warehouse, "--periode", "2012-K1")[0] == 0
    laad(bron, warehouse)
    for periode, reden in (
        ("2012-K1", "2012-K1 is al vastgesteld op "),
        ("2012-K3", "stel eerst 2012-K2 vast"),
        ("2011", "2011 is een onbekende periode"),
        (f"{vandaag.year}-K4", "is nog niet afgelopen"),
    ):
        code, uit = vaststellen(bron, warehouse, "--periode", periode)
        assert code == 1 and reden in uit, (periode, uit)
    # a period that cannot exist is a usage error, said in Dutch before anything is read
    code, uit = vaststellen(bron, warehouse, "--periode", "2012-K5")
    assert code == 2 and "bestaat niet" in uit
    # a source file changed after the last load: load first, so the folder is what is frozen
    write_csv(bron / "uren_later.csv", [UREN, ["M-ZWD", "S", "02-08-2012", "1"]])
    code, uit = vaststellen(bron, warehouse, "--periode", "2012-K2")
    assert code == 1 and "uren_later.csv is gewijzigd na de laatste ETL-run" in uit


def test_a_settled_year_is_never_recomputed_and_a_late_row_goes_to_the_next_year(geladen):
    bron, warehouse = geladen  # as laad(bron, warehouse) leaves them
    assert vaststellen(bron, warehouse, "--periode", "2012")[0] == 0
    laad(bron, warehouse)
    verrekening = query(warehouse, "select * from verrekening where boekjaar = 2012")
    # 2012: ALB −16 pays DOR +16 and HIA +2 (its money) pro rata; SLI −4 likewise to ZWD +4
    assert {r["van_gemeente"] for r in verrekening} == {"ALB", "SLI", "GELDINBRENG"}

    # a 2 h registration dated 01-11-2012 arrives after the year was vastgesteld and settled
    write_csv(bron / "uren_laat.csv", [UREN, ["M-ZWD", "S", "01-11-2012", "2"]])
    laad(bron, warehouse)
    assert query(warehouse, "select * from verrekening where boekjaar = 2012") == verrekening
    (correctie,) = query(warehouse, "select * from correcties_na_vaststelling")
    assert (correctie["geboekt_op"], correctie["geboekt_in"]) == (date(2013, 1, 1), "2013-K1")
    # 2013, the current boekjaar, counts it: SLI −2 (correction), ALB −5 (its own 2013 work)
    saldo = by(query(warehouse, "select * from urenbalans"), "gemeente", "saldo_uren")
    assert (saldo["SLI"], saldo["ZWD"], saldo["ALB"], saldo["DOR"]) == (-2, 2, -5, 5)


def test_a_removed_row_is_a_negative_correctie(geladen):
    bron, warehouse = geladen  # as laad(bron, warehouse) leaves them
    assert vaststellen(bron, warehouse, "--periode", "2012-H1")[0] == 0
    write_csv(
        bron / "uren.csv",
        [
            UREN,
            ["M-DOR", "A", "01-02-2012", "10"],
            ["M-ZWD", "S", "01-08-2012", "4"],
            ["M-DOR", "A", "01-02-2013", "5"],
        ],
    )  # the 6 h of 02-05-2012 (K2) removed
    laad(bron, warehouse)
    (correctie,) = query(warehouse, "select * from correcties_na_vaststelling")
    assert (correctie["wijziging"], correctie["uren"], correctie["geboekt_in"]) == (
        "verwijderd",
        -6,
        "2012-K3",
    )
    assert _saldo(warehouse, date(2012, 6, 30))["ALB"] == -16  # H1 as vastgesteld
    assert _saldo(warehouse, date(2012, 9, 30))["ALB"] == -10  # the removal counts in K3


def test_intrekken_needs_a_reason_and_keeps_the_history(geladen):
    bron, warehouse = geladen  # as laad(bron, warehouse) leaves them
    assert vaststellen(bron, warehouse, "--periode", "2012-K1", "--door", "Carla")[0] == 0
    code, uit = vaststellen(bron, warehouse, "--periode", "2012-K1", "--intrekken")
    assert code == 1 and "--reden" in uit
    laad(bron, warehouse)
    code, uit = vaststellen(
        bron, warehouse, "--periode", "2012-K1", "--intrekken", "--reden", "fout in export",
        "--door", "Dirk",
    )  # fmt: skip
    assert code == 0, uit
    laad(bron, warehouse)
    (rij,) = query(warehouse, "select * from vaststellingen")
    assert (rij["is_geldig"], rij["ingetrokken_door"], rij["reden_intrekking"]) == (
        False,
        "Dirk",
        "fout in export",
    )
    # open again: a late K1 row now simply counts in K1
    write_csv(bron / "uren_laat.csv", [UREN, ["M-DOR", "A", "15-03-2012", "3"]])
    laad(bron, warehouse)
    assert _saldo(warehouse, date(2012, 3, 31))["ALB"] == -13
    assert query(warehouse, "select * from correcties_na_vaststelling") == []


def test_the_quarters_then_the_year_freeze_every_day_once(geladen):
    bron, warehouse = geladen  # as laad(bron, warehouse) leaves them
    k4 = None
    for periode in ("2012-K1", "2012-K2", "2012-K3", "2012-K4", "2012"):
        code, uit = vaststellen(bron, warehouse, "--periode", periode)
        assert code == 0, uit
        laad(bron, warehouse)  # every check of the build passes: nothing frozen twice
        if periode == "2012-K4":
            k4 = query(warehouse, "select * from verrekening_op(DATE '2012-12-31')")
    # the year's vaststelling stores nothing the quarters froze: 31-12 is K4's
    assert query(warehouse, "select * from verrekening_op(DATE '2012-12-31')") == k4
    assert query(warehouse, "select count(*) as n from intern.vast_urenbalans_op") == [{"n": 4 * 6}]
    # a quarter is withdrawn only after the later ones (and the year that holds it)
    code, uit = vaststellen(
        bron, warehouse, "--periode", "2012-K2", "--intrekken", "--reden", "test"
    )
    assert code == 1 and "trek eerst 2012-K4 in" in uit
    # a late 2012 row counts in 2013
    write_csv(bron / "uren_laat.csv", [UREN, ["M-ZWD", "S", "02-08-2012", "1"]])
    laad(bron, warehouse)
    (correctie,) = query(warehouse, "select * from correcties_na_vaststelling")
    assert correctie["geboekt_in"] == "2013-K1"


def test_the_warehouse_keeps_only_the_frozen_rows_a_correctie_needs(geladen):
    """A vaststelling's rijen.parquet holds every row of its period; the build loads only
    those on a day whose effects changed (and booked corrections), so a reload without
    late rows loads none, and a late row loads the rows of its own day only."""
    bron, warehouse = geladen  # as laad(bron, warehouse) leaves them
    assert vaststellen(bron, warehouse, "--periode", "2012-H1")[0] == 0
    laad(bron, warehouse)
    assert query(warehouse, "select count(*) as n from intern.vast_rijen") == [{"n": 0}]
    assert query(warehouse, "select * from correcties_na_vaststelling") == []
    write_csv(
        bron / "uren.csv",
        [
            UREN,
            ["M-DOR", "A", "01-02-2012", "10"],
            ["M-DOR", "A", "01-02-2012", "3"],  # late, on a day that already had 10 h
            ["M-DOR", "A", "02-05-2012", "6"],
            ["M-ZWD", "S", "01-08-2012", "4"],
            ["M-DOR", "A", "01-02-2013", "5"],
        ],
    )
    laad(bron, warehouse)
    rijen = query(warehouse, "select datum, uren from intern.vast_rijen")
    assert rijen == [{"datum": date(2012, 2, 1), "uren": 10.0}]
    (correctie,) = query(warehouse, "select * from correcties_na_vaststelling")
    assert (correctie["wijziging"], correctie["uren"], correctie["geboekt_in"]) == (
        "toegevoegd",
        3,
        "2012-K3",
    )
