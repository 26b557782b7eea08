"""The short words of compound words: taken from wordfreq, the same in SQL and Python."""

from __future__ import annotations

from tests.sql.helpers import scratch
from warehouse.woorden import AFFIXEN, FUNCTIEWOORDEN, korte_woorden, uit_wordfreq


def test_the_file_is_what_wordfreq_gives():
    """`python -m warehouse.woorden` rewrites it after a wordfreq release changes it."""
    assert sorted(korte_woorden()) == uit_wordfreq()


def test_the_short_words_hold_nouns_and_no_endings_or_prefixes():
    kort = korte_woorden()
    assert {"val", "wet", "weg", "dak", "bus", "kas", "erf"} <= kort
    assert not kort & (AFFIXEN | FUNCTIEWOORDEN)
    assert all(len(w) == 3 for w in kort)


def test_the_warehouse_holds_the_same_words():
    con = scratch([])
    rijen = con.execute("select woord from intern.korte_woorden order by woord").fetchall()
    assert [w for (w,) in rijen] == sorted(korte_woorden())
