"""Fixed Dutch texts of the platform (from the plan 'Bestuurlijke uitwerking proeftuin beleid')."""

import re
from functools import cache
from pathlib import Path

BEGRIPPENLIJST = Path(__file__).resolve().parents[1] / "docs" / "begrippenlijst.md"


@cache
def begrippenlijst() -> str:
    """The glossary for the Start page, read from docs/begrippenlijst.md: one list for the
    docs and the platform. Its links point to files in the repository, which the platform
    does not serve, so they show as their words."""
    try:
        tekst = BEGRIPPENLIJST.read_text(encoding="utf-8").split("\n", 1)[1]
    except OSError:  # installed without the docs
        return "De begrippenlijst staat in docs/begrippenlijst.md van het platform."
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", tekst)


INTRO = """
In de **proeftuin beleid** werken Alblasserdam, Dordrecht, Hendrik-Ido-Ambacht, Papendrecht,
Sliedrecht en Zwijndrecht in 2012 *als ware het één netwerkorganisatie* aan hun
beleidsopgaven. De gemeenten stellen ambtelijke capaciteit aan elkaar beschikbaar en
combineren hun werkvoorraden slim (programmeren). Het proeftuin-MT zoekt bij elke
beleidsopdracht de meest geschikte medewerker, uit welke gemeente ook.
"""

HOE_HET_WERKT = """
* **Opdrachtformulier.** De bestuurlijk en ambtelijk opdrachtgever leggen de opdracht vast:
  formulering, achtergrond, doel, beoogd resultaat, motivatie, budget, planning, het aantal
  uren en het profiel van de opdrachtnemer.
* **Soorten opdrachten.** Lokaal (één gemeente), meervoudig lokaal (twee of meer gemeenten)
  en regionaal (rMJP, 80% Dordrecht en 20% Zwijndrecht volgens de IKC-regeling), plus
  ondersteunings- en ontwikkelopdrachten voor alle zes.
* **Wat je haalt, moet je ook brengen.** Werkt een medewerker aan een opdracht, dan *brengt*
  zijn gemeente die uren en *halen* de deelnemende gemeenten ze naar hun aandeel. Geld
  inbrengen kan ook: dat wordt urentegoed tegen het gemiddelde uurtarief.
* **Nul op 31-12-2012.** Het proeftuin-MT stuurt op een urensaldo van nul aan het einde van
  het jaar. Wie dan negatief staat, verrekent met de gemeenten die positief staan.
* **Leren en evalueren.** Per kwartaal een rapportage, na een halfjaar een tussenstand voor
  de colleges. De winst meten we op negen winstpunten en drie dimensies:
  inhoudelijk-strategisch, financieel en continuïteit/kwaliteit.
"""

GEEN_UREN = "Er zijn nog geen uren of geldinbreng geladen."

GEEN_WAREHOUSE = """
Het platform toont de gegevens uit het warehouse, maar dat is er nog niet of het is niet
leesbaar. Laad eerst de exports van de gemeenten:

```bash
proeftuin etl --source MAP_MET_EXPORTS --warehouse {warehouse}
```

Wilt u het platform uitproberen met voorbeeldgegevens (vorig jaar vastgesteld, dit jaar
tot vandaag)? Dat kan zo:

```bash
proeftuin demo-data data/bron
proeftuin etl --source data/bron --warehouse {warehouse}
```

Ververs daarna deze pagina: nieuwe gegevens verschijnen vanzelf, zonder herstart.
"""

# The signals of `signalen` (data contract §6, plus uren_buiten_boekjaar of issue 11):
# title and what the MT does about it.
SIGNALEN = {
    "uren_zonder_acceptatie": (
        "Uren zonder acceptatie",
        "Er zijn uren geboekt op een opdracht die het MT nog niet heeft geaccepteerd. "
        "Accepteer de opdracht, of laat de uren terugboeken.",
    ),
    "uren_buiten_looptijd": (
        "Uren buiten de looptijd",
        "Er zijn uren geboekt vóór de start of na het einde op het opdrachtformulier. "
        "Pas de planning aan, of laat de boekingen corrigeren.",
    ),
    "budget_overschreden": (
        "Budget overschreden",
        "Er is meer gerealiseerd dan begroot. Vraag de opdrachtgevers om extra uren, "
        "of rond de opdracht af.",
    ),
    "geen_opdrachtnemer": (
        "Geen opdrachtnemer",
        "De opdracht is geaccepteerd of loopt, maar niemand voert hem uit. Wijs een "
        "opdrachtnemer toe: zie Kandidaten.",
    ),
    "formulier_onvolledig": (
        "Opdrachtformulier onvolledig",
        "Een geaccepteerde opdracht mist een verplicht onderdeel van het formulier. "
        "Vraag de ambtelijk opdrachtgever het aan te vullen.",
    ),
    "afgerond_zonder_akkoord": (
        "Afgerond zonder akkoord",
        "De opdracht is afgerond zonder akkoord van de opdrachtgever. Vraag het akkoord "
        "alsnog, of bespreek wat er nog ontbreekt.",
    ),
    "boven_beschikbaarheid": (
        "Meer uren dan beschikbaar",
        "Een medewerker boekte in een week meer uren dan hij of zij beschikbaar is. "
        "Bespreek de belasting met de medewerker en diens gemeente.",
    ),
    "overboekt_gepland": (
        "Meer gepland dan beschikbaar",
        "Een medewerker is opdrachtnemer van meer resterende uren dan hij of zij in de weken "
        "tot de einddatum beschikbaar is. Verdeel werk over anderen of schuif een einddatum op.",
    ),
    "zonder_planning": (
        "Opdracht zonder planning",
        "Een open opdracht heeft geen einddatum, dus de resterende uren staan niet in de "
        "bezetting. Vraag de opdrachtgever om een planning.",
    ),
    "uren_buiten_boekjaar": (
        "Uren buiten het boekjaar",
        "Er zijn uren of geldinbreng gedateerd in een ander jaar dan het boekjaar (het jaar "
        "van de laatste datum). Ze tellen mee in de verrekening van het boekjaar. Controleer "
        "de datum in het bronbestand; een tikfout verbeteren en opnieuw laden.",
    ),
}

# Werkbank tables: source column -> Dutch header.
SIGNAAL_KOLOMMEN = {
    "onderwerp": "Opdracht of medewerker",
    "gemeente_naam": "Gemeente",
    "periode_van": "Van",
    "periode_tot": "Tot en met",
    "uren": "Uren",
    "toelichting": "Toelichting",
}
SIGNAAL_EXPORT = {
    "signaal": "Signaal",
    "opdracht_id": "Opdracht",
    "titel": "Titel",
    "medewerker_id": "Medewerker",
    "medewerker_naam": "Naam",
    "gemeente": "Gemeente",
    "periode_van": "Van",
    "periode_tot": "Tot en met",
    "uren": "Uren",
    "toelichting": "Toelichting",
}
RUIMTE_KOLOMMEN = {
    "naam": "Naam",
    "van": "Van",
    "tot": "Tot en met",
    "uren_per_week": "Uren per week",
    "soort_werk": "Soort werk",
}
"""The Werkbank's Bezetting tab: the room employees offered (person data, MT only)."""
INTERESSE_KOLOMMEN = {
    "naam": "Naam",
    "opdracht_id": "Opdracht",
    "titel": "Titel",
    "motivatie": "Motivatie",
    "sinds": "Sinds",
}
"""The Werkbank's Bezetting tab: interest in open opdrachten (person data, MT only)."""
KANDIDAAT_KOLOMMEN = {
    "rang": "Rang",
    "interesse": "Interesse",
    "naam": "Naam",
    "gemeente_naam": "Gemeente",
    "schaal": "Schaal",
    "expertise_match": "Passende expertise",
    "vrije_uren_per_week": "Vrije uren per week",
    "ruimte": "Aangeboden ruimte",
    "gemeente_prognose_uren": "Prognose gemeente",
    "reden": "Waarom",
}
INTERESSE_RANG = (
    "Wie op Mijn proeftuin interesse in deze opdracht toonde, staat vooraan bij een gelijke "
    "match (wel of geen passende expertise)."
)
RANGORDE = (
    "Volgorde: eerst wie passende expertise heeft, dan wie vrije uren heeft, dan de gemeente "
    "met de laagste prognose (die nog uren moet brengen); daarna meer passende expertise, "
    "meer vrije uren en het personeelsnummer. Vrije uren: gemiddeld per week in de weken van "
    "de planning van deze opdracht, beschikbaar min geboekt min wat al gepland staat voor "
    "andere opdrachten van de medewerker."
)
BEZETTING = (
    "Hoeveel uren de medewerkers per week nog vrij hebben: beschikbaar min geboekt min "
    "gepland. Gepland zijn de resterende uren van de opdrachten waarvan iemand "
    "opdrachtnemer is, gelijk verdeeld over de dagen van vandaag tot de einddatum. Onder "
    "nul: meer gepland dan beschikbaar. Opdrachten zonder einddatum staan er niet in (zie "
    "het signaal *Opdracht zonder planning*)."
)
KWARTAAL_UITLEG = (
    "Het saldo tot het eind van het kwartaal plus de resterende uren die tot dan gepland "
    "staan; het laatste kwartaal ({einde}) is de prognose van het boekjaar. Wat na 31 "
    "december gepland staat, telt in het volgende boekjaar."
)
VOORSTEL = (
    "Het toewijzingsvoorstel bemenst elke open opdracht zonder opdrachtnemer waarvoor "
    "iemand met passende expertise vrije uren heeft in de weken van de planning, zo dat de "
    "prognose van alle gemeenten samen zo dicht mogelijk bij nul komt. Wie het voorstel al "
    "een opdracht gaf, heeft daarna minder vrije uren. Wat niemand kan nemen, staat er met "
    "de reden bij."
)
VOORSTEL_KOLOMMEN = {
    "opdracht_id": "Opdracht",
    "titel": "Titel",
    "aanvrager": "Aanvrager",
    "resterende_uren": "Resterende uren",
    "naam": "Voorgesteld",
    "gemeente": "Gemeente",
    "reden": "Waarom",
}
FORMULIER_VELDEN = {
    "opdrachtformulering": "Opdrachtformulering",
    "doel": "Doel",
    "beoogd_resultaat": "Beoogd resultaat",
}
WAT_ALS = (
    "Probeer uit wat de drie knoppen van het MT doen met de prognose op 31 december: wie "
    "een opdracht doet (een toewijzing, of met één klik het hele toewijzingsvoorstel), een "
    "opdracht verschuiven of inkorten (nieuwe einddatum of minder begrote uren) en geld "
    "inbrengen. De euro's zijn de verrekening die op die prognose volgt, op dezelfde manier "
    "berekend als op de pagina Verrekening. Er verandert niets aan de opdrachten zelf."
)
PROGNOSE_MET_KOLOMMEN = {
    "naam": "Gemeente",
    "prognose_saldo_uren": "Prognose nu",
    "prognose_saldo_uren_met": "Met deze keuzes",
    "verschil_uren": "Verschil",
    "te_betalen_eur": "Betaalt nu (€)",
    "te_betalen_met_eur": "Betaalt met deze keuzes (€)",
    "ontvangt_met_eur": "Ontvangt met deze keuzes (€)",
}
PROGNOSE_MET_TEKEN = ["prognose_saldo_uren", "prognose_saldo_uren_met", "verschil_uren"]
PROGNOSE_MET_UITLEG = (
    "De gemeente van de gekozen medewerker brengt de resterende uren van de opdracht (in "
    "plaats van de gemeente van de huidige opdrachtnemer); had de opdracht nog geen "
    "opdrachtnemer, dan halen de deelnemers die uren nu ook naar hun aandeel. Alleen de uren "
    "die vóór 31 december gepland staan tellen mee; een latere einddatum schuift uren naar "
    "het volgende boekjaar. Geld telt als uren tegen het uurtarief van 31 december. Betaalt "
    "en ontvangt: de verrekening van de pagina Verrekening, op de prognose."
)
