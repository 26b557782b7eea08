"""signalen: each of the seven binding signals fires where it should and nowhere else."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sql.helpers import SIX, opdracht, query, registraties

FORMULIER = {
    "opdrachtformulering": "Schrijf de nota.",
    "doel": "Een vastgestelde nota.",
    "beoogd_resultaat": "Nota in de raad.",
    "profiel_opdrachtnemer": "Ervaren beleidsadviseur.",
}
JAAR = {"startdatum": date(2012, 1, 1), "einddatum": date(2012, 12, 31)}


def _opdracht(opdracht_id: str, nemer: str | None = None, **extra) -> dict:
    """A lokaal DOR opdracht with a complete form and a looptijd of all of 2012."""
    return opdracht(opdracht_id, "lokaal", "DOR", opdrachtnemer=nemer, **(FORMULIER | JAAR | extra))


OPDRACHTEN = [
    _opdracht("GOED", "M-DOR"),  # nothing wrong
    _opdracht("AANG", status="aangemeld", startdatum=None, einddatum=None),
    _opdracht("BUITEN", "M-HIA", startdatum=date(2012, 2, 1), einddatum=date(2012, 2, 29)),
    _opdracht("OVER", "M-PAP", begrote_uren=10.0),
    _opdracht("LEEG", status="geaccepteerd"),
    _opdracht("FORM", "M-SLI", doel=None, profiel_opdrachtnemer="  "),
    _opdracht("NIEUW", status="aangemeld", doel=None),  # an aangemeld form may be incomplete
    _opdracht("AKK", "M-ZWD", status="afgerond", akkoord_opdrachtgever=False),
    _opdracht("AKK_LEEG", "M-ZWD", status="afgerond"),
    _opdracht("AKK_JA", "M-ZWD", status="afgerond", akkoord_opdrachtgever=True),
]
MEDEWERKERS = [
    {"medewerker_id": f"M-{g}", "gemeente": g, "schaal": 10, "beschikbaar_uren_per_week": 40.0}
    for g in SIX
] + [{"medewerker_id": "M-DRUK", "gemeente": "DOR", "schaal": 9, "beschikbaar_uren_per_week": 8.0}]
UREN = (
    registraties("GOED", "DOR", 16)
    + registraties("AANG", "ALB", 12, date(2012, 3, 5))
    # two days before the start (Mon 30-01, Tue 31-01), then two days inside
    + registraties("BUITEN", "HIA", 32, date(2012, 1, 30))
    + registraties("OVER", "PAP", 16)
    + registraties("FORM", "SLI", 8)
    # 5 + 5 hours in ISO week 10 (available 8), 5 hours in week 12 (fine)
    + [
        {"medewerker_id": "M-DRUK", "opdracht_id": "GOED", "datum": d, "uren": 5.0}
        for d in (date(2012, 3, 5), date(2012, 3, 6), date(2012, 3, 19))
    ]
)


@pytest.fixture(scope="module")
def signalen(module_warehouse) -> list[dict]:
    path = module_warehouse(medewerkers=MEDEWERKERS, opdrachten=OPDRACHTEN, uren=UREN)
    return query(path, "select * from signalen")


def _waar(signalen: list[dict], signaal: str) -> list[tuple]:
    return [
        (r["opdracht_id"] or r["medewerker_id"], r["uren"])
        for r in signalen
        if r["signaal"] == signaal
    ]


def test_every_signal_fires_exactly_where_it_should(signalen):
    assert sorted((r["signaal"], r["opdracht_id"] or r["medewerker_id"]) for r in signalen) == [
        ("afgerond_zonder_akkoord", "AKK"),
        ("afgerond_zonder_akkoord", "AKK_LEEG"),
        ("boven_beschikbaarheid", "M-DRUK"),
        ("budget_overschreden", "OVER"),
        ("formulier_onvolledig", "FORM"),
        ("geen_opdrachtnemer", "LEEG"),
        # planned from "today" (31-12-2012): the remaining hours of GOED (69), BUITEN (68,
        # overdue) and FORM (92) are all due in the last week, above 40 available
        ("overboekt_gepland", "M-DOR"),
        ("overboekt_gepland", "M-HIA"),
        ("overboekt_gepland", "M-SLI"),
        ("uren_buiten_looptijd", "BUITEN"),
        ("uren_zonder_acceptatie", "AANG"),
        ("zonder_planning", "AANG"),  # no einddatum
    ]


def test_hour_signals_carry_the_hours_concerned(signalen):
    assert _waar(signalen, "uren_zonder_acceptatie") == [("AANG", 12)]
    assert _waar(signalen, "uren_buiten_looptijd") == [("BUITEN", 16)]
    assert _waar(signalen, "budget_overschreden") == [("OVER", 6)]
    assert _waar(signalen, "geen_opdrachtnemer") == [("LEEG", 100)]
    assert _waar(signalen, "boven_beschikbaarheid") == [("M-DRUK", 2)]
    assert _waar(signalen, "formulier_onvolledig") == [("FORM", None)]
    assert sorted(_waar(signalen, "overboekt_gepland")) == [
        ("M-DOR", 29),  # GOED: 100 - 16 - 15 (M-DRUK) = 69 planned
        ("M-HIA", 28),
        ("M-SLI", 52),
    ]
    assert _waar(signalen, "zonder_planning") == [("AANG", 88)]


def test_periods_gemeente_and_person_columns(signalen):
    rij = {(r["signaal"], r["opdracht_id"] or r["medewerker_id"]): r for r in signalen}
    buiten = rij["uren_buiten_looptijd", "BUITEN"]
    assert (buiten["periode_van"], buiten["periode_tot"]) == (date(2012, 1, 30), date(2012, 1, 31))
    druk = rij["boven_beschikbaarheid", "M-DRUK"]
    assert druk["opdracht_id"] is None
    assert (druk["gemeente"], druk["periode_van"], druk["periode_tot"]) == (
        "DOR",
        date(2012, 3, 5),
        date(2012, 3, 11),
    )
    assert all(
        r["medewerker_id"] is None
        for r in signalen
        if r["signaal"] not in ("boven_beschikbaarheid", "overboekt_gepland")
    )
    assert rij["budget_overschreden", "OVER"]["gemeente"] == "DOR"


def test_explanations_are_dutch_and_say_what_to_do(signalen):
    tekst = {r["signaal"]: r["toelichting"] for r in signalen}
    assert "16 van 10 begrote uren" in tekst["budget_overschreden"]
    assert tekst["formulier_onvolledig"].startswith(
        "Het opdrachtformulier mist: doel, profiel opdrachtnemer."
    )
    assert "01-02-2012 t/m 29-02-2012" in tekst["uren_buiten_looptijd"]
    assert "week 10 van 2012" in tekst["boven_beschikbaarheid"]
    assert "wijs een opdrachtnemer toe" in tekst["geen_opdrachtnemer"]
    assert all(t.endswith(".") for t in tekst.values())


def test_werkvoorraad_signalen_lists_opdracht_signals_only(module_warehouse, signalen):
    path = module_warehouse(medewerkers=MEDEWERKERS, opdrachten=OPDRACHTEN, uren=UREN)
    rows = {r["opdracht_id"]: r["signaal_tekst"] for r in query(path, "from werkvoorraad_signalen")}
    assert rows["OVER"] == "budget overschreden 16/10"
    assert "GOED" not in rows  # M-DRUK's week is a person-level signal
    assert set(rows) == {r["opdracht_id"] for r in signalen if r["opdracht_id"]}


def test_a_signal_never_changes_the_balance(module_warehouse):
    """The aangemeld opdracht's hours still count: ALB brings 12, DOR takes 12."""
    path = module_warehouse(medewerkers=MEDEWERKERS, opdrachten=OPDRACHTEN, uren=UREN)
    saldo = {r["gemeente"]: r["saldo_uren"] for r in query(path, "from urenbalans")}
    assert saldo["ALB"] == 12
