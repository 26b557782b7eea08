"""Deelnemers and their shares, and the meervoudig_lokaal rule, with cascades to uren."""

from __future__ import annotations

import pytest

from tests.etl.helpers import OPDRACHTEN, UREN_HEADER, reasons, write_csv

DEELNEMERS = "regio/deelnemers.csv"


def opdrachten_with(bron, *rows):
    write_csv(bron / "regio" / "opdrachten.csv", [*OPDRACHTEN, *rows])


def deelnemers(bron, *rows):
    write_csv(bron / DEELNEMERS, [["opdracht_id", "gemeente", "aandeel"], *rows])


def test_no_aandeel_means_equal_shares_stored_as_one_over_n(bron, etl, query):
    opdrachten_with(bron, ["PT-9", "Samen", "meervoudig_lokaal", "HIA", "30", "lopend"])
    deelnemers(bron, ["PT-9", "HIA", ""], ["PT-9", "ZWD", ""], ["PT-9", "Papendrecht", ""])
    outcome = etl(bron)
    assert outcome.afgekeurd.height == 0
    rows = query("select gemeente, aandeel from deelnemers order by regel")
    assert [g for g, _ in rows] == ["HIA", "ZWD", "PAP"]
    assert all(a == pytest.approx(1 / 3) for _, a in rows)


def test_percent_and_fraction_shares(bron, etl, query):
    opdrachten_with(bron, ["PT-9", "Samen", "meervoudig_lokaal", "HIA", "30", "lopend"])
    deelnemers(bron, ["PT-9", "HIA", "80%"], ["PT-9", "ZWD", "0,2"])
    etl(bron)
    assert query("select gemeente, aandeel from deelnemers order by regel") == [
        ("HIA", 0.8),
        ("ZWD", 0.2),
    ]


def test_shares_not_summing_to_one_reject_all_rows_of_that_opdracht(bron, etl, query):
    opdrachten_with(bron, ["PT-9", "Samen", "ondersteuning", "HIA", "30", "lopend"])
    deelnemers(
        bron,
        ["PT-9", "HIA", "50%"],
        ["PT-9", "ZWD", "40%"],
        ["PT-1", "HIA", "0,6667"],
        ["PT-1", "ZWD", "0,3334"],  # 1.0001: within the tolerance
    )
    outcome = etl(bron)
    reden = "aandelen van opdracht PT-9 tellen op tot 0,9 (90%) in plaats van 1 (100%)"
    assert reasons(outcome, DEELNEMERS) == {2: reden, 3: reden}
    assert query("select opdracht_id, count(*) from deelnemers group by 1") == [("PT-1", 2)]


def test_mixed_given_and_missing_aandeel_is_rejected(bron, etl):
    deelnemers(bron, ["PT-1", "HIA", "0,5"], ["PT-1", "ZWD", ""])
    outcome = etl(bron)
    found = reasons(outcome, DEELNEMERS)
    assert set(found) == {2, 3}
    assert found[2].startswith("opdracht PT-1: 1 van de 2 deelnemers hebben geen aandeel")


def test_share_out_of_range_and_unknown_gemeente(bron, etl):
    deelnemers(bron, ["PT-1", "HIA", "0"], ["PT-1", "Gorinchem", "1"], ["PT-2", "DOR", "1"])
    outcome = etl(bron)
    found = reasons(outcome, DEELNEMERS)
    assert found[2] == "aandeel moet tussen 0 en 1 liggen, gevonden: 0"
    assert found[3].startswith("gemeente 'Gorinchem' is onbekend")
    assert 4 not in found


def test_meervoudig_lokaal_needs_two_loaded_deelnemers_and_cascades(bron, etl, query):
    opdrachten_with(
        bron,
        ["PT-8", "Een deelnemer", "meervoudig_lokaal", "HIA", "30", "lopend"],
        ["PT-9", "Geen deelnemers", "meervoudig_lokaal", "HIA", "30", "lopend"],
        ["PT-10", "Een goede, een foute", "meervoudig_lokaal", "HIA", "30", "lopend"],
    )
    deelnemers(
        bron,
        ["PT-8", "HIA", ""],  # 2
        ["PT-10", "HIA", ""],  # 3
        ["PT-10", "Rotterdam", ""],  # 4
    )
    write_csv(
        bron / "hia" / "uren.csv",
        [UREN_HEADER, ["M-3", "PT-8", "01-02-2012", "2"], ["M-3", "PT-10", "01-02-2012", "2"]],
    )
    outcome = etl(bron)
    opdrachten = reasons(outcome, "regio/opdrachten.csv")
    assert opdrachten[5] == (
        "opdracht PT-8 is meervoudig_lokaal maar heeft 1 geldige deelnemer(s); "
        "minstens 2 nodig in deelnemers"
    )
    assert opdrachten[6].startswith("opdracht PT-9 is meervoudig_lokaal maar heeft 0 geldige")
    assert opdrachten[7].startswith("opdracht PT-10 is meervoudig_lokaal maar heeft 1 geldige")
    found = reasons(outcome, DEELNEMERS)
    assert found[2] == "opdracht PT-8 is afgekeurd: zie regio/opdrachten.csv regel 5"
    assert found[3] == "opdracht PT-10 is afgekeurd: zie regio/opdrachten.csv regel 7"
    assert found[4].startswith("gemeente 'Rotterdam' is onbekend")
    assert reasons(outcome, "hia/uren.csv") == {
        2: "opdracht PT-8 is afgekeurd: zie regio/opdrachten.csv regel 5",
        3: "opdracht PT-10 is afgekeurd: zie regio/opdrachten.csv regel 7",
    }
    assert query("select count(*) from deelnemers") == [(0,)]
