"""The opdrachtformulier: its fields in the plan's words, and the MT's checklist.

Why one place: the form page asks these fields, the MT's toets checks the same fields for
completeness, and the labels and help texts come from the plan ("In de beleidsopdracht
staat omschreven: het bestuurlijk en ambtelijk opdrachtgeverschap, de precieze
opdrachtformulering met een achtergrond- en doelomschrijving, de motivatie om de opdracht
via de proeftuin te laten verlopen, beschikbaar budget, de procesplanning en het beoogde
resultaat. Ook wordt het aantal uur benoemd ... en het profiel van de beoogde
opdrachtnemer", and the 'lokale gebruiken'). The names are the contract's columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from invoer.schrijven import DEELNEMERS_VELD, Deelnemer, Geweigerd

TEKST, LANG, KEUZE, GETAL, DATUM, MEER = "tekst", "lang", "keuze", "getal", "datum", "meer"


@dataclass(frozen=True)
class Veld:
    """One field of the form: contract column, widget kind, Dutch label and help."""

    naam: str
    soort: str
    label: str
    hulp: str
    verplicht: bool = False


VELDEN: tuple[Veld, ...] = (
    Veld("titel", TEKST, "Titel", "Een korte naam, zoals 'Sportnota Sliedrecht'.", True),
    Veld(
        "soort_opdracht",
        KEUZE,
        "Soort opdracht",
        "Lokaal (één gemeente), meervoudig lokaal (twee of meer gemeenten: kies ze onder "
        "Deelnemers), regionaal (rMJP), ondersteuning of ontwikkel.",
        True,
    ),
    Veld(
        "aanvrager",
        KEUZE,
        "Aanvragende gemeente",
        "De gemeente die de opdracht verstrekt, of REGIO voor het regionale werkprogramma.",
        True,
    ),
    Veld("type_werk", TEKST, "Type werk", "Bijvoorbeeld beleidsnota, advies, verkenning."),
    Veld(
        "bestuurlijk_opdrachtgever",
        TEKST,
        "Bestuurlijk opdrachtgever",
        "De portefeuillehouder die met het ambtelijk opdrachtgever verantwoordelijk is voor "
        "de kwaliteit van het opdrachtformulier.",
        True,
    ),
    Veld(
        "ambtelijk_opdrachtgever",
        TEKST,
        "Ambtelijk opdrachtgever",
        "De lokale manager die de opdracht via de proeftuin verstrekt.",
        True,
    ),
    Veld(
        "opdrachtformulering",
        LANG,
        "Opdrachtformulering",
        "De precieze opdracht: heldere opdrachtformuleringen zijn voorwaardelijk voor het "
        "succes van de proeftuin.",
        True,
    ),
    Veld("achtergrond", LANG, "Achtergrond", "Waarom deze opdracht er nu ligt.", True),
    Veld("doel", LANG, "Doel", "Wat de opdracht moet bereiken.", True),
    Veld(
        "beoogd_resultaat",
        LANG,
        "Beoogd resultaat",
        "Het product waarmee de opdrachtgevers akkoord moeten gaan; maak het meetbaar.",
        True,
    ),
    Veld(
        "motivatie",
        LANG,
        "Motivatie (winst)",
        "Waarom via de proeftuin: de inhoudelijke, financiële of kwalitatieve 'winst motivatie'.",
        True,
    ),
    Veld(
        "profiel_opdrachtnemer",
        LANG,
        "Profiel opdrachtnemer",
        "Kennis en ervaring van de beoogde opdrachtnemer, uit welke gemeente ook.",
        True,
    ),
    Veld(
        "lokale_gebruiken",
        LANG,
        "Lokale gebruiken",
        "Een opdrachtnemer uit een andere gemeente werkt volgens het beleidsproces en de "
        "lokale gebruiken van uw gemeente: vermeld wat belangrijk is.",
    ),
    Veld(
        "begrote_uren",
        GETAL,
        "Begrote uren",
        "Het aantal uur dat aan de opdracht besteed mag worden (de urenbegroting).",
        True,
    ),
    Veld("budget_eur", GETAL, "Beschikbaar budget (€)", "Geld naast de uren, als dat er is."),
    Veld("startdatum", DATUM, "Startdatum", "Procesplanning: wanneer het werk begint.", True),
    Veld("einddatum", DATUM, "Einddatum", "Procesplanning: wanneer het resultaat er is.", True),
    Veld("winst", MEER, "Winst", "Inhoudelijk, financieel en/of kwaliteit.", True),
    Veld(
        "winstpunten",
        MEER,
        "Winstpunten",
        "Welke van de negen winstpunten (W1–W9) dient de opdracht.",
    ),
)

VELD = {v.naam: v for v in VELDEN}
_LABELS = {v.naam: v.label for v in VELDEN}

# Not a column of the opdracht: its rows go to the `deelnemers` file (contract section 2).
DEELNEMERS = Veld(
    DEELNEMERS_VELD,
    "deelnemers",
    "Deelnemers",
    "De gemeenten die de opdracht samen verstrekken en de uren afnemen, met hun aandeel in "
    "procenten (60 of 60,5). Laat de aandelen leeg voor gelijke delen. Verplicht bij "
    "meervoudig lokaal (minstens twee); bij de andere soorten betekent geen keuze: de "
    "vaste verdeling (lokaal: de aanvrager, regionaal: Dordrecht 80% en Zwijndrecht 20%, "
    "ondersteuning en ontwikkel: de zes gemeenten gelijk).",
)


def deelnemers(keuze: Mapping[str, tuple[bool, str]], namen: Mapping[str, str]) -> list[Deelnemer]:
    """The deelnemers of the form: per gemeente code (ticked, aandeel in % as typed).

    The form asks for percentages, so `60,5` is written as the ETL's `60,5%`; the ETL's own
    rules check the rest when it is saved. A share beside a gemeente that is not ticked is
    refused: the submitter meant something, and guessing could move hours.
    """
    vergeten = [
        namen.get(g, g)
        for g, (gekozen, aandeel) in keuze.items()
        if aandeel.strip() and not gekozen
    ]
    if vergeten:
        raise Geweigerd(
            {DEELNEMERS_VELD: f"vink {' en '.join(vergeten)} aan, of maak het aandeel leeg"}
        )
    return [
        Deelnemer(g, f"{kaal}%" if (kaal := aandeel.strip().removesuffix("%").strip()) else "")
        for g, (gekozen, aandeel) in keuze.items()
        if gekozen
    ]


# Why the plan asks each required field: said next to the field when it is empty. The ETL
# loads an export without them (a municipality's own rows); the platform's form asks them.
WAAROM = {
    "bestuurlijk_opdrachtgever": "het plan vraagt het bestuurlijk opdrachtgeverschap",
    "ambtelijk_opdrachtgever": "het plan vraagt het ambtelijk opdrachtgeverschap",
    "opdrachtformulering": "een heldere opdrachtformulering is voorwaardelijk voor succes",
    "achtergrond": "het plan vraagt een achtergrondomschrijving",
    "doel": "het plan vraagt een doelomschrijving",
    "beoogd_resultaat": "de opdrachtgevers gaan akkoord met dit resultaat",
    "motivatie": "het plan vraagt waarom de opdracht via de proeftuin loopt (winst motivatie)",
    "profiel_opdrachtnemer": "het MT zoekt hiermee de meest geschikte opdrachtnemer",
    "startdatum": "het plan vraagt de procesplanning",
    "einddatum": "het plan vraagt de procesplanning",
    "winst": "kies de winst: inhoudelijk, financieel en/of kwaliteit",
}


def ontbrekende_velden(velden: Mapping[str, object]) -> dict[str, str]:
    """Field -> Dutch reason for every required field of the form that is empty.

    The four the ETL itself requires (titel, soort, aanvrager, begrote uren) are left to
    the ETL's rules, which name them the same way; the rest the plan asks for."""
    return {
        n: f"{_LABELS[n].lower()} ontbreekt: {WAAROM[n]}" for n in WAAROM if _leeg(velden.get(n))
    }


def _leeg(waarde: object) -> bool:
    if isinstance(waarde, str):
        return not waarde.strip()
    return waarde is None or waarde == [] or waarde == ()


# The fields the MT's toets calls "formulier compleet" (the ones signalen also demands).
KERN = ("opdrachtformulering", "doel", "beoogd_resultaat", "profiel_opdrachtnemer")

CHECKLIST: tuple[tuple[str, str], ...] = (
    ("compleet", "Formulier compleet: opdrachtformulering, doel, resultaat en profiel"),
    ("meetbaar", "Resultaat meetbaar: de opdrachtgevers kunnen zien of het af is"),
    ("uren", "Uren realistisch voor het beoogde resultaat en de planning"),
    ("past", "Past bij de proeftuin: een beleidsopdracht met een winst motivatie"),
)


# Per checklist question, the fields it asks about: the toets shows them side by side.
CHECKLIST_VELDEN: dict[str, tuple[str, ...]] = {
    "compleet": KERN,
    "meetbaar": ("beoogd_resultaat", "doel"),
    "uren": ("begrote_uren", "startdatum", "einddatum", "budget_eur"),
    "past": ("motivatie", "winst", "winstpunten", "soort_opdracht", "type_werk"),
}


def ontbrekend(opdracht: dict) -> list[str]:
    """Labels of the core fields an opdracht still lacks (empty: the form is complete)."""
    return [_LABELS[n] for n in KERN if not (opdracht.get(n) or "").strip()]
