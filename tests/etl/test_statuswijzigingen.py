"""Statuswijzigingen (contract section 7): row rules, order, and the status per peildatum."""

from __future__ import annotations

from datetime import date, datetime

from tests.etl.helpers import UREN_HEADER, reasons, write_csv

WIJZIGINGEN = "platform/statuswijzigingen.csv"
HEADER = ["opdracht_id", "tijdstip", "status", "opdrachtnemer", "door", "toelichting"]
PLATFORM = "platform/opdrachten_platform.csv"
PLATFORM_HEADER = [
    "opdracht_id",
    "titel",
    "soort_opdracht",
    "aanvrager",
    "begrote_uren",
    "status",
    "ingediend_door",
    "ingediend_op",
]
SPORTNOTA = [
    "PF-2012-001",
    "Sportnota",
    "lokaal",
    "SLI",
    "80",
    "aangemeld",
    "a@sli.nl",
    "02-04-2012 11:00",
]
"""One opdracht submitted on the platform on 02-04-2012."""


def wijzigingen(bron, *rows):
    write_csv(bron / WIJZIGINGEN, [HEADER, *rows])


def test_rules_each_with_its_reason(bron, etl, query):
    wijzigingen(
        bron,
        ["PT-1", "01-05-2012 10:00", "afgerond", "M-1", "mt@proeftuin.nl", ""],  # 2 ok
        ["PT-99", "01-05-2012 10:00", "lopend", "", "mt@proeftuin.nl", ""],  # 3
        ["PT-2", "01-05-2012 10:00", "lopend", "M-99", "mt@proeftuin.nl", ""],  # 4
        ["PT-2", "01-05-2012 10:00", "bezig", "", "mt@proeftuin.nl", ""],  # 5
        ["PT-1", "02-05-2012 09:00", "lopend", "", "mt@proeftuin.nl", "toch niet"],  # 6
        ["PT-3", "02-05-2012 09:00", "lopend", "", "mt@proeftuin.nl", ""],  # 7
        ["PT-2", "30-02-2012 09:00", "lopend", "", "mt@proeftuin.nl", ""],  # 8
        ["PT-2", "03-05-2012 09:00", "lopend", "", "", ""],  # 9
    )
    outcome = etl(bron)
    got = reasons(outcome, WIJZIGINGEN)
    assert got[3] == "opdracht PT-99 bestaat niet"
    assert got[4] == "opdrachtnemer: medewerker M-99 bestaat niet"
    assert got[5].startswith("status 'bezig' is onbekend (kies uit aangemeld,")
    assert got[6] == (
        "opdracht PT-1 is al afgerond (zie platform/statuswijzigingen.csv regel 2): een "
        "afgeronde of geannuleerde opdracht verandert niet meer van status"
    )
    assert got[7].startswith("opdracht PT-3 is al geannuleerd (zie de eigen rij van de opdracht)")
    assert got[8].startswith("tijdstip '30-02-2012 09:00' is geen geldig tijdstip")
    assert got[9] == "door ontbreekt"
    assert set(got) == {3, 4, 5, 6, 7, 8, 9}
    assert query("select status, opdrachtnemer from werkvoorraad where opdracht_id = 'PT-1'") == [
        ("afgerond", "M-1")
    ]
    assert query("select count(*) from statuswijzigingen") == [(1,)]


def test_applied_in_tijdstip_order_not_file_order(bron, etl, query):
    wijzigingen(
        bron,
        ["PT-2", "01-06-2012 09:00", "afgerond", "", "mt", "klaar"],  # later in time
        ["PT-2", "2012-03-01T09:00", "geaccepteerd", "M-2", "mt", ""],
        ["PT-2", "01-04-2012", "lopend", "", "mt", ""],
    )
    assert reasons(etl(bron), WIJZIGINGEN) == {}
    history = query(
        "select volgnummer, status, opdrachtnemer, geldig_van, geldig_tot "
        "from statushistorie where opdracht_id = 'PT-2'"
    )
    assert history == [
        (0, "lopend", None, None, datetime(2012, 3, 1, 9)),
        (1, "geaccepteerd", "M-2", datetime(2012, 3, 1, 9), datetime(2012, 4, 1)),
        # a change without opdrachtnemer keeps the one before it
        (2, "lopend", "M-2", datetime(2012, 4, 1), datetime(2012, 6, 1, 9)),
        (3, "afgerond", "M-2", datetime(2012, 6, 1, 9), None),
    ]
    assert query(
        "select status, opdrachtnemer, laatste_toelichting from werkvoorraad "
        "where opdracht_id = 'PT-2'"
    ) == [("afgerond", "M-2", "klaar")]


def test_werkvoorraad_op_shows_the_status_of_the_peildatum(bron, etl, query):
    """An opdracht accepted on 01-05: aangemeld on 30-04, geaccepteerd on 30-06."""
    write_csv(bron / PLATFORM, [PLATFORM_HEADER, SPORTNOTA])
    wijzigingen(bron, ["PF-2012-001", "01-05-2012 14:00", "geaccepteerd", "M-3", "mt", "akkoord"])
    assert reasons(etl(bron)) == {}

    def stand(peildatum):
        return query(
            "select status, opdrachtnemer from werkvoorraad_op(?) where opdracht_id = ?",
            [peildatum, "PF-2012-001"],
        )

    assert stand(date(2012, 4, 1)) == []  # not yet submitted
    assert stand(date(2012, 4, 30)) == [("aangemeld", None)]
    assert stand(date(2012, 5, 1)) == [("geaccepteerd", "M-3")]  # that day counts
    assert stand(date(2012, 6, 30)) == [("geaccepteerd", "M-3")]
    assert query(
        "select ingediend_door, ingediend_op from werkvoorraad where opdracht_id = 'PF-2012-001'"
    ) == [("a@sli.nl", datetime(2012, 4, 2, 11))]
    # a change dated before the submission is rejected
    wijzigingen(bron, ["PF-2012-001", "01-03-2012 14:00", "geaccepteerd", "", "mt", ""])
    assert reasons(etl(bron), WIJZIGINGEN) == {
        2: "tijdstip 01-03-2012 14:00 ligt voor de aanmelding van opdracht PF-2012-001 "
        "(02-04-2012 11:00)"
    }


def test_kpi_and_soort_as_of_use_the_status_history(bron, etl, query):
    wijzigingen(bron, ["PT-1", "15-07-2012 12:00", "afgerond", "", "mt", ""])
    etl(bron)
    per_soort = "select stand, aantal from werkvoorraad_per_soort_op(?) where soort_opdracht = ?"
    assert query(per_soort, [date(2012, 6, 30), "lokaal"]) == [("lopend", 1)]
    assert query(per_soort, [date(2012, 7, 15), "lokaal"]) == [("afgerond", 1)]


def test_hours_after_a_cancellation_are_rejected_before_it_count(bron, etl, query):
    wijzigingen(bron, ["PT-1", "01-05-2012 16:00", "geannuleerd", "", "mt", "vervallen"])
    write_csv(
        bron / "dordrecht" / "uren.csv",
        [UREN_HEADER, ["M-1", "PT-1", "01-05-2012", "4"], ["M-1", "PT-1", "02-05-2012", "4"]],
    )
    assert reasons(etl(bron), "dordrecht/uren.csv") == {
        3: "opdracht PT-1 is geannuleerd op 01-05-2012: na die dag kunnen er geen uren op"
    }
    assert query("select status from werkvoorraad where opdracht_id = 'PT-1'") == [("geannuleerd",)]


def test_hours_before_the_first_acceptance_are_a_signal(bron, etl, query):
    write_csv(bron / PLATFORM, [PLATFORM_HEADER, SPORTNOTA])
    wijzigingen(
        bron,
        ["PF-2012-001", "01-05-2012 14:00", "aangemeld", "", "mt", "teruggestuurd: doel?"],
        ["PF-2012-001", "10-05-2012 09:00", "geaccepteerd", "M-1", "mt", ""],
    )
    write_csv(
        bron / "dordrecht" / "uren.csv",
        [
            UREN_HEADER,
            ["M-1", "PF-2012-001", "09-05-2012", "3"],
            ["M-1", "PF-2012-001", "10-05-2012", "5"],
        ],
    )
    assert reasons(etl(bron)) == {}
    assert query(
        "select uren, periode_van from signalen "
        "where signaal = 'uren_zonder_acceptatie' and opdracht_id = 'PF-2012-001'"
    ) == [(3.0, date(2012, 5, 9))]
