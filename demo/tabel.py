"""The four rows of the plan's table that are not in its list of examples.

Decentralisaties sociaal domein (brought 300 h each by Hendrik-Ido-Ambacht and
Zwijndrecht, shared by six), Evaluatieonderzoek (local, zero net effect), and two local
opdrachten worked by another gemeente: the cultuurvisie of Alblasserdam (Dordrecht) and
the sportnota of Sliedrecht (Zwijndrecht).
"""

from __future__ import annotations

from datetime import date

from demo.model import ALLE_ZES, Opdracht
from demo.opdrachten import LOKAAL, TRANSITIE, ZES

TABEL_OPDRACHTEN: tuple[Opdracht, ...] = (
    Opdracht(
        "PT-13",
        "Decentralisaties sociaal domein",
        "meervoudig_lokaal",
        "ZWD",
        800,
        "lopend",
        "plan",
        "beleid ontwikkelen",
        "wethouder Sociaal Domein, Zwijndrecht (namens de zes colleges)",
        "gemeentesecretaris Zwijndrecht",
        "Uitwerken van de gezamenlijke aanpak van de drie decentralisaties (jeugdzorg, "
        "AWBZ-begeleiding en Wet Werken naar vermogen).",
        "De verkenningen per transitie zijn gereed. Nu is een integrale aanpak nodig met "
        "één toegang en één budgetsturing.",
        "Eén samenhangende aanpak voor het sociaal domein in de Drechtsteden.",
        "Programmaplan decentralisaties met besluitvormingskalender voor de zes raden.",
        TRANSITIE,
        "Twee senior beleidsmedewerkers sociaal domein.",
        ZES,
        date(2012, 4, 2),
        date(2013, 6, 28),
        ("inhoudelijk", "financieel", "kwaliteit"),
        ("W1", "W5", "W7", "W9"),
        "ZWD101",
        40000,
        deelnemers=ALLE_ZES,
        inzet=(("HIA041", 300), ("ZWD101", 300)),
    ),
    Opdracht(
        "PT-14",
        "Evaluatieonderzoek",
        "lokaal",
        "DOR",
        80,
        "afgerond",
        "evaluatie",
        "evaluatie",
        "wethouder Welzijn, Dordrecht",
        "afdelingsmanager Maatschappelijke Ontwikkeling, Dordrecht",
        "Evaluatie van het subsidiebeleid welzijn 2008-2011, in samenwerking met het "
        "Onderzoekcentrum Drechtsteden (OCD).",
        "De raad heeft gevraagd om een evaluatie voordat het nieuwe subsidiebeleid wordt "
        "opgesteld.",
        "Weten wat het subsidiebeleid heeft opgeleverd.",
        "Evaluatierapport met aanbevelingen voor het nieuwe subsidiebeleid.",
        "De juiste medewerker op de juiste plek; leerervaring in evalueren.",
        "Beleidsonderzoeker met ervaring in evaluaties.",
        LOKAAL["DOR"],
        date(2012, 5, 7),
        date(2012, 8, 31),
        ("kwaliteit",),
        ("W5", "W9"),
        "DOR026",
        7500,
        True,
        inzet=(("DOR026", 80),),
    ),
    Opdracht(
        "PT-15",
        "Cultuurvisie Alblasserdam",
        "lokaal",
        "ALB",
        200,
        "afgerond",
        "plan",
        "beleid ontwikkelen",
        "wethouder Cultuur, Alblasserdam",
        "afdelingsmanager Samenleving, Alblasserdam",
        "Opstellen van een nieuwe cultuurvisie voor Alblasserdam.",
        "De beleidsmedewerker cultuur is langdurig afwezig; de cultuurvisie staat voor 2012 "
        "gepland.",
        "Een cultuurvisie binnen de oorspronkelijke planning.",
        "Cultuurvisie 2012-2016, vastgesteld door de raad.",
        "De juiste medewerker op de juiste plek; geen externe inhuur.",
        "Beleidsmedewerker cultuur die recent een cultuurvisie heeft geschreven.",
        LOKAAL["ALB"],
        date(2012, 2, 1),
        date(2012, 8, 31),
        ("inhoudelijk", "kwaliteit"),
        ("W5", "W8", "W9"),
        "DOR022",
        3000,
        True,
        inzet=(("DOR022", 200),),
    ),
    Opdracht(
        "PT-16",
        "Sportnota Sliedrecht",
        "lokaal",
        "SLI",
        200,
        "afgerond",
        "plan",
        "beleid ontwikkelen",
        "wethouder Sport, Sliedrecht",
        "afdelingsmanager Samenleving, Sliedrecht",
        "Opstellen van de sportnota 2013-2016 voor Sliedrecht.",
        "De vorige sportnota loopt af; Sliedrecht heeft geen eigen beleidsmedewerker sport.",
        "Een actuele sportnota met aandacht voor breedtesport en accommodaties.",
        "Sportnota 2013-2016 met uitvoeringsprogramma.",
        "Financieel (geen inhuur) en kwaliteit.",
        "Beleidsmedewerker sport met kennis van buitensportaccommodaties.",
        LOKAAL["SLI"],
        date(2012, 3, 12),
        date(2012, 11, 30),
        ("financieel", "kwaliteit"),
        ("W5", "W6"),
        "ZWD102",
        None,
        False,
        inzet=(("ZWD102", 200),),
    ),
)
