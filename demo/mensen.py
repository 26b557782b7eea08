"""The demo's employees' side of the platform: the MT's explanation page
(`platform/uitleg.md`), news, some offers of room and some interest in open opdrachten,
so a new user sees the platform alive.

Written as the platform writes them (`;`, UTF-8 with BOM, CRLF, Dutch dates and times),
without importing the ETL, like `demo.platform`. Moments are days before the demo's
"today": 31-12 of the plan's year, or today in the present demo.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from demo.kalender import Kalender
from dutch.format import DATUM

UITLEG = "platform/uitleg.md"
NIEUWS = "platform/nieuws.csv"
RUIMTE = "platform/ruimte.csv"
INTERESSE = "platform/interesse.csv"
MT = "mt@proeftuin-drechtsteden.nl"
TEKST = Path(__file__).resolve().parent / "uitleg.md"

# (days before today, titel, tekst, opdracht); the first is withdrawn a day later
_NIEUWS = (
    (60, "Spreekuur proeftuin", "Elke eerste dinsdag van de maand: vragen aan het MT.", None),
    (
        40,
        "Kwartaalrapportage besproken",
        "Het MT besprak de tussenstand; alle saldi gaan richting nul.",
        None,
    ),
    (
        12,
        "Gezocht: schrijver mobiliteitsplan",
        "Dordrecht zoekt een opdrachtnemer met kennis van mobiliteit. Toon interesse op "
        "Mijn proeftuin.",
        "PT-33",
    ),
    (
        3,
        "Nieuwe opdracht: sportnota Zwijndrecht",
        "De sportnota is geaccepteerd en zoekt een opdrachtnemer.",
        "PT-32",
    ),
)
# (days before today, medewerker, weeks from today, weeks long, uren per week, soort werk)
_RUIMTE = (
    (20, "ALB014", 1, 12, 8, "sportbeleid en accommodaties"),
    (15, "DOR024", 0, 8, 6, "mobiliteit, ruimtelijke plannen"),
    (9, "ZWD101", 2, 10, 4, "jeugd en onderwijs"),
)
# (days before today, medewerker, opdracht, motivatie)
_INTERESSE = (
    (
        11,
        "DOR024",
        "PT-33",
        "Ik werkte mee aan het verkeersplan van Dordrecht en wil dit graag afmaken.",
    ),
    (
        5,
        "ALB014",
        "PT-32",
        "Ik schreef de sportnota van Alblasserdam; graag ervaring in Zwijndrecht.",
    ),
    (
        2,
        "DOR022",
        "PT-31",
        "Cultuur is mijn vak; een andere gemeente leren kennen lijkt me waardevol.",
    ),
)


def _csv(pad: Path, kolommen: tuple[str, ...], rijen: list[list[str]]) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    tekst = io.StringIO(newline="")
    csv.writer(tekst, delimiter=";", lineterminator="\r\n").writerows([kolommen, *rijen])
    pad.write_bytes(("\ufeff" + tekst.getvalue()).encode("utf-8"))


def schrijf_mensen(bron: Path, kal: Kalender) -> list[tuple[str, str, int]]:
    """Write the four files; return (file, kind, rows) for the summary (the explanation
    is no source file: the ETL lists it as not recognised, the dashboard reads it)."""
    vandaag = kal.vandaag or date(kal.jaar, 12, 31)

    def moment(dagen: int, uur: int = 10) -> str:
        return datetime.combine(vandaag - timedelta(days=dagen), time(uur)).strftime(
            f"{DATUM} %H:%M:%S"
        )

    def dag(d: date) -> str:
        return d.strftime(DATUM)

    jaar = vandaag.year
    nieuws = [
        [
            f"N-{jaar}-{i:03d}",
            moment(d),
            "publiceren",
            MT,
            t,
            dag(vandaag - timedelta(days=d)),
            x,
            o or "",
        ]
        for i, (d, t, x, o) in enumerate(_NIEUWS, start=1)
    ]
    nieuws.append([f"N-{jaar}-001", moment(_NIEUWS[0][0] - 1), "intrekken", MT, "", "", "", ""])
    ruimte = [
        [
            f"R-{jaar}-{i:03d}",
            m,
            moment(d),
            "aanbieden",
            f"{m.lower()}@demo.proeftuin.nl",
            dag(vandaag + timedelta(weeks=start)),
            dag(vandaag + timedelta(weeks=start + lang, days=-1)),
            str(uren),
            soort,
        ]
        for i, (d, m, start, lang, uren, soort) in enumerate(_RUIMTE, start=1)
    ]
    interesse = [
        [m, o, moment(d), "tonen", f"{m.lower()}@demo.proeftuin.nl", motivatie]
        for d, m, o, motivatie in _INTERESSE
    ]
    (bron / UITLEG).parent.mkdir(parents=True, exist_ok=True)
    (bron / UITLEG).write_text(TEKST.read_text(encoding="utf-8"), encoding="utf-8")
    _csv(
        bron / NIEUWS,
        ("nieuws_id", "tijdstip", "actie", "door", "titel", "datum", "tekst", "opdracht_id"),
        nieuws,
    )
    _csv(
        bron / RUIMTE,
        (
            "ruimte_id",
            "medewerker_id",
            "tijdstip",
            "actie",
            "door",
            "van",
            "tot",
            "uren_per_week",
            "soort_werk",
        ),
        ruimte,
    )
    _csv(
        bron / INTERESSE,
        ("medewerker_id", "opdracht_id", "tijdstip", "actie", "door", "motivatie"),
        interesse,
    )
    return [
        (UITLEG, "niet herkend", 0),
        (NIEUWS, "nieuws", len(nieuws)),
        (RUIMTE, "ruimte", len(ruimte)),
        (INTERESSE, "interesse", len(interesse)),
    ]
