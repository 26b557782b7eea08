"""combinatiekansen: similar open opdrachten of different gemeenten pair up; noise does not."""

from __future__ import annotations

import pytest

from tests.sql.helpers import medewerkers_per_gemeente, opdracht, query

OPDRACHTEN = [
    opdracht(
        "CV-ALB",
        "lokaal",
        "ALB",
        titel="Cultuurvisie Alblasserdam 2013-2016",
        status="aangemeld",
        opdrachtformulering="Stel een cultuurvisie op voor kunst, erfgoed en bibliotheek.",
        doel="Een cultuurvisie die de raad kan vaststellen.",
    ),
    opdracht(
        "CV-PAP",
        "lokaal",
        "PAP",
        titel="Visie op cultuur Papendrecht",
        status="geaccepteerd",
        opdrachtformulering="Schrijf een visie op cultuur: kunsteducatie, erfgoed en de "
        "bibliotheek in Papendrecht.",
        doel="Culturele visies bundelen.",
    ),
    # share only the gemeente name Dordrecht with each other
    opdracht(
        "DOR-A",
        "lokaal",
        "DOR",
        titel="Parkeren Dordrecht",
        status="aangemeld",
        opdrachtformulering="Parkeertarieven in de binnenstad van Dordrecht.",
    ),
    opdracht(
        "DOR-B",
        "lokaal",
        "ZWD",
        titel="Zwemles Dordrecht en Zwijndrecht",
        status="aangemeld",
        opdrachtformulering="Schoolzwemmen voor kinderen uit Dordrecht.",
    ),
    # share only "nota beleid" (generic words) and stopwords
    opdracht(
        "NOTA-1",
        "lokaal",
        "HIA",
        titel="Nota beleid",
        status="aangemeld",
        opdrachtformulering="Een nota over het beleid van de gemeente voor de raad.",
    ),
    opdracht(
        "NOTA-2",
        "lokaal",
        "SLI",
        titel="Nota beleid",
        status="lopend",
        opdrachtformulering="De nota met het beleid van de gemeente en het college.",
    ),
    # same aanvrager as CV-ALB, and a closed one: never paired
    opdracht(
        "CV-ALB2",
        "lokaal",
        "ALB",
        titel="Cultuurvisie Alblasserdam deel 2",
        status="aangemeld",
        opdrachtformulering="Vervolg cultuurvisie kunst en erfgoed.",
    ),
    opdracht(
        "CV-SLI",
        "lokaal",
        "SLI",
        titel="Cultuurvisie Sliedrecht",
        status="afgerond",
        opdrachtformulering="Cultuurvisie voor kunst en erfgoed.",
    ),
]


@pytest.fixture(scope="module")
def kansen(module_warehouse) -> list[dict]:
    path = module_warehouse(medewerkers=medewerkers_per_gemeente(), opdrachten=OPDRACHTEN)
    return query(path, "select * from combinatiekansen")


def test_the_two_cultuurvisies_pair_up(kansen):
    paren = {(r["opdracht_a"], r["opdracht_b"]): r for r in kansen}
    paar = paren["CV-ALB", "CV-PAP"]
    assert {"cultuur", "visie", "erfgoed"} <= set(paar["gedeelde_termen"])
    assert 0 < paar["overeenkomst"] <= 1
    assert (paar["titel_a"], paar["aanvrager_b"]) == ("Cultuurvisie Alblasserdam 2013-2016", "PAP")
    assert paar["begrote_uren_a"] == 100
    assert ("CV-ALB2", "CV-PAP") in paren  # a pair once, the lower id first (grain line)
    assert ("CV-PAP", "CV-ALB2") not in paren


def test_gemeente_names_generic_words_same_aanvrager_and_closed_make_no_pair(kansen):
    ids = {(r["opdracht_a"], r["opdracht_b"]) for r in kansen}
    assert ("DOR-A", "DOR-B") not in ids
    assert ("NOTA-1", "NOTA-2") not in ids
    assert ("CV-ALB", "CV-ALB2") not in ids
    assert not any("CV-SLI" in paar for paar in ids)
    for r in kansen:
        assert r["aanvrager_a"] != r["aanvrager_b"] and r["opdracht_a"] < r["opdracht_b"]
        assert not {"dordrecht", "nota", "beleid", "gemeente", "de"} & set(r["gedeelde_termen"])


def test_ordered_by_overeenkomst(kansen):
    scores = [r["overeenkomst"] for r in kansen]
    assert scores == sorted(scores, reverse=True) and scores
