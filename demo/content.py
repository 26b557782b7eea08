"""Staff, tarieven, geldinbreng, evaluaties and leerervaringen of the 2012 demo year.

Names are fictitious (drawn from common Dutch first names and surnames by the seed);
officials appear only by their role. Tarieven are bruto loonkosten per hour, raised by
the cao on 01-07-2012; the geldinbreng amounts are whole hours at the gemiddeld tarief.
"""

from __future__ import annotations

import random
from datetime import date

from demo.model import Medewerker

_SPEC = {
    # gemeente: (number, schaal, expertise, hours per week), ...
    "ALB": [
        (11, 11, "werk en inkomen|verbonden partijen", 36),
        (12, 10, "cultuur|subsidies", 32),
        (13, 11, "jeugd|onderwijs", 36),
        (14, 9, "sport|accommodaties", 36),
        (15, 12, "ruimtelijke ordening|wonen", 36),
        (16, 8, "communicatie|lobby", 24),
        (17, 10, "financiën|control", 36),
    ],
    "DOR": [
        (21, 12, "duurzaamheid|milieu", 36),
        (22, 11, "cultuur|erfgoed", 32),
        (23, 13, "economie|maritiem", 36),
        (24, 11, "ruimtelijke ordening|mobiliteit", 36),
        (25, 12, "jeugd|wmo|decentralisaties", 36),
        (26, 10, "onderzoek|evaluatie", 32),
        (27, 11, "wmo|zorg", 36),
        (28, 9, "financiën|control", 36),
        (29, 12, "lobby|bestuursadvies", 36),
        (30, 8, "communicatie|online media", 32),
    ],
    "HIA": [
        (41, 11, "jeugd|wmo|decentralisaties", 36),
        (42, 10, "cultuur", 32),
        (43, 10, "wonen|volkshuisvesting", 36),
        (44, 9, "sport|recreatie", 28),
        (45, 11, "werk en inkomen", 36),
        (46, 8, "financiën", 32),
    ],
    "PAP": [
        (61, 10, "onderwijs|leerlingenvervoer", 36),
        (62, 11, "cultuur|sport|accommodaties", 36),
        (63, 12, "accommodaties|vastgoed", 36),
        (64, 11, "jeugd|wmo", 32),
        (65, 9, "milieu|duurzaamheid", 36),
        (66, 10, "financiën|control", 36),
        (67, 8, "communicatie", 24),
    ],
    "SLI": [
        (81, 11, "kinderopvang|handhaving", 36),
        (82, 10, "wmo|jeugd", 36),
        (83, 11, "subsidies|welzijn", 20),  # part-time: one busy week is a werkbank signal
        (84, 9, "sport", 36),
        (85, 12, "ruimtelijke ordening", 36),
        (86, 8, "financiën|control", 28),
    ],
    "ZWD": [
        (101, 12, "jeugd|wmo|decentralisaties", 36),
        (102, 11, "sport|accommodaties", 36),
        (103, 11, "economie|maritiem", 36),
        (104, 10, "cultuur", 32),
        (105, 10, "milieu|omgevingsdienst", 36),
        (106, 13, "lobby|bestuursadvies", 36),
        (107, 9, "financiën|control", 36),
        (108, 11, "ruimtelijke ordening|mobiliteit", 36),
    ],
}

VOORNAMEN = (
    "Anouk",
    "Bas",
    "Chantal",
    "Daniëlle",
    "Erik",
    "Femke",
    "Gerben",
    "Hanneke",
    "Ingrid",
    "Jeroen",
    "Karin",
    "Lotte",
    "Marieke",
    "Niels",
    "Noël",
    "Patrick",
    "Renée",
    "Sanne",
    "Thijs",
    "Ursula",
    "Vincent",
    "Wouter",
    "Yvonne",
    "Zoë",
    "Arjen",
    "Bram",
    "Esther",
    "Joost",
    "Linda",
    "Mirjam",
    "Ruud",
    "Saskia",
    "Tamara",
    "Joëlle",
    "André",
    "Hélène",
)
ACHTERNAMEN = (
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "de Boer",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Verhoeven",
    "van Dijk",
    "Schouten",
    "Koster",
    "Prins",
    "Huisman",
    "van den Berg",
    "Kuipers",
    "Veenstra",
    "Blom",
    "Post",
    "Kramer",
)


def medewerkers() -> tuple[Medewerker, ...]:
    """All staff of the six gemeenten in the network, in id order."""
    return tuple(
        Medewerker(f"{g}{n:03d}", g, schaal, tuple(expertise.split("|")), uren)
        for g, rows in _SPEC.items()
        for n, schaal, expertise, uren in rows
    )


def namen(aantal: int, seed: int) -> list[str]:
    """`aantal` distinct fictitious names, the same for the same seed."""
    rng = random.Random(seed)
    alle = [f"{v} {a}" for v in VOORNAMEN for a in ACHTERNAMEN]
    return rng.sample(alle, aantal)


# (schaal, uurtarief from 01-01-2012); from 01-07-2012 everything rises by 2%.
TARIEF_VERHOGING = date(2012, 7, 1)
TARIEVEN_2012 = (
    ("gemiddeld", 65.00),
    *(
        (str(s), t)
        for s, t in zip(
            range(6, 15), (42.0, 46.5, 50.5, 55.0, 60.0, 66.0, 72.5, 79.0, 86.5), strict=True
        )
    ),
)
GEMIDDELD_NA_VERHOGING = 66.30

# (gemeente, datum, bedrag_eur, omschrijving): 200 and 150 hours at 66,30 per hour.
GELDINBRENG = (
    (
        "ALB",
        date(2012, 10, 1),
        13260.00,
        "Financiële inbreng voor het urentegoed (collegebesluit na kwartaalrapportage Q3)",
    ),
    ("SLI", date(2012, 12, 3), 9945.00, "Inbreng financiële middelen voor het urensaldo 2012"),
)

# opdracht_id: (datum, then (score_product, score_proces) per rol in ROLLEN order)
EVALUATIES = {
    "PT-01": (date(2012, 7, 10), (8, 7), (8, 8), (7, 6)),
    "PT-02": (date(2012, 7, 24), (7, 7), (7, 6), (7, 7)),
    "PT-04": (date(2012, 10, 9), (9, 8), (8, 8), (8, 7)),
    "PT-07": (date(2012, 11, 6), (8, 6), (7, 6), (8, 5)),
    "PT-09": (date(2012, 7, 17), (8, 8), (8, 9), (7, 8)),
    "PT-11": (date(2012, 9, 25), (7, 6), (7, 7), (8, 6)),
    "PT-14": (date(2012, 9, 11), (8, 8), (9, 8), (8, 9)),
    "PT-15": (date(2012, 9, 18), (9, 9), (8, 9), (9, 8)),
    "PT-16": (date(2012, 12, 11), (5, 5), (6, 5), (7, 6)),
    "PT-22": (date(2012, 12, 18), (7, 7), (7, 8), (8, 7)),
    "PT-25": (date(2012, 5, 8), (8, 7), (7, 7), (8, 8)),
    "PT-28": (date(2012, 7, 3), (7, 8), (8, 8), (7, 7)),
}
ROLLEN = ("bestuurlijk_opdrachtgever", "ambtelijk_opdrachtgever", "opdrachtnemer")


def toelichting(rol: str, product: int) -> str:
    """A short remark as an evaluator would write it; tone follows the score."""
    goed = product >= 8
    if rol == "opdrachtnemer":
        return (
            "Prettig werken in een andere gemeente; lokale gebruiken waren goed beschreven."
            if goed
            else "Opdracht was breder dan het opdrachtformulier; meer afstemming vooraf nodig."
        )
    if rol == "bestuurlijk_opdrachtgever":
        return (
            "Product sluit goed aan bij de coalitieagenda; snel en deskundig."
            if goed
            else "Bruikbaar, maar de financiële paragraaf moest worden aangevuld."
        )
    return (
        "Heldere rapportages, planning gehaald, geen externe inhuur nodig."
        if goed
        else "Voldoende resultaat; de overdracht naar de lijn verdient aandacht."
    )


LEERERVARINGEN = (
    (
        date(2012, 2, 14),
        "dilemma",
        "PT-05",
        "Accounthouder Drechtwerk adviseert zes colleges: wat als twee colleges een "
        "tegengesteld standpunt innemen?",
    ),
    (
        date(2012, 3, 20),
        "vraagpunt",
        "PT-11",
        "Wie bepaalt de lokale gebruiken als een meervoudig lokale opdracht twee gemeenten "
        "bedient? Afgesproken: de gemeente van de bestuurlijk opdrachtgever.",
    ),
    (
        date(2012, 5, 15),
        "conflict",
        "PT-16",
        "Leidinggevende in Zwijndrecht wilde de opdrachtnemer terughalen voor lokaal werk; "
        "opgelost in het proeftuin-MT met een aangepaste planning.",
    ),
    (
        date(2012, 6, 19),
        "doorzettingsmacht",
        "PT-29",
        "Voor de structuurvisie Alblasserdam is na drie maanden nog geen opdrachtnemer; het "
        "proeftuin-MT kan geen medewerker aanwijzen. Opgeschaald naar ONS-D.",
    ),
    (
        date(2012, 9, 11),
        "vraagpunt",
        None,
        "Coördinatie in het proeftuin-MT: tellen die uren als ondersteuningsopdracht of als "
        "reguliere managementtijd?",
    ),
    (
        date(2012, 10, 16),
        "dilemma",
        "PT-18",
        "Cultuurvisies van Hendrik-Ido-Ambacht en Zwijndrecht samengevoegd: Zwijndrecht "
        "verliest zeggenschap over de planning, maar wint inhoudelijke samenhang.",
    ),
    (
        date(2012, 11, 20),
        "conflict",
        None,
        "Discussie over de verrekening: moet een negatief saldo in uren of in euro's worden "
        "vereffend? Voorstel: euro's tegen het gemiddeld beleidstarief.",
    ),
)
