"""The life of an opdracht on the platform (contract section 7): each step once, each by
the ETL's rules, and what the warehouse makes of it."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

import pytest

from invoer import stappen
from invoer.schrijven import (
    HERINDIENINGEN,
    OPDRACHTEN,
    WIJZIGINGEN,
    Geweigerd,
    platform_rows,
    submit_opdracht,
)
from tests.etl.helpers import HEEL_LEVEN, reasons

NU = datetime(2012, 4, 2, 11, 30)
FORM = {"titel": "Sportnota", "soort_opdracht": "lokaal", "aanvrager": "SLI", "begrote_uren": 80}
MT = "mt@proeftuin.nl"


def later(minuten: int) -> datetime:
    return NU + timedelta(minutes=minuten)


def rijen(bron) -> list[dict[str, str]]:
    return platform_rows(bron, WIJZIGINGEN)


@pytest.fixture
def twee(bron):
    """Two opdrachten submitted on the platform: PF-2012-001 and PF-2012-002."""
    a = submit_opdracht(bron, FORM, "anna@sli.nl", NU).opdracht_id
    b = submit_opdracht(bron, FORM | {"titel": "Sportparken"}, "bram@zwd.nl", NU).opdracht_id
    return a, b


def test_the_whole_life_each_step_written_once(bron, etl, query, twee):
    a, b = twee
    zet = stappen.zet
    # accepteren with a kandidaat, clicked twice: one row, the second answer says so
    stap = stappen.accepteren(a, 0, "M-1")
    eerste, tweede = zet(bron, stap, MT, later(1)), zet(bron, stap, MT, later(1))
    assert (eerste.nieuw, tweede.nieuw, tweede.regel) == (True, False, eerste.regel)
    zet(bron, stappen.accepteren(b, 0), MT, later(2))
    assert reasons(etl(bron)) == {}
    assert query(
        "select opdrachtnemer, opdrachtnemer_voorlopig from werkvoorraad where opdracht_id = ?",
        [a],
    ) == [("M-1", True)]
    # the leidinggevende agreed: firm, with who and when
    zet(
        bron,
        stappen.bevestigen(a, 1, "geaccepteerd", "M-1", "Els de Vries", date(2012, 4, 3)),
        MT,
        later(3),
    )
    zet(bron, stappen.starten(a, 2, date(2012, 4, 10), date(2012, 6, 30)), MT, later(4))
    zet(
        bron,
        stappen.verschuiven(
            a, 3, "lopend", "later klaar", einddatum=date(2012, 9, 30), begrote_uren=90
        ),
        MT,
        later(5),
    )
    zet(bron, stappen.samenvoegen(a, 4, "lopend", b, 120, "zelfde sportparken"), MT, later(6))
    zet(bron, stappen.afronden(a, 5, True, date(2012, 9, 28)), MT, later(7))
    assert [r["actie"] for r in rijen(bron)] == [
        "accepteren",
        "accepteren",
        "bevestigen",
        "starten",
        "verschuiven",
        "samenvoegen",
        "samenvoegen",
        "afronden",
    ]
    assert reasons(etl(bron)) == {}
    assert query(
        "select status, opdrachtnemer, opdrachtnemer_voorlopig, leidinggevende, "
        "leidinggevende_akkoord_op, startdatum, einddatum, begrote_uren, samengevoegd_uit, "
        "akkoord_opdrachtgever, akkoord_op from werkvoorraad where opdracht_id = ?",
        [a],
    ) == [
        (
            "afgerond",
            "M-1",
            False,
            "Els de Vries",
            date(2012, 4, 3),
            date(2012, 4, 10),
            date(2012, 9, 30),
            120.0,
            [b],
            True,
            date(2012, 9, 28),
        )
    ]
    assert query(
        "select status, laatste_toelichting from werkvoorraad where opdracht_id = ?", [b]
    ) == [("geannuleerd", f"samengevoegd in {a}: zelfde sportparken")]
    # the hours saved count for efficiency: 90 (after verschuiven) + 80 apart, 120 together
    assert query("select bespaarde_uren from efficiency where opdracht_id = ?", [a]) == [(50,)]
    assert [
        r[0]
        for r in query(
            "select actie from statushistorie where opdracht_id = ? order by geldig_van", [a]
        )
    ] == HEEL_LEVEN


def test_two_mt_members_at_once_write_one_step(bron, twee):
    a, _ = twee
    stap = stappen.accepteren(a, 0, "M-1")
    with ThreadPoolExecutor(8) as pool:
        uit = list(pool.map(lambda _: stappen.zet(bron, stap, MT, later(1)), range(8)))
    assert sum(g.nieuw for g in uit) == 1
    assert len(rijen(bron)) == 1


def test_a_different_step_from_the_same_screen_is_refused_with_the_reason(bron, twee):
    a, _ = twee
    stappen.zet(bron, stappen.accepteren(a, 0, "M-1"), MT, later(1))
    with pytest.raises(Geweigerd) as geweigerd:  # a colleague accepted with another kandidaat
        stappen.zet(bron, stappen.accepteren(a, 0, "M-2"), "ander@proeftuin.nl", later(2))
    assert "kan niet bij een opdracht die geaccepteerd is" in str(geweigerd.value)
    with pytest.raises(Geweigerd, match="kan niet bij een opdracht die geaccepteerd is"):
        stappen.zet(bron, stappen.terugsturen(a, 0, "onduidelijk"), MT, later(2))
    assert len(rijen(bron)) == 1


@pytest.mark.parametrize(
    ("stap", "reden"),
    [
        (lambda a, b: stappen.starten(a, 1, None, None), "start met een planning"),
        (
            lambda a, b: stappen.bevestigen(a, 1, "geaccepteerd", "M-2", "Els", date(2012, 4, 3)),
            "is niet de voorlopige opdrachtnemer (M-1)",
        ),
        (
            lambda a, b: stappen.verschuiven(a, 1, "geaccepteerd", "reden"),
            "er verschuift niets",
        ),
        (lambda a, b: stappen.afronden(a, 1, False, reden="nog niet"), "alleen bij lopend"),
        (lambda a, b: stappen.samenvoegen(a, 1, "geaccepteerd", a, 10), "in zichzelf"),
    ],
)
def test_a_step_that_does_not_fit_is_refused_and_nothing_written(bron, twee, stap, reden):
    a, b = twee
    stappen.zet(bron, stappen.accepteren(a, 0, "M-1"), MT, later(1))
    with pytest.raises(Geweigerd, match=re.escape(reden)):
        stappen.zet(bron, stap(a, b), MT, later(2))
    assert len(rijen(bron)) == 1


def test_afronden_needs_the_akkoord_or_the_reason_it_is_missing(bron, etl, query, twee):
    a, _ = twee
    for i, stap in enumerate(
        [stappen.accepteren(a, 0), stappen.starten(a, 1, date(2012, 4, 3), date(2012, 5, 1))]
    ):
        stappen.zet(bron, stap, MT, later(i))
    with pytest.raises(Geweigerd, match="de reden dat het akkoord ontbreekt"):
        stappen.zet(bron, stappen.afronden(a, 2, False), MT, later(3))
    stappen.zet(bron, stappen.afronden(a, 2, False, reden="opdrachtgever met verlof"), MT, later(3))
    assert reasons(etl(bron)) == {}
    assert query(
        "select status, akkoord_opdrachtgever, laatste_toelichting from werkvoorraad "
        "where opdracht_id = ?",
        [a],
    ) == [("afgerond", False, "opdrachtgever met verlof")]


def test_a_hand_written_step_the_rules_refuse_is_rejected_by_the_etl(bron, etl, twee):
    """A controller's row goes through the same walk as the platform's."""
    a, _ = twee
    (bron / WIJZIGINGEN).write_text(
        "opdracht_id;tijdstip;status;door;actie;stap\n"
        f"{a};02-04-2012 12:00;lopend;x@y.nl;starten;\n"
        f"{a};02-04-2012 12:01;geaccepteerd;x@y.nl;accepteren;k1\n"
        f"{a};02-04-2012 12:02;geaccepteerd;x@y.nl;accepteren;k1\n",
        encoding="utf-8",
    )
    afgekeurd = reasons(etl(bron), WIJZIGINGEN)
    assert afgekeurd[2] == (
        f"opdracht {a}: starten: kan niet bij een opdracht die aangemeld is "
        "(alleen bij geaccepteerd)"
    )
    assert 3 not in afgekeurd
    assert afgekeurd[4].startswith(f"stap k1 van opdracht {a} komt al voor")


def test_only_the_mt_takes_the_steps_and_the_indiener_resubmits():
    assert stappen.mag("mt", "samenvoegen")
    assert not stappen.mag("controller", "accepteren")
    assert not stappen.mag("medewerker", "afronden")
    assert stappen.mag("medewerker", "herindienen", indiener=True)
    assert not stappen.mag("college", "herindienen", indiener=False)


def test_resubmission_after_terugsturen_keeps_the_id_and_the_history(bron, etl, query, twee):
    a, _ = twee
    with pytest.raises(Geweigerd, match="alleen na terugsturen"):
        stappen.zet(bron, stappen.herindienen(a, 0, FORM | {"doel": "x"}), "anna@sli.nl", later(1))
    stappen.zet(bron, stappen.terugsturen(a, 0, "Het doel ontbreekt"), MT, later(1))
    nieuw = FORM | {
        "doel": "Eén nota voor alle sportparken",
        "begrote_uren": 60,
        "winst": ["kwaliteit"],
    }
    stap = stappen.herindienen(a, 1, nieuw)
    for _ in range(2):  # the form sent twice
        stappen.zet(bron, stap, "anna@sli.nl", later(2))
    assert [r["doel"] for r in platform_rows(bron, HERINDIENINGEN)] == [nieuw["doel"]]
    assert [r["actie"] for r in rijen(bron)] == ["terugsturen", "herindienen"]
    assert reasons(etl(bron)) == {}
    assert query(
        "select status, doel, begrote_uren, winst, opdracht_id from werkvoorraad "
        "where opdracht_id = ?",
        [a],
    ) == [("aangemeld", nieuw["doel"], 60.0, ["kwaliteit"], a)]
    assert query(
        "select actie, toelichting from statushistorie where opdracht_id = ? order by geldig_van",
        [a],
    ) == [
        ("aanmelden", None),
        ("terugsturen", "Het doel ontbreekt"),
        ("herindienen", "opnieuw ingediend na terugsturen"),
    ]
    stappen.zet(bron, stappen.accepteren(a, 2), MT, later(3))  # and on it goes
    assert reasons(etl(bron)) == {}


def test_a_form_sent_twice_is_one_submission(bron):
    eerste = submit_opdracht(bron, FORM, "anna@sli.nl", NU, dubbel_binnen_s=120)
    nog_eens = submit_opdracht(bron, FORM, "anna@sli.nl", later(1), dubbel_binnen_s=120)
    assert (nog_eens.opdracht_id, nog_eens.nieuw) == (eerste.opdracht_id, False)
    ander = submit_opdracht(
        bron, FORM | {"titel": "Ander"}, "anna@sli.nl", later(1), dubbel_binnen_s=120
    )
    veel_later = submit_opdracht(bron, FORM, "anna@sli.nl", later(10), dubbel_binnen_s=120)
    collega = submit_opdracht(bron, FORM, "bram@zwd.nl", later(10), dubbel_binnen_s=120)
    assert [g.nieuw for g in (ander, veel_later, collega)] == [True, True, True]
    assert len(platform_rows(bron, OPDRACHTEN)) == 4
