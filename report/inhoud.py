"""The content of the regional tussenstand: sections of text, charts and tables.

Every figure is read through the read model's queries (`cijfers.queries`), as of the
period's last day, and drawn with its chart functions and column specs, as the dashboard's
pages are, so the report shows what the Tussenstand page shows. The result is plain data
(`Document`) that `opmaak` hands to Typst.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import polars as pl

from cijfers import boekjaren, charts, kolommen, queries
from cijfers.boekjaren import Stand
from cijfers.format import per_waarde
from cijfers.kolommen import Kolom
from cijfers.queries import Con
from dutch import format as fmt
from dutch.afronding import NOOT_AFRONDING, afronden, telt_op
from report.grafieken import Grafiek
from report.periode import Periode
from report.tabel import Tabel, maak_tabel, som

BREED = 16.0  # text width of the A4 page in cm (see sjabloon.typ)


@dataclass
class Sectie:
    """A numbered chapter: a title and blocks (text, chart, table) in reading order."""

    titel: str
    blokken: list[dict[str, Any]] = field(default_factory=list)

    def tekst(self, tekst: str) -> None:
        self.blokken.append({"soort": "tekst", "tekst": tekst})

    def tabel(self, tabel: Tabel, bijschrift: str) -> None:
        self.blokken.append({"soort": "tabel", "tabel": tabel.als_json(), "bijschrift": bijschrift})

    def grafiek(self, grafiek: Grafiek, bijschrift: str) -> None:
        self.blokken.append(
            {
                "soort": "grafiek",
                "bestand": f"{grafiek.naam}.svg",
                "alt": grafiek.alt,
                "breedte": f"{grafiek.breedte_cm}cm",
                "bijschrift": bijschrift,
            }
        )


@dataclass
class Document:
    """Everything the template needs: title page, reading guide, sections, charts."""

    titel: str
    ondertitel: str
    aan: str  # the addressee at the foot of the title page
    voorblad: list[tuple[str, str]]
    leeswijzer: list[str]
    secties: list[Sectie]
    grafieken: list[Grafiek]
    # a raadsinformatiebrief (`report.brief`): letterhead and signature, and the summary
    # that opens it on the first page instead of the title page
    brief: dict[str, Any] | None = None
    samenvatting: Sectie | None = None

    def als_json(self) -> dict[str, Any]:
        return {
            "titel": self.titel,
            "ondertitel": self.ondertitel,
            "aan": self.aan,
            "voorblad": [list(r) for r in self.voorblad],
            "leeswijzer": self.leeswijzer,
            "secties": [{"titel": s.titel, "blokken": s.blokken} for s in self.secties],
            "brief": self.brief,
            "samenvatting": self.samenvatting.blokken if self.samenvatting else None,
        }


def ondertitel(periode: Periode) -> str:
    """'Eerste kwartaal 2012, saldi vanaf 1 januari 2012': a quarter's or half-year's
    balances run from the start of the boekjaar, not from the start of the quarter."""
    naam = periode.naam[:1].upper() + periode.naam[1:]
    if periode.begin.month == 1 and periode.einde.month == 12:
        return naam
    return f"{naam}, saldi vanaf 1 januari {periode.begin.year}"


def voorblad(periode: Periode, stand: dict[str, Any], vast: Stand) -> list[tuple[str, str]]:
    """The title page's facts: period, peildatum, whether the figures are vastgesteld (then
    what they were built from) or voorlopig (then where the data ends and when it was
    loaded: facts a later load changes, so a vastgesteld report does not print them)."""
    rijen = [
        ("Periode", f"{fmt.datum(periode.begin)} tot en met {fmt.datum(periode.einde)}"),
        ("Peildatum", fmt.datum_lang(periode.peildatum)),
        ("Stand", vast.tekst),
    ]
    if vast.vastgesteld:
        return [*rijen, ("Gebouwd uit", vast.grondslag or "")]
    rijen += [
        ("Gegevens tot en met", fmt.datum(stand["laatste_datum"])),
        ("Geladen op", fmt.tijdstip(stand["laatste_run"])),
    ]
    if stand["laatste_datum"] is not None and stand["laatste_datum"] < periode.einde:
        rijen.append(("Let op", "de periode loopt nog: de cijfers tellen alles tot nu toe"))
    return rijen


def urenbalans(con: Con, periode: Periode, namen: dict[str, str]) -> tuple[Sectie, Grafiek]:
    """Saldo per gemeente: chart and table (hours, and the saldo in euros)."""
    balans = queries.urenbalans(con, periode.peildatum)
    sectie = Sectie("Urenbalans per gemeente")
    positief = balans.filter(pl.col("saldo_uren") >= 0.5).height
    negatief = balans.filter(pl.col("saldo_uren") <= -0.5).height
    sectie.tekst(
        f"Op {fmt.datum_lang(periode.peildatum)} "
        + ("heeft 1 gemeente" if positief == 1 else f"hebben {positief} gemeenten")
        + " uren tegoed en "
        + ("moet 1 gemeente" if negatief == 1 else f"moeten {negatief} gemeenten")
        + " nog uren brengen. Wat je haalt, moet je ook brengen: een positief saldo is tegoed, "
        "een negatief saldo moet nog gebracht worden."
    )
    sectie.tekst(uitwisseling(con, periode))
    grafiek = Grafiek(
        "saldo",
        charts.saldo_per_gemeente(balans, namen),
        BREED,
        7.5,
        "Staafdiagram van het urensaldo per gemeente op de peildatum; "
        "de waarden staan in de tabel eronder.",
    )
    sectie.grafiek(grafiek, f"Urensaldo per gemeente op {fmt.datum(periode.peildatum)}")
    tabel = maak_tabel(balans, list(kolommen.URENBALANS_MET_EURO), "Totaal")
    sectie.tabel(
        tabel,
        "Urenbalans per gemeente, in uren; de laatste kolom is het saldo tegen het gemiddelde "
        "uurtarief op de peildatum",
    )
    return sectie, grafiek


def uitwisseling(con: Con, periode: Periode) -> str:
    """The hours brought for another gemeente this boekjaar (docs/sql-interface.md,
    `uitwisseling`), and in an open period the employees who brought them (W9): a late
    registration may change that count, so a vastgesteld report leaves it out."""
    rij = queries.uitwisseling(con, periode.peildatum)
    tekst = (
        f"Van 1 januari tot en met de peildatum brachten de gemeenten "
        f"{fmt.getal(rij['uitgewisselde_uren'], 0)} uren voor een andere gemeente: per "
        "opdracht wat een gemeente meer bracht dan zij zelf haalde."
    )
    if boekjaren.stand_op(con, periode.peildatum).vastgesteld:
        return tekst
    mensen = rij["medewerkers_uitgewisseld"]
    return (
        tekst
        + (" 1 medewerker werkte" if mensen == 1 else f" {fmt.geheel(mensen)} medewerkers werkten")
        + " voor een andere gemeente."
    )


def verloop(con: Con, periode: Periode, namen: dict[str, str]) -> tuple[Sectie, Grafiek | None]:
    """The cumulative saldo per quarter up to the peildatum: line chart and table."""
    reeks = queries.saldo_verloop(con, "kwartaal").filter(
        pl.col("jaar") * 4 + pl.col("kwartaal")
        <= periode.peildatum.year * 4 + (periode.peildatum.month + 2) // 3
    )
    sectie = Sectie("Verloop per kwartaal")
    if reeks.is_empty():
        sectie.tekst("Tot de peildatum zijn er nog geen uren of geldinbreng geregistreerd.")
        return sectie, None
    sectie.tekst(
        "Het saldo van elke gemeente aan het eind van elk kwartaal, opgeteld vanaf het begin "
        "van de gegevens. Het proeftuin-MT stuurt op een saldo van nul aan het eind van het jaar."
    )
    grafiek = Grafiek(
        "verloop",
        charts.verloop(reeks, namen),
        BREED,
        7.5,
        "Lijndiagram van het cumulatieve urensaldo per gemeente per kwartaal; "
        "de waarden staan in de tabel eronder.",
    )
    sectie.grafiek(grafiek, "Cumulatief urensaldo per gemeente per kwartaal")
    kwartalen = reeks.get_column("periode").unique(maintain_order=True).to_list()
    breed = reeks.pivot(on="periode", index="naam", values="saldo_cumulatief").sort("naam")
    sectie.tabel(
        maak_tabel(breed, [kolommen.GEMEENTE, *(Kolom(k, k, teken=True) for k in kwartalen)]),
        "Cumulatief urensaldo aan het eind van elk kwartaal, in uren",
    )
    return sectie, grafiek


def matrix_tarief(con: Con, periode: Periode) -> float | None:
    """The gemiddeld tarief valid on the peildatum (None when none is loaded)."""
    return queries.uren_totalen(con, periode.peildatum).get_column("uurtarief_eur")[0]


def matrix(con: Con, periode: Periode, namen: dict[str, str]) -> Sectie:
    """The plan's 'tussenstand uren tegoed': opdracht × gemeente, each cell rounded alone."""
    lang = queries.tussenstand_uren_tegoed(con, periode.peildatum)
    sectie = Sectie("Tussenstand uren tegoed")
    if lang.is_empty():
        sectie.tekst("Tot de peildatum zijn er nog geen uren op opdrachten geregistreerd.")
        return sectie
    sectie.tekst(
        "Per opdracht wat elke gemeente bracht (+, tegoed) of haalde (−), zoals de tabel in het "
        "plan. Elke rij telt exact op tot nul; geldinbreng zit niet in deze tabel, wel in het "
        "saldo van de urenbalans. De onderste rij zet de uren totalen om in euro's tegen het "
        "gemiddelde uurtarief op de peildatum."
    )
    codes = list(namen)
    rijen: list[list[str]] = []
    per_gemeente: dict[str, list[float]] = {c: [] for c in codes}
    for (_, titel), deel in lang.group_by(["opdracht_id", "titel"], maintain_order=True):
        saldo = dict(zip(deel.get_column("gemeente"), deel.get_column("saldo_uren"), strict=True))
        rij = [titel, fmt.getal(deel.get_column("gerealiseerde_uren")[0], 0)]
        for code in codes:
            waarde = saldo.get(code, 0.0)
            per_gemeente[code].append(waarde)
            rij.append("" if abs(waarde) < 1e-9 else fmt.getal(afronden(waarde), 0, True))
        rijen.append(rij)
    totaal = ["Uren totalen", ""] + [
        fmt.getal(afronden(som(per_gemeente[c])), 0, True) for c in codes
    ]
    tabel = Tabel(
        koppen=["Opdracht", "Uren totaal", *(namen[c] for c in codes)],
        rijen=rijen,
        rechts=[False] + [True] * (len(codes) + 1),
        # the title gets the room; the gemeenten share the rest (long names wrap at a hyphen)
        breedtes=["2.6fr", "1fr"] + ["1fr"] * len(codes),
        totaal=totaal,
    )
    if not all(telt_op(per_gemeente[c]) for c in codes):
        tabel.noten.append(NOOT_AFRONDING)
    tarief = matrix_tarief(con, periode)
    if tarief is not None:
        # the plan's row under the matrix: each exact total at the gemiddeld tarief, in
        # whole euros, as the Urenbalans page (`afronding.tegoed_matrix`)
        tabel.slot.append(
            ["Staat gelijk aan", ""]
            + [fmt.euro(afronden(som(per_gemeente[c]) * Decimal(str(tarief))), 0) for c in codes]
        )
    sectie.tabel(tabel, f"Tussenstand van het uren tegoed op {fmt.datum(periode.peildatum)}")
    return sectie


def werkvoorraad(con: Con, periode: Periode) -> tuple[Sectie, Grafiek | None]:
    """Opdrachten per soort that are running or completed on the peildatum."""
    per_soort = per_waarde(queries.werkvoorraad_per_soort(con, periode.peildatum), "soort_opdracht")
    sectie = Sectie("Werkvoorraad")
    if per_soort.is_empty():
        sectie.tekst(f"Op {fmt.datum(periode.peildatum)} liep er nog geen enkele opdracht.")
        return sectie, None
    sectie.tekst(
        "De opdrachten die op de peildatum lopen of afgerond zijn, per soort: lokaal, meervoudig "
        "lokaal, regionaal, ondersteuning en ontwikkel. Aangemelde en geannuleerde opdrachten "
        "tellen niet mee."
    )
    grafiek = Grafiek(
        "werkvoorraad",
        charts.gestapeld(
            per_soort, "soort_opdracht", "stand", "aantal", charts.STATUS_KLEUREN, "opdrachten"
        ),
        BREED,
        6.5,
        "Gestapeld staafdiagram van het aantal lopende en afgeronde opdrachten per soort; "
        "de aantallen staan in de tabel eronder.",
    )
    sectie.grafiek(grafiek, "Lopende en afgeronde opdrachten per soort")
    sectie.tabel(
        maak_tabel(
            per_soort,
            [
                Kolom("soort_opdracht", "Soort opdracht", breedte="1fr"),
                Kolom("stand", "Stand", breedte="1fr"),
                Kolom("aantal", "Opdrachten", totaal=True),
                Kolom("begrote_uren", "Begrote uren", totaal=True),
            ],
            "Totaal",
        ),
        "Werkvoorraad per soort en stand",
    )
    return sectie, grafiek


def leerervaringen(con: Con, periode: Periode) -> Sectie:
    """The dilemma's, vraagpunten, conflicten and doorzettingsmacht dated in the period."""
    lijst = queries.leerervaringen(con, periode.peildatum).filter(
        pl.col("datum").is_between(periode.begin, periode.einde)
    )
    sectie = Sectie("Leerervaringen")
    if lijst.is_empty():
        sectie.tekst(f"In de periode {periode.kort} zijn er geen leerervaringen vastgelegd.")
        return sectie
    per_soort = {
        s: lijst.filter(pl.col("soort") == s).height for s in kolommen.LEERERVARING_SOORTEN
    }
    sectie.tekst(
        f"In de periode {periode.kort} "
        + ("is " if lijst.height == 1 else "zijn ")
        + fmt.aantal(lijst.height, "leerervaring", "leerervaringen")
        + " vastgelegd: "
        + ", ".join(
            fmt.aantal(n, *kolommen.LEERERVARING_WOORDEN[s]) for s, n in per_soort.items() if n
        )
        + "."
    )
    sectie.tabel(
        maak_tabel(
            lijst,
            [
                Kolom("datum", "Datum"),
                Kolom("soort", "Soort"),
                Kolom("omschrijving", "Omschrijving", breedte="3fr"),
                Kolom("titel", "Opdracht", breedte="1.4fr"),
            ],
        ),
        f"Leerervaringen in de periode {periode.kort}",
    )
    return sectie
