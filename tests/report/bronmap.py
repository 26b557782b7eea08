"""A small real source folder for the report tests, loaded by the real `proeftuin etl`.

The figures are few enough to work out by hand: three opdrachten in 2012, one of which
serves two winstpunten, hours of two gemeenten, three evaluaties and four leerervaringen.
A test adds or replaces files (`extra`) before the load.
"""

from __future__ import annotations

from pathlib import Path

from tests.etl.helpers import write_csv
from tests.in_proces import run_in_process

MEDEWERKERS = [
    ["medewerker_id", "gemeente", "schaal", "naam"],
    ["M-DOR", "DOR", "11", "Anna"],
    ["M-ZWD", "ZWD", "10", "Bram"],
]
OPDRACHTEN = [
    [
        "opdracht_id",
        "titel",
        "soort_opdracht",
        "aanvrager",
        "begrote_uren",
        "status",
        "startdatum",
        "einddatum",
        "winstpunten",
        "akkoord_opdrachtgever",
        "opdrachtnemer",
    ],
    # PT-1 serves two winstpunten: its evaluaties are counted once, not twice
    ["PT-1", "Cultuurvisie", "lokaal", "ZWD", "100", "afgerond", "02-01-2012", "31-03-2012",
     "W1|W2", "ja", "M-DOR"],
    ["PT-2", "Drechtwerk", "regionaal", "REGIO", "200", "lopend", "02-01-2012", "31-12-2012",
     "W2", "", "M-ZWD"],
    ["PT-3", "Sportnota", "lokaal", "DOR", "50", "lopend", "01-02-2012", "30-06-2012",
     "W5", "", "M-ZWD"],
]  # fmt: skip
UREN = [
    ["medewerker_id", "opdracht_id", "datum", "uren"],
    ["M-DOR", "PT-1", "10-01-2012", "8"],
    ["M-DOR", "PT-1", "11-01-2012", "4"],
    ["M-ZWD", "PT-2", "12-01-2012", "6"],
    ["M-ZWD", "PT-3", "13-02-2012", "5"],
    ["M-ZWD", "PT-2", "10-05-2012", "2"],
]
EVALUATIES = [
    ["opdracht_id", "rol", "score_product", "score_proces", "datum", "toelichting"],
    ["PT-1", "bestuurlijk_opdrachtgever", "8", "7", "05-04-2012", "Heldere visie"],
    ["PT-1", "opdrachtnemer", "7", "6", "06-04-2012", ""],
    ["PT-3", "ambtelijk_opdrachtgever", "6", "8", "20-05-2012", ""],
]
LEERERVARINGEN = [
    ["datum", "soort", "omschrijving", "opdracht_id"],
    ["14-02-2012", "dilemma", "Twee colleges willen iets anders", "PT-2"],
    ["20-03-2012", "vraagpunt", "Wie bepaalt de lokale gebruiken?", "PT-1"],
    ["21-03-2012", "vraagpunt", "Wie tekent de evaluatie?", "PT-1"],
    ["10-04-2012", "conflict", "Twee opdrachtgevers, een medewerker", "PT-3"],
]
TARIEVEN = [
    ["schaal", "geldig_vanaf", "uurtarief_eur"],
    ["gemiddeld", "01-01-2012", "65,00"],
]


def schrijf_bronmap(map_: Path, extra: dict[str, list[list[str]]] | None = None) -> Path:
    """Write the folder (each CSV under its relative path; `extra` adds or replaces)."""
    bestanden = {
        "regio/opdrachten.csv": OPDRACHTEN,
        "regio/evaluaties.csv": EVALUATIES,
        "regio/leerervaringen.csv": LEERERVARINGEN,
        "regio/tarieven.csv": TARIEVEN,
        "dordrecht/medewerkers.csv": MEDEWERKERS,
        "dordrecht/uren_2012.csv": UREN,
    } | (extra or {})
    for pad, rijen in bestanden.items():
        write_csv(map_ / pad, rijen)
    return map_


def laad(bron: Path, warehouse: Path) -> Path:
    """`proeftuin etl` on `bron` (in this process); the run must succeed."""
    resultaat = run_in_process("etl", "--source", str(bron), "--warehouse", str(warehouse))
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    return warehouse
