"""kandidaten(opdracht_id): the match, the free hours and the binding ranking rules."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hypothese import voorbeelden
from tests.sql.helpers import SIX, opdracht, query, registraties, scratch

TITEL = "Cultuurvisie en sportaccommodaties"  # terms inside compound words
TERMEN = ("cultuur", "Sport", "jeugd", "wonen", "visie")
LAATSTE_DAG = date(2012, 12, 28)
# The data end in 2012, so the planning starts on 31-12-2012 (intern.planning_vanaf): an
# opdracht without einddatum has the week of 31-12-2012 as its window.
INSERT_GEPLAND = (
    "insert into opdrachten (opdracht_id, titel, soort_opdracht, aanvrager, begrote_uren, "
    "status, opdrachtnemer, einddatum, bestand, regel) "
    "values (?, 'p', 'lokaal', ?, ?, 'lopend', ?, date '2012-12-31', 'o.csv', 1)"
)
INSERT_MW = (
    "insert into medewerkers (medewerker_id, gemeente, schaal, expertise, "
    "beschikbaar_uren_per_week, naam, bestand, regel) values (?, ?, 10, ?, ?, ?, 'm.csv', 1)"
)
INSERT_OPDRACHT = (
    "insert into opdrachten (opdracht_id, titel, soort_opdracht, aanvrager, begrote_uren, "
    "status, opdrachtnemer, bestand, regel) values (?, ?, 'lokaal', ?, ?, ?, ?, 'o.csv', 1)"
)
INSERT_UREN = (
    "insert into uren (medewerker_id, opdracht_id, datum, uren, bestand, regel) "
    "values (?, ?, ?, ?, 'u.csv', 1)"
)
# Background: each gemeente's prognose differs (ALB -30, DOR +30 ... via a lokaal opdracht
# per pair), so rule 3 has something to decide.
ACHTERGROND_MW = [(f"M-{g}", g, [], 40.0, g) for g in SIX]
ACHTERGROND_OPDRACHTEN = [
    ("VRAAG", TITEL, "ZWD", 100.0, "aangemeld", None),
    ("A", "a", "ALB", 30.0, "afgerond", "M-DOR"),
    ("B", "b", "HIA", 20.0, "afgerond", "M-PAP"),
    ("C", "c", "SLI", 10.0, "afgerond", "M-ZWD"),
]
ACHTERGROND_UREN = [
    ("M-DOR", "A", date(2012, 1, 2), 8.0),
    ("M-DOR", "A", date(2012, 1, 3), 8.0),
    ("M-DOR", "A", date(2012, 1, 4), 8.0),
    ("M-DOR", "A", date(2012, 1, 5), 6.0),
    ("M-PAP", "B", date(2012, 1, 2), 8.0),
    ("M-PAP", "B", date(2012, 1, 3), 8.0),
    ("M-PAP", "B", date(2012, 1, 4), 4.0),
    ("M-ZWD", "C", LAATSTE_DAG, 10.0),
]

medewerker = st.fixed_dictionaries(
    {
        "gemeente": st.sampled_from(SIX),
        "expertise": st.lists(st.sampled_from(TERMEN), unique=True, max_size=3),
        "beschikbaar": st.one_of(st.none(), st.integers(0, 40).map(float)),
        "gepland": st.integers(0, 4).map(lambda n: n * 8.0),  # as opdrachtnemer, in the window
    }
)


def _bouw(medewerkers: list[dict], voor: tuple[str, ...] | None = ("kandidaten",)):
    """A scratch database of the background plus `medewerkers`; by default only the marts
    `kandidaten` reads are filled (the property queries nothing else)."""
    mw = ACHTERGROND_MW + [
        (f"X{i:02d}", m["gemeente"], m["expertise"], m["beschikbaar"], f"Mw {i}")
        for i, m in enumerate(medewerkers)
    ]
    gepland = [
        (f"P{i:02d}", m["gemeente"], m["gepland"], f"X{i:02d}")
        for i, m in enumerate(medewerkers)
        if m["gepland"]
    ]
    return scratch(
        [
            (INSERT_MW, mw),
            (INSERT_OPDRACHT, ACHTERGROND_OPDRACHTEN),
            (INSERT_UREN, ACHTERGROND_UREN),
        ]
        + ([(INSERT_GEPLAND, gepland)] if gepland else []),
        voor=voor,
    )


@settings(max_examples=voorbeelden(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(medewerker, min_size=1, max_size=12))
def test_ranking_rules_hold_for_random_employees(medewerkers):
    con = _bouw(medewerkers)
    cur = con.execute("select * from kandidaten('VRAAG') order by rang")
    namen = [d[0] for d in cur.description]
    rijen = [dict(zip(namen, r, strict=True)) for r in cur.fetchall()]
    assert [r["rang"] for r in rijen] == list(range(1, len(medewerkers) + len(SIX) + 1))
    for r in rijen:
        if r["medewerker_id"].startswith("X"):
            m = medewerkers[int(r["medewerker_id"][1:])]
            assert r["expertise_match"] == sum(t.lower() in TITEL.lower() for t in m["expertise"])
            verwacht = None if m["beschikbaar"] is None else m["beschikbaar"] - m["gepland"]
            assert r["vrije_uren_per_week"] == verwacht
    for hoog, laag in itertools.pairwise(rijen):
        # checking neighbours is enough: the order is a sort, so the rules are transitive
        vrij_h = (hoog["vrije_uren_per_week"] or 0) > 0
        vrij_l = (laag["vrije_uren_per_week"] or 0) > 0
        assert not (hoog["expertise_match"] == 0 and laag["expertise_match"] > 0)
        if (hoog["expertise_match"] > 0) == (laag["expertise_match"] > 0):
            assert not (not vrij_h and vrij_l)
            if vrij_h and vrij_l:
                assert hoog["gemeente_prognose_uren"] <= laag["gemeente_prognose_uren"]
    for i, hoog in enumerate(rijen):  # also for equal match counts further apart
        for laag in rijen[i + 1 :]:
            if hoog["expertise_match"] == laag["expertise_match"]:
                vrij_h = (hoog["vrije_uren_per_week"] or 0) > 0
                vrij_l = (laag["vrije_uren_per_week"] or 0) > 0
                assert vrij_h or not vrij_l
                if vrij_h and vrij_l:
                    assert hoog["gemeente_prognose_uren"] <= laag["gemeente_prognose_uren"]


def test_kandidaten_needs_only_the_marts_it_reads():
    """What the property's cheaper database leaves out changes nothing `kandidaten` says."""
    medewerkers = [
        {"gemeente": g, "expertise": list(TERMEN[: i % 4]), "beschikbaar": 8.0 * i, "gepland": 8.0}
        for i, g in enumerate(SIX)
    ]
    sql = "select * from kandidaten('VRAAG') order by rang"
    alles = _bouw(medewerkers, voor=None).execute(sql).fetchall()
    assert len(alles) == 2 * len(SIX)
    assert _bouw(medewerkers).execute(sql).fetchall() == alles


@pytest.fixture(scope="module")
def kandidaten(module_warehouse) -> list[dict]:
    path = module_warehouse(
        medewerkers=[
            {
                "medewerker_id": "CULT-HIA",
                "gemeente": "HIA",
                "schaal": 11,
                "expertise": ["Cultuur", "erfgoed"],
                "beschikbaar_uren_per_week": 20.0,
            },
            {
                "medewerker_id": "CULT-DOR",
                "gemeente": "DOR",
                "schaal": 11,
                "expertise": ["cultuur", "visie"],
                "beschikbaar_uren_per_week": 20.0,
            },
            {
                "medewerker_id": "VOL-ALB",
                "gemeente": "ALB",
                "schaal": 11,
                "expertise": ["cultuur"],
                "beschikbaar_uren_per_week": 8.0,
            },
            {"medewerker_id": "ONB-PAP", "gemeente": "PAP", "schaal": 9, "expertise": ["cultuur"]},
            {
                "medewerker_id": "SPORT",
                "gemeente": "SLI",
                "schaal": 9,
                "expertise": ["sport"],
                "beschikbaar_uren_per_week": 36.0,
            },
            {"medewerker_id": "M-DOR", "gemeente": "DOR", "schaal": 10},
        ],
        opdrachten=[
            opdracht("CV", "lokaal", "ZWD", titel="Cultuurvisie Zwijndrecht", status="aangemeld"),
            opdracht("X", "lokaal", "HIA", opdrachtnemer="M-DOR", status="afgerond"),
            # VOL-ALB is planned full in CV's window (the week of 31-12-2012); lokaal ALB
            # done by ALB leaves every prognose as it is
            opdracht(
                "VOL",
                "lokaal",
                "ALB",
                opdrachtnemer="VOL-ALB",
                begrote_uren=8.0,
                einddatum=date(2012, 12, 31),
            ),
        ],
        uren=registraties("X", "DOR", 40, date(2012, 12, 3))
        + [
            {
                "medewerker_id": "VOL-ALB",
                "opdracht_id": "X",
                "datum": date(2012, 12, 4),
                "uren": 8.0,
            }
        ]
        * 4,
    )
    return query(path, "select * from kandidaten(?) order by rang", ["CV"])


def test_kandidaten_hand_case(kandidaten):
    """CULT-DOR matches two terms but Dordrecht is at +40; HIA (-72) has to bring hours.
    Without free hours, PAP (0) goes before ALB (+32): rule 3 orders those too."""
    volgorde = [r["medewerker_id"] for r in kandidaten]
    assert volgorde == ["CULT-HIA", "CULT-DOR", "ONB-PAP", "VOL-ALB", "SPORT", "M-DOR"]
    eerste = kandidaten[0]
    assert eerste["expertise_match"] == 1
    assert eerste["vrije_uren_per_week"] == 20
    assert eerste["gemeente_prognose_uren"] == -72
    assert eerste["reden"] == (
        "expertise Cultuur · 20 vrije uren per week · Hendrik-Ido-Ambacht prognose -72 uur "
        "(moet nog brengen)"
    )
    vol = kandidaten[3]
    assert vol["vrije_uren_per_week"] == 0  # 8 available, 8 planned in CV's window
    assert "geen vrije uren" in vol["reden"]
    assert "beschikbaarheid onbekend" in kandidaten[2]["reden"]
    assert kandidaten[4]["reden"].startswith("geen passende expertise")


def test_kandidaten_of_an_unknown_opdracht_is_empty(module_warehouse, kandidaten):
    path = module_warehouse(medewerkers=[{"medewerker_id": "M", "gemeente": "DOR", "schaal": 9}])
    assert query(path, "select * from kandidaten(?)", ["BESTAAT-NIET"]) == []


@pytest.fixture(scope="module")
def leeg():
    return scratch([])


@pytest.mark.parametrize(
    ("term", "tekst", "past"),
    [
        ("zorg", "inkoop jeugdzorg", True),  # a compound part that is a word
        ("zorg", "de zorgverzekeraar", True),
        ("zorg", "veiligheidszorg", True),
        ("zorg", "zorgen voor draagvlak", False),  # a verb, not the expertise
        ("zorg", "zij zorgt en verzorgd", False),
        ("zorg", "zorgende ouders", False),
        ("sport", "sportaccommodaties", True),
        ("sport", "sporters", False),
        ("veiligheid", "veiligheidsbeleid", True),
        ("visie", "cultuurvisie", True),
        # a short rest counts when it is a word (warehouse/korte_woorden.txt)
        ("armoede", "de armoedeval doorbreken", True),
        ("beheer", "wegbeheer en groen", True),
        ("verkeer", "de verkeerswet", True),
        ("zorg", "zorgpad ouderen", True),
        ("zorg", "zij zorgden ervoor", False),  # endings that are also words: den, ten, end
        ("zorg", "zij zorgten", False),
        ("werk", "werkend leren", False),
        ("sport", "sporters", False),
        ("zorg", "verzorging", False),  # a prefix is no word: ver, ont, her
        ("zorg", "ontzorgen", False),
        ("armoede", "armoedeaal", False),  # a rare 3-letter rest is no word
    ],
)
def test_expertise_matches_whole_words_and_compound_parts(leeg, term, tekst, past):
    assert leeg.execute("select intern.term_in_tekst(?, ?)", [term, tekst]).fetchone()[0] is past
