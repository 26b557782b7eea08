"""The Werkvoorraad list's search, ordering and names (`dashboard.werklijst`)."""

from __future__ import annotations

import polars as pl
import pytest

from dashboard import werklijst

LIJST = pl.DataFrame(
    {
        "opdracht_id": ["PT-07", "PT-17", "PT-70", "PT-08"],
        "titel": ["Duurzaamheid", "Café en cultuur", "Wonen", "Sport"],
        "opdrachtformulering": [None, "Een visie op het uitgaansleven.", None, None],
        "profiel_opdrachtnemer": [None, None, "Kennis van de Woningwet", "Één van ons"],
        "status": ["lopend", "aangemeld", "geannuleerd", "lopend"],
        "zonder_opdrachtnemer": [False, True, True, False],
        "resterende_uren": [10.0, 80.0, 200.0, None],
        "aanvrager": ["DOR", "REGIO", "ALB", "XYZ"],
    }
).with_columns(
    pl.lit(None, pl.String).alias(k)
    for k in werklijst.ZOEKVELDEN[2:]
    if k not in ("opdrachtformulering", "profiel_opdrachtnemer")
)


def gevonden(zoek: str) -> list[str]:
    voorwaarde = werklijst.zoek_voorwaarde(zoek)
    frame = LIJST if voorwaarde is None else LIJST.filter(voorwaarde)
    return frame.get_column("opdracht_id").to_list()


@pytest.mark.parametrize(
    ("zoek", "verwacht"),
    [
        ("PT-7", ["PT-07", "PT-70"]),  # without the leading zero (and PT-70 starts the same)
        ("pt-07", ["PT-07", "PT-70"]),
        ("PT-17", ["PT-17"]),
        ("cafe", ["PT-17"]),  # accents forgiven both ways
        ("CAFÉ", ["PT-17"]),
        ("uitgaansleven", ["PT-17"]),  # the formulier's texts, not only the title
        ("woningwet", ["PT-70"]),
        ("een van ons", ["PT-08"]),  # every word, anywhere
        ("sport wonen", []),
        ("   ", ["PT-07", "PT-17", "PT-70", "PT-08"]),
    ],
)
def test_search_forgives_case_accents_and_leading_zeros(zoek, verwacht):
    assert gevonden(zoek) == verwacht


def test_orderings_put_work_that_needs_someone_first():
    eerst = werklijst.sorteer(LIJST, "zonder_eerst")["opdracht_id"].to_list()
    # PT-17 is open without opdrachtnemer; PT-70 has none but is cancelled
    assert eerst == ["PT-17", "PT-07", "PT-08", "PT-70"]
    assert werklijst.sorteer(LIJST, "nummer")["opdracht_id"].to_list() == [
        "PT-07",
        "PT-08",
        "PT-17",
        "PT-70",
    ]
    assert werklijst.sorteer(LIJST, "meeste_uren")["opdracht_id"].to_list() == [
        "PT-70",
        "PT-17",
        "PT-07",
        "PT-08",
    ]


def test_names_not_codes_and_a_marker_not_only_colour():
    namen = {"DOR": "Dordrecht", "ALB": "Alblasserdam"}
    getoond = werklijst.lijst(LIJST, namen)
    assert getoond["gemeente"].to_list() == [
        "Dordrecht",
        "Regio Drechtsteden",
        "Alblasserdam",
        "XYZ",
    ]
    assert getoond["nummer"].to_list() == ["PT-07", "⚠ PT-17", "PT-70", "PT-08"]
