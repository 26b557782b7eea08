"""A folder of nasty real-world exports loads with every row accounted for (see nasty.py)."""

from __future__ import annotations

import math

import pytest

from tests.etl import nasty


@pytest.fixture
def nasty_run(tmp_path, etl):
    folder = tmp_path / "bron"
    expected = nasty.build(folder)
    return expected, etl(folder)


def test_every_file_is_accounted_for(nasty_run, query):
    expected, _ = nasty_run
    log = {
        row[0]: row[1:]
        for row in query(
            "select bestand, soort, rijen_gelezen, rijen_geladen, rijen_afgekeurd "
            "from etl_bestanden_log"
        )
    }
    assert sorted(log) == sorted(expected)
    for bestand, exp in expected.items():
        soort, gelezen, geladen, afgekeurd = log[bestand]
        rejected_rows = len([r for r in exp.afgekeurd if r is not None])
        assert (soort, gelezen, geladen, afgekeurd) == (
            exp.soort,
            exp.gelezen,
            exp.geladen,
            rejected_rows,
        ), bestand
        assert gelezen == geladen + afgekeurd, bestand


def test_every_rejection_has_file_line_and_dutch_reason(nasty_run):
    expected, outcome = nasty_run
    got: dict[str, dict[int | None, str]] = {}
    for bestand, regel, reden in outcome.afgekeurd.select("bestand", "regel", "reden").rows():
        assert regel not in got.setdefault(bestand, {}), (bestand, regel)
        got[bestand][regel] = reden
    assert sorted(got) == sorted(b for b, e in expected.items() if e.afgekeurd)
    for bestand, exp in expected.items():
        lines = got.get(bestand, {})
        assert sorted(lines, key=str) == sorted(exp.afgekeurd, key=str), bestand
        for regel, fragment in exp.afgekeurd.items():
            assert fragment in lines[regel], (bestand, regel, lines[regel])


def test_nothing_silently_dropped(nasty_run, query):
    """Data rows written = rows read, or the file is rejected as a whole (and says so)."""
    expected, _ = nasty_run
    for bestand, exp in expected.items():
        written = exp.gelezen if exp.data_rows is None else exp.data_rows
        if exp.gelezen != written:
            assert None in exp.afgekeurd, bestand
    accounted = query(
        "select sum(rijen_gelezen), sum(rijen_geladen) + sum(rijen_afgekeurd) "
        "from etl_bestanden_log"
    )
    assert accounted[0][0] == accounted[0][1] == sum(e.gelezen for e in expected.values())


def test_loaded_hours_are_the_good_rows(nasty_run, query):
    loaded = query("select bestand, uren from uren order by bestand, regel")
    good = sorted(nasty.GOOD_HOURS, key=lambda r: r[0])
    assert [b for b, _ in loaded] == [b for b, _ in good]
    assert all(math.isclose(a, b) for (_, a), (_, b) in zip(loaded, good, strict=True))
    total = query("select sum(uren) from uren")[0][0]
    assert math.isclose(total, sum(h for _, h in nasty.GOOD_HOURS))


def test_amounts_numbers_dates_and_booleans(nasty_run, query):
    assert [a for (a,) in query("select bedrag_eur from geldinbreng order by bestand, regel")] == (
        nasty.GOOD_AMOUNTS
    )
    assert query(
        "select opdracht_id, titel, begrote_uren, akkoord_opdrachtgever, doel, aanvrager "
        "from opdrachten order by regel"
    ) == [
        (
            "PT-1",
            "Cultuurvisie; fase 1",
            1200.0,
            True,
            'Een "echte" visie\nover twee regels',
            "HIA",
        ),
        ("PT-2", "Drechtwerk", 1234.5, False, None, "REGIO"),
        ("PT-3", "Vervallen", 10.0, True, None, "PAP"),
        ("PT-4", "Jeugd", 7.5, False, "a;b", "REGIO"),
    ]
    assert query("select medewerker_id, naam, schaal from medewerkers order by regel") == [
        ("M-1", "René Aïssa", 11),
        ("M-2", "Zoë Brëmer", 10),
        ("M-3", "François Ëlberg", 8),
    ]
    assert query(
        "select omschrijving from uren where bestand = 'dordrecht/Uren Q1 2012.CSV' and regel = 2"
    ) == [('café; "overleg"\nmet de wethouder',)]
