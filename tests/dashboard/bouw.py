"""A tiny, readable warehouse for the dashboard tests, and running the app on it.

`bouw_warehouse(path, extra_uren)` writes four opdrachten from the plan and a handful of
registrations; `extra_uren` adds a registration so a second build gives other figures.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import polars as pl
from streamlit.testing.v1 import AppTest

from warehouse.build import RunInfo, WarehouseData, build_warehouse

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
LIJST = pl.List(pl.String)


def _frame(rijen: list[dict], schema: dict | None = None) -> pl.DataFrame:
    frame = pl.DataFrame(rijen, schema_overrides=schema, strict=False)
    return frame.with_columns(
        pl.lit("test.csv").alias("bestand"), pl.int_range(2, frame.height + 2).alias("regel")
    )


def _opdracht(
    opdracht_id: str, titel: str, soort: str, aanvrager: str, begroot: float, status: str, **velden
) -> dict:
    basis = dict.fromkeys(
        [
            "fase",
            "type_werk",
            "bestuurlijk_opdrachtgever",
            "ambtelijk_opdrachtgever",
            "opdrachtnemer",
            "opdrachtformulering",
            "achtergrond",
            "doel",
            "beoogd_resultaat",
            "motivatie",
            "profiel_opdrachtnemer",
            "lokale_gebruiken",
            "budget_eur",
            "startdatum",
            "einddatum",
            "akkoord_opdrachtgever",
        ]
    ) | {"winst": [], "winstpunten": [], "samengevoegd_uit": []}
    return (
        basis
        | {
            "opdracht_id": opdracht_id,
            "titel": titel,
            "soort_opdracht": soort,
            "aanvrager": aanvrager,
            "begrote_uren": begroot,
            "status": status,
        }
        | velden
    )


def bouw_warehouse(path: Path, extra_uren: float = 0.0) -> Path:
    gemeenten = pl.DataFrame(
        {
            "code": ["ALB", "DOR", "HIA", "PAP", "SLI", "ZWD"],
            "naam": [
                "Alblasserdam",
                "Dordrecht",
                "Hendrik-Ido-Ambacht",
                "Papendrecht",
                "Sliedrecht",
                "Zwijndrecht",
            ],
        }
    )
    medewerkers = _frame(
        [
            {"medewerker_id": "M1", "gemeente": "PAP", "schaal": 11, "naam": "Piet Pieters"},
            {"medewerker_id": "M2", "gemeente": "DOR", "schaal": 10, "naam": "Door Dijkstra"},
        ]
    )
    opdrachten = _frame(
        [
            _opdracht(
                "P1",
                "Cultuurvisie Alblasserdam",
                "lokaal",
                "ALB",
                200,
                "afgerond",
                fase="plan",
                opdrachtnemer="M2",
                akkoord_opdrachtgever=True,
                startdatum=date(2012, 1, 15),
                einddatum=date(2012, 5, 31),
                bestuurlijk_opdrachtgever="Wethouder cultuur Alblasserdam",
                opdrachtformulering="Schrijf een nieuwe cultuurvisie.",
                doel="Een vastgestelde cultuurvisie.",
                lokale_gebruiken="Raadsvoorstellen via de griffie.",
                winst=["inhoudelijk"],
                winstpunten=["W1", "W5"],
            ),
            _opdracht(
                "P2",
                "Zwembad nota HIA Zwijndrecht",
                "meervoudig_lokaal",
                "HIA",
                150,
                "lopend",
                fase="plan",
                opdrachtnemer="M1",
                startdatum=date(2012, 3, 1),
                winst=["financieel"],
                winstpunten=["W4"],
            ),
            _opdracht(
                "P3",
                "Duurzaamheid",
                "ondersteuning",
                "DOR",
                240,
                "aangemeld",
                fase="doe",
                winst=["kwaliteit"],
                winstpunten=["W7"],
            ),
            _opdracht("P4", "Sportnota Sliedrecht", "lokaal", "SLI", 200, "geannuleerd"),
        ],
        {
            "winst": LIJST,
            "winstpunten": LIJST,
            "samengevoegd_uit": LIJST,
            "budget_eur": pl.Float64,
            "akkoord_opdrachtgever": pl.Boolean,
        },
    )
    uren = [
        ("M2", "P1", date(2012, 2, 10), 8.0),
        ("M2", "P1", date(2012, 4, 10), 6.5),
        ("M1", "P2", date(2012, 5, 2), 5.0),
    ]
    if extra_uren:
        uren.append(("M1", "P2", date(2012, 6, 28), extra_uren))
    tabellen = {
        "gemeenten": gemeenten,
        "medewerkers": medewerkers,
        "opdrachten": opdrachten,
        "deelnemers": _frame(
            [{"opdracht_id": "P2", "gemeente": g, "aandeel": 0.5} for g in ("HIA", "ZWD")]
        ),
        "uren": _frame(
            [
                {
                    "registratie_id": f"R{i}",
                    "medewerker_id": m,
                    "opdracht_id": o,
                    "datum": d,
                    "uren": u,
                }
                for i, (m, o, d, u) in enumerate(uren)
            ]
        ),
        "tarieven": _frame(
            [{"schaal": "gemiddeld", "geldig_vanaf": date(2012, 1, 1), "uurtarief_eur": 60.0}]
        ),
        "geldinbreng": _frame(
            [{"gemeente": "SLI", "datum": date(2012, 3, 1), "bedrag_eur": 600.0}]
        ),
        "evaluaties": _frame(
            [
                {
                    "opdracht_id": "P1",
                    "rol": "bestuurlijk_opdrachtgever",
                    "score_product": 8,
                    "score_proces": 7,
                }
            ]
        ),
    }
    bestanden = pl.DataFrame(
        {
            "bestand": ["dordrecht/uren.csv", "regio/opdrachten.xlsx"],
            "soort": ["uren", "opdrachten"],
            "rijen_gelezen": [4, 4],
            "rijen_geladen": [3, 4],
            "rijen_afgekeurd": [1, 0],
            "opmerking": [None, None],
        }
    )
    afgekeurd = pl.DataFrame(
        {
            "bestand": ["dordrecht/uren.csv"],
            "regel": [5],
            "reden": ["uren moet groter dan 0 zijn en hoogstens 24"],
        }
    )
    build_warehouse(
        path,
        WarehouseData(tabellen, bestanden, afgekeurd),
        RunInfo(gestart_op=datetime(2013, 1, 2, 9, 30), bron="testbron", strikt=False),
    )
    return path


def app(pagina: str | None = None) -> AppTest:
    """Run the app (optionally switched to `pagina`, e.g. 'pages/urenbalans.py')."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    if pagina:
        at.switch_page(pagina)
        at.run()
    return at
