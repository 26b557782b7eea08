"""The regional tussenstand for the six colleges: chapters in the order of the plan."""

from __future__ import annotations

from cijfers import boekjaren, queries
from cijfers.queries import Con
from report import afsluiting, efficiency, inhoud, resultaten
from report.inhoud import Document, Sectie
from report.periode import Periode
from warehouse.referentie import GEMEENTEN

LEESWIJZER = [
    "Dit rapport geeft de tussenstand van de proeftuin beleid van de Drechtsteden. Alle cijfers "
    "gelden op de peildatum, de laatste dag van de periode: uren, geldinbreng, evaluaties, "
    "leerervaringen en de stand van de opdrachten tellen mee als ze op of vóór die dag liggen, "
    "vanaf 1 januari: elk kalenderjaar is een eigen boekjaar, dat met de verrekening sluit.",
    "Wat je haalt, moet je ook brengen. Werkt een medewerker aan een opdracht, dan brengt zijn "
    "gemeente die uren en halen de deelnemende gemeenten ze naar hun aandeel. Een positief saldo "
    "is tegoed, een negatief saldo moet de gemeente nog brengen. Geld inbrengen kan ook: dat telt "
    "als uren tegen het gemiddelde uurtarief.",
    "Uren staan in hele uren, bedragen in euro's. Elk getal is afzonderlijk afgerond (een half "
    "naar boven, van nul af) en elk totaal is het afgeronde exacte totaal. Daardoor tellen de "
    "getallen in een tabel soms niet precies op tot het totaal; zo'n tabel zegt dat eronder.",
    "De tabellen staan onder de grafieken en bevatten dezelfde getallen. Dezelfde cijfers staan "
    "op de pagina Tussenstand van het virtuele platform, voor dezelfde peildatum.",
]

*_ANDEREN, _LAATSTE = GEMEENTEN.values()
AAN = f"Aan de colleges van burgemeester en wethouders van {', '.join(_ANDEREN)} en {_LAATSTE}."


def document(con: Con, periode: Periode) -> Document:
    """Read every chapter of the regional report for `periode` (through `cijfers.queries`)."""
    namen = queries.gemeente_namen(con)
    stand = queries.data_stand(con)
    vast = boekjaren.stand_op(con, periode.peildatum)
    secties: list[Sectie] = []
    grafieken = []
    for sectie, grafiek in (
        inhoud.urenbalans(con, periode, namen),
        inhoud.verloop(con, periode, namen),
        (inhoud.matrix(con, periode, namen), None),
        inhoud.werkvoorraad(con, periode),
        resultaten.winstpunten(con, periode),
        (resultaten.kwaliteit(con, periode), None),
        (efficiency.efficiency(con, periode), None),
        (inhoud.leerervaringen(con, periode), None),
        afsluiting.verrekening(con, periode, namen, vast),
        (afsluiting.correcties(con, periode), None),
        (afsluiting.herkomst(con, vast), None),
    ):
        if sectie is None:
            continue
        secties.append(sectie)
        if grafiek is not None:
            grafieken.append(grafiek)
    return Document(
        titel="Tussenstand proeftuin beleid",
        ondertitel=inhoud.ondertitel(periode),
        aan=AAN,
        voorblad=inhoud.voorblad(periode, stand, vast),
        leeswijzer=LEESWIJZER,
        secties=secties,
        grafieken=grafieken,
    )
