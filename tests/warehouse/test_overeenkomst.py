"""combinatiekansen' similarity measured on a small labelled set of realistic opdrachten.

Each pair of different aanvragers is labelled: True when an MT member would put the two
on the agenda as one piece of work, False otherwise. The texts carry the noise the issue
found: "Nota beleid ..." about unrelated themes, process words every form uses
(actualiseren, evaluatie, inwoners betrekken), gemeente names, "zorgen voor".
"""

from __future__ import annotations

from itertools import combinations

import pytest

from warehouse.overeenkomst import Tekst, paren, splits

NAMEN = [
    "ALB", "Alblasserdam", "DOR", "Dordrecht", "HIA", "Hendrik-Ido-Ambacht",
    "PAP", "Papendrecht", "SLI", "Sliedrecht", "ZWD", "Zwijndrecht",
]  # fmt: skip
TEKSTEN = [
    Tekst("CV-ALB", "ALB", "Cultuurvisie Alblasserdam 2013-2016",
          "Stel een cultuurvisie op voor kunst, erfgoed en de bibliotheek. Een visie die de "
          "raad kan vaststellen."),
    Tekst("CV-PAP", "PAP", "Visie op cultuur Papendrecht",
          "Schrijf een visie op cultuur: kunsteducatie, erfgoed en de bibliotheek."),
    Tekst("NOTA-PARK", "DOR", "Nota beleid parkeren",
          "Actualiseren van het parkeerbeleid in de binnenstad. Evaluatie van het huidige "
          "beleid, inwoners en ondernemers betrekken. Zorgen voor een gedragen nota."),
    Tekst("NOTA-ARM", "SLI", "Nota beleid armoede",
          "Actualiseren van het armoedebeleid. Evaluatie van het huidige beleid, inwoners en "
          "maatschappelijke partners betrekken. Zorgen voor een gedragen nota."),
    Tekst("ARM-ZWD", "ZWD", "Armoedebestrijding en schuldhulpverlening",
          "Een aanpak van armoede en schulden voor minima: schuldhulpverlening, "
          "bijzondere bijstand en kindregelingen."),
    Tekst("SCHULD-HIA", "HIA", "Schuldhulpverlening voor minima",
          "Schuldhulpverlening en armoede: vroegsignalering van schulden bij minima."),
    Tekst("JEUGD-DOR", "DOR", "Inkoop jeugdzorg 2013",
          "Inkoop van jeugdzorg en jeugdhulp; contracten met zorgaanbieders evalueren."),
    Tekst("JEUGD-PAP", "PAP", "Jeugdhulp inkopen",
          "Regionale inkoop van jeugdhulp en jeugdzorg bij zorgaanbieders voorbereiden."),
    Tekst("SPORT-ALB", "ALB", "Sportaccommodaties Alblasserdam",
          "Onderzoek naar het onderhoud van sportaccommodaties en sportvelden."),
    Tekst("ZWEM-SLI", "SLI", "Zwembad Sliedrecht",
          "Exploitatie van het zwembad en het schoolzwemmen voor kinderen."),
    Tekst("GROEN-HIA", "HIA", "Groenbeleid Hendrik-Ido-Ambacht",
          "Actualiseren van het groenbeleid: bomen, plantsoenen en onderhoud van het groen. "
          "Inwoners betrekken."),
    Tekst("GROEN-ZWD", "ZWD", "Bomenbeleid en groenonderhoud",
          "Een bomenplan en het onderhoud van plantsoenen en groen in de wijken."),
    Tekst("WMO-ZWD", "ZWD", "Evaluatie Wmo",
          "Evaluatie van het huidige Wmo-beleid: huishoudelijke hulp en dagbesteding. "
          "Zorgen voor betere toegang."),
    Tekst("DOR-ZWEM", "DOR", "Zwemles Dordrecht",
          "Schoolzwemmen voor kinderen uit Dordrecht en Zwijndrecht."),
    Tekst("VAL-PAP", "PAP", "De armoedeval",
          "Waar levert werken minder op dan de bijstand? Schulden van werkende ouders."),
    Tekst("WEG-ALB", "ALB", "Wegbeheer Alblasserdam",
          "Een wegbeheerplan: asfalt, fietspaden en de bruggen."),
    Tekst("WEG-SLI", "SLI", "Beheer van wegen en bruggen",
          "Het beheer van de fietspaden en het asfalt; de wegen veilig houden."),
]  # fmt: skip
HOORT_BIJ_ELKAAR = {
    frozenset({"CV-ALB", "CV-PAP"}),
    frozenset({"ARM-ZWD", "SCHULD-HIA"}),
    frozenset({"JEUGD-DOR", "JEUGD-PAP"}),
    frozenset({"GROEN-HIA", "GROEN-ZWD"}),
    frozenset({"ZWEM-SLI", "DOR-ZWEM"}),
    frozenset({"VAL-PAP", "ARM-ZWD"}),  # armoede only as part of "armoedeval" in a title
    frozenset({"VAL-PAP", "SCHULD-HIA"}),
    frozenset({"WEG-ALB", "WEG-SLI"}),  # beheer only as part of "wegbeheer" in a title
}
"""The pairs an MT member would combine; every other pair of different aanvragers is
labelled False (among them the issue's "Nota beleid" pair and the shared 'zorgen voor')."""


def test_labelled_pairs_cover_every_pair_of_different_aanvragers():
    alle = {
        frozenset({a.opdracht_id, b.opdracht_id})
        for a, b in combinations(TEKSTEN, 2)
        if a.aanvrager != b.aanvrager
    }
    assert alle >= HOORT_BIJ_ELKAAR and len(alle) > 70  # a real negative set


def test_precision_and_recall_on_the_labelled_set():
    gevonden = {frozenset({p.opdracht_a, p.opdracht_b}) for p in paren(TEKSTEN, NAMEN)}
    goed = gevonden & HOORT_BIJ_ELKAAR
    precisie = len(goed) / len(gevonden) if gevonden else 1.0
    recall = len(goed) / len(HOORT_BIJ_ELKAAR)
    assert precisie == 1.0, f"paren die niet bij elkaar horen: {gevonden - HOORT_BIJ_ELKAAR}"
    assert recall >= 0.8, f"gemist: {HOORT_BIJ_ELKAAR - gevonden}"


def test_the_nota_beleid_pair_and_generic_words_never_pair():
    gevonden = {frozenset({p.opdracht_a, p.opdracht_b}): p for p in paren(TEKSTEN, NAMEN)}
    assert frozenset({"NOTA-PARK", "NOTA-ARM"}) not in gevonden
    for p in gevonden.values():
        assert not {"nota", "beleid", "zorgen", "actualiseren", "dordrecht"} & set(
            p.gedeelde_termen
        )


BEKEND = frozenset({"armoede", "beheer", "zorg", "sport", "werk", "jeugd", "cultuur", "visie"})


@pytest.mark.parametrize(
    ("woord", "delen"),
    [
        ("armoedeval", ("armoede", "val")),  # a short rest that is a word
        ("wegbeheer", ("weg", "beheer")),
        ("jeugdzorg", ("jeugd", "zorg")),
        ("cultuurvisie", ("cultuur", "visie")),
        ("zorgden", ("zorgden",)),  # endings that are also words stay one word
        ("zorgten", ("zorgten",)),
        ("sporters", ("sporters",)),
        ("werkend", ("werkend",)),
        ("verzorging", ("verzorging",)),  # a prefix is no part
        ("ontzorgen", ("ontzorgen",)),
        ("armoedeaal", ("armoedeaal",)),  # a rare 3-letter rest is no word
        ("erfgoed", ("erfgoed",)),  # a short word beside a generic one: no compound
    ],
)
def test_compound_parts_are_words_also_short_ones(woord, delen):
    assert splits(woord, BEKEND, {}) == delen
