"""Text similarity of open opdrachten, for `combinatiekansen` (computed at build time).

Why Python and not SQL: DuckDB's `fts` extension needs a download (not available offline),
and the Dutch specifics (stopwords, generic municipal words, gemeente names, compound
words: "cultuurvisie" vs "visie op cultuur") read far better as a few small functions
than as SQL. The work is proportional to the number of open opdrachten, not to the
registrations, so it costs the ETL next to nothing.

How a pair is scored:
1. the texts (titel, opdrachtformulering, doel, beoogd_resultaat) are split into words,
   lowercased and without accents; stopwords, generic words and gemeente names go;
2. a compound word is replaced by its parts when they are words of the corpus (or generic
   words) of at least 4 letters, or short Dutch words (`warehouse.woorden`): "cultuurvisie"
   -> cultuur + visie, "sportbeleid" -> sport, "armoedeval" -> armoede + val;
3. near-identical forms (visie/visies) are merged with rapidfuzz;
4. terms that occur in more than a quarter of the open opdrachten are dropped as the
   corpus's own generic words (at scale, what every form says);
5. `overeenkomst` is the weighted Dice coefficient of the two term sets, title terms
   counting double; a pair needs at least `MIN_GEDEELD` shared terms, `DREMPEL`, and a
   shared term in the title of at least one of them (a common theme, not only the
   wording of the forms: two "Nota beleid ..." about parking and poverty share process
   words, never a title term).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz, process

from warehouse.woorden import LENGTE, korte_woorden

DREMPEL = 0.2  # lowest overeenkomst that makes a pair
MIN_GEDEELD = 2  # one shared word is a coincidence, two is a theme
MIN_LENGTE = 3  # shorter words carry no content
MIN_DEEL = 4  # shortest part of a compound word, unless it is a short word (`korte_woorden`)
GELIJK = 88  # rapidfuzz ratio from which two forms are the same word (visie/visies)
Splitsingen = dict[str, tuple[str, ...] | None]
"""Word -> its known parts (None: no split), shared by all texts of one `paren` call."""


def _lijst(woorden: str) -> frozenset[str]:
    """A word list written as running text (one set per kind of word)."""
    return frozenset(woorden.split())


STOPWOORDEN = _lijst(
    """
    aan al alle alles als altijd andere ben bij binnen dan dat de deze die dit doen door
    dus een eens en er ge geen geweest had heb hebben heeft het hier hij hoe hun iets ik
    in is ja je kan komen kon kunnen maar me meer men met mij mijn moet na naar niet niets
    nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van
    veel voor waar waren was wat we wel welk welke werd wie wij wil worden wordt zal ze zelf
    zich zij zijn zo zoals zonder zou zullen daar daarbij daarmee daarom daarvoor dient
    hierbij hiervoor waarbij waarmee waarin waarop samen onze eigen elk elke ieder iedere
    per via tussen sinds zowel zodat vanuit welke wanneer verder ander tijdens namens
    twee drie vier vijf zes zeven acht negen tien elf twaalf honderd duizend
    """
)
# Words every opdrachtformulier uses: sharing them says nothing about the content.
GENERIEK = _lijst(
    """
    beleid beleids beleidsnota beleidsplan nota notitie gemeente gemeenten gemeentelijk
    gemeentelijke opdracht opdrachten opdrachtgever opdrachtnemer college colleges raad
    gemeenteraad raden plan plannen advies adviezen uitvoering project projecten proeftuin
    regio regionaal regionale lokaal lokale jaar jaren nieuw nieuwe nieuwbouw opstellen
    maken komen brengen vaststellen vastgesteld voorstel voorstellen kader kaders
    document rapport rapportage resultaat resultaten doel doelen aanpak organisatie
    ambtelijk ambtelijke bestuurlijk bestuurlijke wethouder wethouders burgemeester
    inwoners partners partijen ontwikkelen ontwikkeling uitwerken uitwerking betrokken
    betrokkenen overleg afspraken gezamenlijk gezamenlijke goed goede eerste tweede
    starten zorgen leveren geven houden stellen werken lagere hogere betere minder
    actualiseren actualisatie actualisering evaluatie evaluaties evalueren geevalueerd
    huidige huidig bestaande betrekken betrokkenheid gedragen draagvlak onderzoek
    onderzoeken inventarisatie inventariseren schrijven voorbereiden voorbereiding
    maatschappelijke maatschappelijk kaderstellend herijking herijken visiedocument
    """
)
# A term in more than this share of the open opdrachten (and in at least `MIN_ALGEMEEN` of
# them) says as little as a generic word: the corpus's own generic words.
ALGEMEEN_AANDEEL = 0.25
MIN_ALGEMEEN = 4
# Gemeente names beyond those of the `gemeenten` table (which are added at run time).
STREEK = frozenset({"drechtsteden", "drechtstad", "zuid", "holland", "zhz"})


@dataclass(frozen=True)
class Tekst:
    """One open opdracht's text, as read from the warehouse."""

    opdracht_id: str
    aanvrager: str
    titel: str
    inhoud: str  # opdrachtformulering, doel and beoogd_resultaat together


@dataclass(frozen=True)
class Paar:
    """Two opdrachten (a < b) worth combining."""

    opdracht_a: str
    opdracht_b: str
    overeenkomst: float
    gedeelde_termen: list[str]


def woorden(tekst: str | None) -> list[str]:
    """Lowercase words without accents ('Één cultuurvisie!' -> ['een', 'cultuurvisie'])."""
    if not tekst:
        return []
    plat = unicodedata.normalize("NFKD", tekst.lower()).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z]+", plat)


def namen_woorden(namen: Iterable[str]) -> frozenset[str]:
    """Every word of the gemeente names and codes ('Hendrik-Ido-Ambacht' -> hendrik, ido,
    ambacht), plus the region's own names."""
    return STREEK | {w for naam in namen for w in woorden(naam)}


def _betekenisvol(woord: str, weg: frozenset[str]) -> bool:
    return len(woord) >= MIN_LENGTE and woord not in STOPWOORDEN and woord not in weg


def splits(woord: str, bekend: frozenset[str], memo: Splitsingen) -> tuple[str, ...]:
    """A compound word's parts when both are known words (a linking s or e may sit
    between them): 'cultuurvisie' -> ('cultuur', 'visie'), 'armoedeval' -> ('armoede',
    'val'); else the word itself. `memo` keeps every tail already tried, for all words of
    one set of texts."""
    if len(woord) < MIN_DEEL + LENGTE:
        return (woord,)
    gevonden = _gesplitst(woord, bekend, memo)
    return gevonden if gevonden and len(gevonden) > 1 else (woord,)


def _gesplitst(w: str, bekend: frozenset[str], memo: Splitsingen) -> tuple[str, ...] | None:
    if w not in memo:
        memo[w] = _zoek_splitsing(w, bekend, memo)
    return memo[w]


def _woord(deel: str, bekend: frozenset[str]) -> bool:
    """A part that is a word on its own: a known word (4 letters or more) or a short word."""
    return deel in bekend or deel in korte_woorden()


def _zoek_splitsing(w: str, bekend: frozenset[str], memo: Splitsingen) -> tuple[str, ...] | None:
    for i in range(LENGTE, len(w) - LENGTE + 1):
        links, rechts = w[:i], w[i:]
        koppen = [links]
        if links[-1] in "se" and len(links) > MIN_DEEL:
            koppen.append(links[:-1])  # veiligheids-, -e- in scholengemeenschap
        for kop in koppen:
            if _woord(kop, bekend) and kop not in STOPWOORDEN:
                staart = (rechts,) if _woord(rechts, bekend) else _gesplitst(rechts, bekend, memo)
                if staart is not None and not _kort_bij_generiek((kop, *staart)):
                    return (kop, *staart)
    return None


def _kort_bij_generiek(delen: tuple[str, ...]) -> bool:
    """A short word beside a generic one ("erf|goed", "net|werken") is no compound worth
    splitting: the word stays whole, as an MT member reads it."""
    return any(len(d) == LENGTE for d in delen) and any(d in GENERIEK for d in delen)


def termen_van(
    tekst: Tekst, bekend: frozenset[str], weg: frozenset[str], memo: Splitsingen
) -> dict[str, float]:
    """Term -> weight (2 when it occurs in the title, else 1), compounds split."""
    gewichten: dict[str, float] = {}
    for veld, gewicht in ((tekst.inhoud, 1.0), (tekst.titel, 2.0)):
        for woord in woorden(veld):
            for deel in splits(woord, bekend, memo):
                if _betekenisvol(deel, weg):
                    gewichten[deel] = max(gewichten.get(deel, 0.0), gewicht)
    return gewichten


def _samenvoegen(termen: list[dict[str, float]]) -> list[dict[str, float]]:
    """Merge near-identical forms over all texts onto one spelling (the shortest)."""
    canon: dict[str, str] = {}
    vormen: list[str] = []
    for woord in sorted({w for t in termen for w in t}, key=lambda w: (len(w), w)):
        gelijk = process.extractOne(woord, vormen, scorer=fuzz.ratio, score_cutoff=GELIJK)
        if gelijk is not None and woord[:MIN_LENGTE] == gelijk[0][:MIN_LENGTE]:
            canon[woord] = gelijk[0]
        else:
            canon[woord] = woord
            vormen.append(woord)
    uit = []
    for t in termen:
        samen: dict[str, float] = {}
        for woord, gewicht in t.items():
            samen[canon[woord]] = max(samen.get(canon[woord], 0.0), gewicht)
        uit.append(samen)
    return uit


def _zonder_algemeen(termen: list[dict[str, float]]) -> list[dict[str, float]]:
    """Drop the terms that more than `ALGEMEEN_AANDEEL` of the texts use (at least
    `MIN_ALGEMEEN` texts, so a handful of opdrachten keeps every term)."""
    tellen: dict[str, int] = {}
    for t in termen:
        for w in t:
            tellen[w] = tellen.get(w, 0) + 1
    grens = max(MIN_ALGEMEEN, ALGEMEEN_AANDEEL * len(termen))
    return [{w: g for w, g in t.items() if tellen[w] <= grens} for t in termen]


def overeenkomst(a: dict[str, float], b: dict[str, float]) -> tuple[float, list[str]]:
    """Weighted Dice coefficient of two term sets, and the shared terms (heaviest first)."""
    gedeeld = sorted(set(a) & set(b), key=lambda w: (-(a[w] + b[w]), w))
    totaal = sum(a.values()) + sum(b.values())
    score = sum(a[w] + b[w] for w in gedeeld) / totaal if totaal else 0.0
    return score, gedeeld


def paren(teksten: list[Tekst], gemeente_namen: Iterable[str]) -> list[Paar]:
    """Every pair of different aanvragers similar enough to combine, best first."""
    weg = GENERIEK | namen_woorden(gemeente_namen)
    alle_woorden = [w for t in teksten for w in woorden(f"{t.titel} {t.inhoud}")]
    bekend = frozenset(w for w in alle_woorden if len(w) >= MIN_DEEL) | GENERIEK
    memo: Splitsingen = {}
    termen = _zonder_algemeen(_samenvoegen([termen_van(t, bekend, weg, memo) for t in teksten]))
    uit = []
    for (ta, a), (tb, b) in combinations(zip(teksten, termen, strict=True), 2):
        if ta.aanvrager == tb.aanvrager:
            continue
        score, gedeeld = overeenkomst(a, b)
        thema = any(max(a[w], b[w]) > 1 for w in gedeeld)  # in a title
        if score >= DREMPEL and len(gedeeld) >= MIN_GEDEELD and thema:
            eerste, tweede = sorted((ta.opdracht_id, tb.opdracht_id))
            uit.append(Paar(eerste, tweede, score, gedeeld))
    return sorted(uit, key=lambda p: (-p.overeenkomst, p.opdracht_a, p.opdracht_b))
