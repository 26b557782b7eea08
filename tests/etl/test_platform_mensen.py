"""Nieuws, ruimte and interesse: written by the platform, read back by the real ETL."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from invoer.mensen import (
    INTERESSE,
    NIEUWS,
    RUIMTE,
    bied_ruimte,
    interesse,
    publiceer_nieuws,
    trek_nieuws_in,
    trek_ruimte_in,
)
from invoer.schrijven import Geweigerd
from tests.etl.helpers import write_csv

MT = "mt@proeftuin.nl"
NU = datetime(2012, 4, 2, 11, 30)


def test_news_is_published_and_withdrawn_by_a_row_never_deleted(bron, etl, query):
    eerste = publiceer_nieuws(
        bron, "Start", date(2012, 4, 1), "De proeftuin is begonnen.", MT, nu=NU
    )
    tweede = publiceer_nieuws(
        bron, "Nieuwe opdracht", date(2012, 4, 2), "Kijk bij PT-1.", MT, "PT-1", nu=NU
    )
    assert (eerste.opdracht_id, tweede.opdracht_id) == ("N-2012-001", "N-2012-002")
    trek_nieuws_in(bron, "N-2012-001", MT, nu=datetime(2012, 4, 3, 9, 0))
    regels = (bron / NIEUWS).read_text(encoding="utf-8-sig").splitlines()
    assert len(regels) == 4 and "intrekken" in regels[3]
    etl(bron)
    rijen = query("select nieuws_id, titel, opdracht_titel, ingetrokken_op from nieuwsberichten")
    assert rijen == [
        ("N-2012-002", "Nieuwe opdracht", "Cultuurvisie", None),
        ("N-2012-001", "Start", None, datetime(2012, 4, 3, 9, 0)),
    ]


def test_news_rules_refuse_before_writing(bron):
    with pytest.raises(Geweigerd) as fout:
        publiceer_nieuws(bron, "", date(2012, 4, 1), "tekst", MT, nu=NU)
    assert "titel" in fout.value.fouten
    with pytest.raises(Geweigerd) as fout:
        publiceer_nieuws(bron, "Kop", date(2012, 4, 1), "tekst", MT, "PT-99", nu=NU)
    assert fout.value.fouten["opdracht_id"] == "opdracht PT-99 bestaat niet"
    with pytest.raises(Geweigerd) as fout:
        trek_nieuws_in(bron, "N-2012-007", MT, nu=NU)
    assert "er is niets om in te trekken" in next(iter(fout.value.fouten.values()))
    assert not (bron / NIEUWS).exists()


def test_room_and_interest_round_trip_and_withdraw(bron, etl, query):
    aanbod = bied_ruimte(
        bron, "M-1", date(2012, 5, 1), date(2012, 8, 31), 8, "beleid, visie", "a@x.nl", NU
    )
    bied_ruimte(bron, "M-2", date(2012, 5, 1), date(2012, 6, 30), 4.5, "evaluatie", "b@x.nl", NU)
    trek_ruimte_in(bron, "R-2012-002", "M-2", "b@x.nl", nu=datetime(2012, 4, 5, 8, 0))
    interesse(bron, "M-1", "PT-1", "a@x.nl", "Ik schreef de cultuurvisie van Dordrecht.", nu=NU)
    interesse(bron, "M-2", "PT-1", "b@x.nl", "Lijkt me leuk", nu=NU)
    interesse(bron, "M-2", "PT-1", "b@x.nl", intrekken=True, nu=datetime(2012, 4, 6, 8, 0))
    assert aanbod.opdracht_id == "R-2012-001"
    etl(bron)
    assert query(
        "select ruimte_id, medewerker_id, uren_per_week, ingetrokken_op is null from ruimte_aanbod"
    ) == [("R-2012-001", "M-1", 8.0, True), ("R-2012-002", "M-2", 4.5, False)]
    assert query("select medewerker_id, actief, motivatie from interesses") == [
        ("M-1", True, "Ik schreef de cultuurvisie van Dordrecht."),
        ("M-2", False, None),
    ]


def test_room_rules_name_the_field(bron):
    with pytest.raises(Geweigerd) as fout:
        bied_ruimte(bron, "M-9", date(2012, 5, 1), date(2012, 4, 1), 200, "", "x@x.nl", NU)
    assert set(fout.value.fouten) >= {"uren_per_week"}
    with pytest.raises(Geweigerd) as fout:
        bied_ruimte(bron, "M-9", date(2012, 5, 1), date(2012, 6, 1), 8, "", "x@x.nl", NU)
    assert "medewerker M-9 bestaat niet" in fout.value.fouten.values()
    with pytest.raises(Geweigerd) as fout:
        bied_ruimte(bron, "M-1", date(2012, 5, 1), date(2012, 4, 1), 8, "", "x@x.nl", NU)
    assert fout.value.fouten["tot"] == "tot 01-04-2012 ligt voor van 01-05-2012"
    with pytest.raises(Geweigerd):
        interesse(bron, "M-1", "PT-9", "x@x.nl", "graag", nu=NU)
    assert not (bron / RUIMTE).exists() and not (bron / INTERESSE).exists()


def test_hand_edited_rows_that_break_a_rule_are_rejected_by_the_etl(bron, etl, query):
    write_csv(
        bron / NIEUWS,
        [
            ["nieuws_id", "tijdstip", "actie", "door", "titel", "datum", "tekst"],
            ["N-1", "01-04-2012 10:00", "publiceren", MT, "Kop", "01-04-2012", "Tekst"],
            ["N-1", "01-04-2012 11:00", "publiceren", MT, "Kop", "01-04-2012", "Dubbel"],
            ["N-2", "01-04-2012 12:00", "intrekken", MT, "", "", ""],
        ],
    )
    etl(bron)
    assert query("select nieuws_id from nieuwsberichten") == [("N-1",)]
    redenen = [r for (r,) in query("select reden from etl_afgekeurd where bestand = ?", [NIEUWS])]
    assert any("komt al voor" in r for r in redenen)
    assert any("nieuwsbericht N-2 bestaat niet" in r for r in redenen)
