"""A tiny, readable warehouse for the dashboard tests, and running the app on it.

`bouw_warehouse(path, extra_uren)` writes four opdrachten from the plan and a handful of
registrations; `extra_uren` adds a registration (on `extra_datum`) so a second build gives
other figures; `extra_opdrachten` adds opdrachten for the test that needs them.
The rows are typed and built exactly as the SQL tests build theirs (`tests.sql.helpers`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard import tabbladen
from tests.sql.helpers import bouw, opdracht

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"

OPDRACHTEN = [
    opdracht(
        "P1",
        "lokaal",
        "ALB",
        titel="Cultuurvisie Alblasserdam",
        begrote_uren=200.0,
        status="afgerond",
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
    opdracht(
        "P2",
        "meervoudig_lokaal",
        "HIA",
        titel="Zwembad nota HIA Zwijndrecht",
        begrote_uren=150.0,
        fase="plan",
        opdrachtnemer="M1",
        startdatum=date(2012, 3, 1),
        winst=["financieel"],
        winstpunten=["W4"],
    ),
    opdracht(
        "P3",
        "ondersteuning",
        "DOR",
        titel="Duurzaamheid",
        begrote_uren=240.0,
        status="aangemeld",
        fase="doe",
        winst=["kwaliteit"],
        winstpunten=["W7"],
    ),
    opdracht(
        "P4",
        "lokaal",
        "SLI",
        titel="Sportnota Sliedrecht",
        begrote_uren=200.0,
        status="geannuleerd",
    ),
]

# Two in K1 and two in K2, so the Tussenstand's counts change with the chosen quarter.
LEERERVARINGEN = [
    (date(2012, 2, 14), "dilemma", "Wie betaalt de reiskosten naar Dordrecht?", "P1"),
    (date(2012, 3, 20), "vraagpunt", "Telt voorbereidend overleg als opdrachturen?", None),
    (date(2012, 5, 8), "conflict", "Twee gemeenten willen dezelfde medewerker.", "P2"),
    (date(2012, 6, 12), "dilemma", "Lokale gebruiken of een regionale aanpak?", "P2"),
]


def bouw_warehouse(
    path: Path,
    extra_uren: float = 0.0,
    extra_datum: date = date(2012, 6, 28),
    extra_opdrachten: tuple[dict, ...] = (),
) -> Path:
    uren = [
        ("M2", "P1", date(2012, 2, 10), 8.0),
        ("M2", "P1", date(2012, 4, 10), 6.5),
        ("M1", "P2", date(2012, 5, 2), 5.0),
    ]
    if extra_uren:
        uren.append(("M1", "P2", extra_datum, extra_uren))
    return bouw(
        path,
        medewerkers=[
            {"medewerker_id": "M1", "gemeente": "PAP", "schaal": 11, "naam": "Piet Pieters"},
            {"medewerker_id": "M2", "gemeente": "DOR", "schaal": 10, "naam": "Door Dijkstra"},
        ],
        opdrachten=[*OPDRACHTEN, *extra_opdrachten],
        deelnemers=[{"opdracht_id": "P2", "gemeente": g, "aandeel": 0.5} for g in ("HIA", "ZWD")],
        uren=[
            {"registratie_id": f"R{i}", "medewerker_id": m, "opdracht_id": o, "datum": d, "uren": u}
            for i, (m, o, d, u) in enumerate(uren)
        ],
        tarieven=[{"schaal": "gemiddeld", "geldig_vanaf": date(2012, 1, 1), "uurtarief_eur": 60.0}],
        geldinbreng=[{"gemeente": "SLI", "datum": date(2012, 3, 1), "bedrag_eur": 600.0}],
        evaluaties=[
            {
                "opdracht_id": "P1",
                "rol": "bestuurlijk_opdrachtgever",
                "score_product": 8,
                "score_proces": 7,
            }
        ],
        leerervaringen=[
            {"datum": d, "soort": soort, "omschrijving": tekst, "opdracht_id": o}
            for d, soort, tekst, o in LEERERVARINGEN
        ],
        bestanden=[
            {
                "bestand": "dordrecht/uren.csv",
                "soort": "uren",
                "rijen_gelezen": 4,
                "rijen_geladen": 3,
                "rijen_afgekeurd": 1,
                "opmerking": None,
            },
            {
                "bestand": "regio/opdrachten.xlsx",
                "soort": "opdrachten",
                "rijen_gelezen": 4,
                "rijen_geladen": 4,
                "rijen_afgekeurd": 0,
                "opmerking": None,
            },
        ],
        afgekeurd=[
            {
                "bestand": "dordrecht/uren.csv",
                "regel": 5,
                "reden": "uren moet groter dan 0 zijn en hoogstens 24",
            }
        ],
    )


TABBLADEN = {
    "pages/werkbank.py": tabbladen.WERKBANK,
    "pages/tussenstand.py": tabbladen.TUSSENSTAND,
    "pages/urenbalans.py": tabbladen.URENBALANS,
}
"""The widget key of each page's tabs (dashboard.tabbladen)."""


def app(pagina: str | None = None, tab: str | None = None) -> AppTest:
    """Run the app (optionally switched to `pagina`, e.g. 'pages/urenbalans.py', with the
    page's tab `tab` open: only the open tab runs, as a click on it would choose)."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    if pagina:
        at.switch_page(pagina)
        if tab:
            at.session_state[TABBLADEN[pagina]] = tab
        at.run()
    return at
