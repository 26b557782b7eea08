"""Short Dutch words that may be one part of a compound word ("armoede|val", "weg|beheer").

Why: a compound part counts as an expertise term (`intern.term_in_tekst`) or as a term of
`combinatiekansen` (`warehouse.overeenkomst.splits`) only when the rest of the word is a
word too. A rest of 4 letters or more counts as such (as before); a rest of 3 letters
counts only when it is in `korte_woorden()`: the 3-letter words that wordfreq's Dutch list
knows as common (Zipf frequency at least `MIN_ZIPF`: about 3 in a million words or more),
without the endings, prefixes and function words of Dutch that are 3 letters long too.
So "armoedeval" holds "armoede" and "wegbeheer" holds "beheer", while "zorgden",
"sporters", "werkend" and "verzorgd" do not hold "zorg", "sport" or "werk". wordfreq has no
part of speech; leaving out the closed classes (suffixes, prefixes, function words) is
what keeps the verb forms out, and 2-letter rests ("en", "er", "st", "te") never count.

The list is taken from wordfreq once, by `python -m warehouse.woorden`, into
`korte_woorden.txt` beside this module (loading wordfreq's Dutch list costs most of a
second, too much for every ETL run); `tests/warehouse/test_woorden.py` checks that the file
is what wordfreq gives. The same set is written to `intern.korte_woorden` at build time,
so the SQL macro and the Python split decide alike.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import duckdb

BESTAND = Path(__file__).with_name("korte_woorden.txt")
TAAL = "nl"
LENGTE = 3  # a shorter rest is an ending ("en", "t"); a longer one counts as it is
MIN_ZIPF = 3.5  # below: rare words and fragments ("aal", "ief", "ige", "ent", "sel")
# Dutch 3-letter endings and prefixes that wordfreq also counts as words: a rest that is
# one of these is an inflection or a derivation, never a second word of a compound.
AFFIXEN = frozenset(
    {
        *("den", "ten", "der", "ter", "end", "ene", "ere", "nen", "ers", "ing"),
        *("ist", "ier", "ste", "tje", "tie", "age", "eur", "sen"),
        *("ver", "her", "ont", "mis", "oer", "wan"),
    }
)
# Function words of 3 letters (pronouns, articles, prepositions, auxiliaries, adverbs):
# "uit|voering", "toe|zicht", "wel|zijn" are words of their own, not compounds of these.
FUNCTIEWOORDEN = frozenset(
    {
        *("aan", "als", "bij", "dan", "dat", "des", "die", "dit", "een", "elk", "het"),
        *("hem", "hen", "hij", "hoe", "hun", "jij", "jou", "men", "met", "mij", "nog"),
        *("ons", "ook", "per", "tot", "uit", "van", "via", "wat", "wel", "wie", "wij"),
        *("zal", "zij", "zou", "mee", "toe", "nee", "ben", "heb", "had", "kan", "kon"),
        *("mag", "wil", "was", "zag", "zei", "kun", "doe", "zie", "hou", "gij", "jee"),
        *("hoi", "nou", "tja", "ach", "och", "wou", "zat"),
    }
)


def uit_wordfreq() -> list[str]:
    """The short words as wordfreq gives them now, sorted (for `korte_woorden.txt`)."""
    from wordfreq import get_frequency_list  # only here: a second to load, see above

    # wordfreq's list is in buckets of one centibel: bucket i holds Zipf 9 - i / 100.
    buckets = get_frequency_list(TAAL)[: round((9 - MIN_ZIPF) * 100) + 1]
    woorden = {
        w for bucket in buckets for w in bucket if len(w) == LENGTE and w.isascii() and w.isalpha()
    }
    return sorted(woorden - AFFIXEN - FUNCTIEWOORDEN)


@cache
def korte_woorden() -> frozenset[str]:
    """The 3-letter words a compound part may stand beside (see the module's docstring)."""
    return frozenset(BESTAND.read_text(encoding="utf-8").split())


def schrijf_korte_woorden(con: duckdb.DuckDBPyConnection) -> None:
    """Fill `intern.korte_woorden` (created empty by `sql/schema`) for the SQL side."""
    con.execute(
        "insert into intern.korte_woorden select unnest(?::varchar[])",
        [sorted(korte_woorden())],
    )


if __name__ == "__main__":
    BESTAND.write_text("\n".join(uit_wordfreq()) + "\n", encoding="utf-8")
