"""Fixed Dutch texts of the platform (from the plan 'Bestuurlijke uitwerking proeftuin beleid')."""

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

# Headers several tables share (pages and Excel sheets), so each is worded once.
WINSTPUNT_KOLOMMEN = {"winstpunt": "Winstpunt", "omschrijving": "Omschrijving"}
OPDRACHTEN_KOLOMMEN = {
    "aantal_opdrachten": "Opdrachten",
    "aantal_afgerond": "Afgerond",
    "aantal_akkoord": "Akkoord",
}

# The series of the opdrachten-per-winstpunt chart (Winstpunten and Tussenstand).
OPDRACHTEN_REEKSEN = {
    "aantal_opdrachten": "opdrachten",
    "aantal_afgerond": "afgerond",
    "aantal_akkoord": "akkoord opdrachtgever",
}

# Headers of `kpi_dimensie`, shown on Winstpunten and in the Tussenstand's Excel file.
DIMENSIE_KOLOMMEN = (
    {"dimensie": "Dimensie"}
    | OPDRACHTEN_KOLOMMEN
    | {"begrote_uren": "Begrote uren", "gerealiseerde_uren": "Gerealiseerde uren"}
)

# The four soorten of `leerervaringen` (the plan's order) -> Dutch header on the Tussenstand.
LEERERVARING_SOORTEN = {
    "dilemma": "Dilemma's",
    "vraagpunt": "Vraagpunten",
    "conflict": "Conflicten",
    "doorzettingsmacht": "Doorzettingsmacht",
}

GEEN_WAREHOUSE = """
Het platform toont de gegevens uit het warehouse, maar dat is er nog niet of het is niet
leesbaar. Laad eerst de exports van de gemeenten:

```bash
proeftuin etl --source MAP_MET_EXPORTS --warehouse {warehouse}
```

Wilt u het platform uitproberen met voorbeeldgegevens voor 2012? Dat kan zo:

```bash
proeftuin demo-data data/bron
proeftuin etl --source data/bron --warehouse {warehouse}
```

Ververs daarna deze pagina: nieuwe gegevens verschijnen vanzelf, zonder herstart.
"""
