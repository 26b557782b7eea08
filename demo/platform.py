"""The demo's `platform/` folder: opdrachten submitted on the platform and the MT's toets.

Why in the demo: the status history and the as-of tussenstand only show something when
opdrachten change status during the year. These files are written as the platform writes
them (`invoer.schrijven`: `;`, UTF-8 with BOM, Dutch dates and times), but the demo
does not import the ETL: it writes files as any source would. The opdrachten carry no
hours, so the plan's worked example is untouched.

The history below is the plan's year's; `schrijf_platform` dates it in the demo's year,
or, in the present demo, between 1 January and today of the open year (ids
`PF-<year>-nnn`, planning dates as long after the submission as in the plan).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from demo.kalender import Kalender, samengedrukt
from dutch.format import DATUM

OPDRACHTEN = "platform/opdrachten_platform.csv"
WIJZIGINGEN = "platform/statuswijzigingen.csv"
# Not written by the demo but by the platform's form (deelnemers of a submitted opdracht):
# a demo folder someone submitted an opdracht in is still a demo that may be rewritten.
DEELNEMERS = "platform/deelnemers_platform.csv"
MT = "mt@proeftuin-drechtsteden.nl"

_OPDRACHT_KOLOMMEN = (
    "opdracht_id",
    "titel",
    "soort_opdracht",
    "aanvrager",
    "begrote_uren",
    "status",
    "fase",
    "ambtelijk_opdrachtgever",
    "opdrachtformulering",
    "doel",
    "beoogd_resultaat",
    "motivatie",
    "profiel_opdrachtnemer",
    "startdatum",
    "einddatum",
    "winst",
    "winstpunten",
    "ingediend_door",
    "ingediend_op",
)
_AANMELDINGEN = (
    (
        "PF-2012-001",
        "Verkenning gezamenlijke aanpak laaggeletterdheid",
        "ontwikkel",
        "REGIO",
        "160",
        "aangemeld",
        "plan",
        "Manager maatschappelijke ontwikkeling Dordrecht",
        "Breng in kaart hoe de zes gemeenten laaggeletterdheid samen kunnen aanpakken.",
        "Eén regionale aanpak in plaats van zes losse trajecten.",
        "Een verkenning met drie uitgewerkte varianten en hun kosten.",
        "Inhoudelijke en financiële winst: één aanpak, één subsidieaanvraag.",
        "Beleidsadviseur met kennis van onderwijs en participatie.",
        "01-02-2012",
        "30-11-2012",
        "inhoudelijk|financieel",
        "W1|W4",
        "l.jansen@dordrecht.nl",
        "16-01-2012 10:12:00",
    ),
    (
        "PF-2012-002",
        "Beleidsnotitie jongerenwerk Alblasserdam",
        "lokaal",
        "ALB",
        "120",
        "aangemeld",
        "plan",
        "Teammanager samenleving Alblasserdam",
        "Schrijf een beleidsnotitie over de toekomst van het jongerenwerk.",
        "Een gedragen koers voor het jongerenwerk vanaf 2013.",
        "Een door het college vastgestelde beleidsnotitie.",
        "Kwaliteit: expertise uit een andere gemeente.",
        "Beleidsmedewerker jeugd met ervaring in participatietrajecten.",
        "01-04-2012",
        "31-10-2012",
        "kwaliteit",
        "W5|W9",
        "s.bakker@alblasserdam.nl",
        "05-03-2012 14:40:00",
    ),
    (
        "PF-2012-003",
        "Onderzoek gedeelde handhavingscapaciteit",
        "ondersteuning",
        "REGIO",
        "80",
        "aangemeld",
        "plan",
        "Manager VTH Hendrik-Ido-Ambacht",
        "Onderzoek of de gemeenten handhavers kunnen delen.",
        "",
        "",
        "Financieel: minder inhuur.",
        "",
        "",
        "",
        "financieel",
        "W4",
        "p.smit@h-i-ambacht.nl",
        "02-05-2012 09:05:00",
    ),
    (
        "PF-2012-004",
        "Evaluatie burgerparticipatie Papendrecht",
        "lokaal",
        "PAP",
        "100",
        "aangemeld",
        "plan",
        "Manager beleid Papendrecht",
        "Evalueer de participatietrajecten van de afgelopen twee jaar.",
        "Leren wat werkt bij het betrekken van inwoners.",
        "Een evaluatierapport met aanbevelingen, besproken in de raad.",
        "Kwaliteit: een onafhankelijke blik van buiten de gemeente.",
        "Onderzoeker of beleidsadviseur met ervaring in evaluaties.",
        "01-10-2012",
        "31-03-2013",
        "kwaliteit",
        "W1",
        "k.visser@papendrecht.nl",
        "03-09-2012 11:30:00",
    ),
)
_WIJZIGING_KOLOMMEN = (
    "opdracht_id",
    "tijdstip",
    "status",
    "opdrachtnemer",
    "door",
    "toelichting",
    "actie",
    "leidinggevende",
    "akkoord_op",
)
# The MT's toets and what followed. PF-001's opdrachtnemer is confirmed (bevestigen: the
# leidinggevende agreed, recorded by the MT; its akkoord_op is the row's own day); PF-002's
# stays voorlopig on purpose, so the demo shows an assignment waiting for the
# leidinggevende (docs/demo-data.md). A row's 8th field is the leidinggevende.
_WIJZIGINGEN = (
    ("PF-2012-001", "01-02-2012 09:30:00", "geaccepteerd", "", MT, "", "accepteren"),
    ("PF-2012-001", "06-02-2012 16:00:00", "geaccepteerd", "ALB013", MT, "", "toewijzen"),
    (
        "PF-2012-001",
        "08-02-2012 10:15:00",
        "geaccepteerd",
        "ALB013",
        MT,
        "",
        "bevestigen",
        "Teamleider Ruimte Alblasserdam",
    ),
    ("PF-2012-001", "01-03-2012 08:45:00", "lopend", "", MT, "gestart", "wijzigen"),
    ("PF-2012-001", "15-11-2012 12:00:00", "afgerond", "", MT, "verkenning opgeleverd", "wijzigen"),
    (
        "PF-2012-002",
        "20-03-2012 10:00:00",
        "aangemeld",
        "",
        MT,
        "Het beoogd resultaat is niet meetbaar: wanneer is de notitie af?",
        "terugsturen",
    ),
    ("PF-2012-002", "10-04-2012 15:20:00", "geaccepteerd", "DOR025", MT, "", "accepteren"),
    (
        "PF-2012-003",
        "15-05-2012 11:00:00",
        "geannuleerd",
        "",
        MT,
        "Overlapt met het accountschap Drechtwerk; doel en resultaat ontbreken.",
        "annuleren",
    ),
)


TIJDSTIP = f"{DATUM} %H:%M:%S"


def schrijf_platform(bron: Path, kal: Kalender) -> list[tuple[str, str, int]]:
    """Write both platform files; return (file, kind, rows) for the summary."""
    jaar = kal.huidig or kal.jaar
    tekst = Kalender(jaar).tekst  # ids PF-<jaar>-nnn, years named in texts
    ingediend = {r[0]: datetime.strptime(r[18], TIJDSTIP) for r in _AANMELDINGEN}
    gewijzigd = [datetime.strptime(r[1], TIJDSTIP) for r in _WIJZIGINGEN]
    if kal.vandaag is not None:
        heden = samengedrukt([*ingediend.values(), *gewijzigd], jaar, kal.vandaag)

    def moment(t: datetime) -> datetime:
        if kal.vandaag is None:
            return datetime.combine(kal.datum(t.date()), t.time())
        return heden[t]

    def plan(oid: str, cel: str) -> str:
        """A planning date: in the present, as long after the submission as in the plan."""
        if not cel:
            return cel
        d = datetime.strptime(cel, DATUM).date()
        if kal.vandaag is None:
            return kal.datum(d).strftime(DATUM)
        return (moment(ingediend[oid]).date() + (d - ingediend[oid].date())).strftime(DATUM)

    aanmeldingen = [
        [tekst(c) for c in r[:13]]
        + [plan(r[0], r[13]), plan(r[0], r[14])]
        + [tekst(c) for c in r[15:18]]
        + [moment(ingediend[r[0]]).strftime(TIJDSTIP)]
        for r in _AANMELDINGEN
    ]
    wijzigingen = [
        [tekst(r[0]), moment(t).strftime(TIJDSTIP), *r[2:7]]
        + ([r[7], moment(t).strftime(DATUM)] if len(r) > 7 else ["", ""])
        for r, t in zip(_WIJZIGINGEN, gewijzigd, strict=True)
    ]
    for rel, kolommen, rijen in (
        (OPDRACHTEN, _OPDRACHT_KOLOMMEN, aanmeldingen),
        (WIJZIGINGEN, _WIJZIGING_KOLOMMEN, wijzigingen),
    ):
        pad = bron / rel
        pad.parent.mkdir(parents=True, exist_ok=True)
        tekst_io = io.StringIO(newline="")
        csv.writer(tekst_io, delimiter=";", lineterminator="\r\n").writerows([kolommen, *rijen])
        pad.write_bytes(("\ufeff" + tekst_io.getvalue()).encode("utf-8"))
    return [
        (OPDRACHTEN, "opdrachten", len(aanmeldingen)),
        (WIJZIGINGEN, "statuswijzigingen", len(wijzigingen)),
    ]
