"""The statement for one gemeente: its balance, its opdrachten, and what it pays or receives."""

from __future__ import annotations

import polars as pl

from cijfers import boekjaren, charts, queries
from cijfers.boekjaren import Stand, met_namen
from cijfers.format import per_waarde
from cijfers.kolommen import Kolom
from cijfers.queries import Con
from dutch import format as fmt
from report import afsluiting, inhoud
from report.grafieken import Grafiek
from report.inhoud import BREED, Document, Sectie
from report.periode import Periode
from report.tabel import Tabel, maak_tabel

LEESWIJZER = [
    "Dit overzicht geeft de stand van één gemeente in de proeftuin beleid op de peildatum, de "
    "laatste dag van de periode: uren en geldinbreng tellen mee als ze op of vóór die dag liggen.",
    "Gebracht zijn de uren die medewerkers van de gemeente voor opdrachten werkten; gehaald is "
    "het aandeel van de gemeente in de uren die op haar opdrachten zijn gewerkt. Het saldo is "
    "gebracht min gehaald plus de geldinbreng (omgerekend tegen het gemiddelde uurtarief). Een "
    "positief saldo is tegoed, een negatief saldo moet de gemeente nog brengen.",
    "Elk getal is afzonderlijk afgerond (een half naar boven, van nul af) en elk totaal is het "
    "afgeronde exacte totaal; waar de delen daardoor niet optellen tot het totaal, staat dat onder "
    "de tabel. Bedragen van de verrekening staan tot op de cent.",
]


def _saldo(con: Con, periode: Periode, code: str, namen: dict[str, str]) -> tuple[Sectie, Grafiek]:
    balans = queries.urenbalans(con, periode.peildatum)
    rij = balans.filter(pl.col("gemeente") == code).row(0, named=True)
    sectie = Sectie("Saldo")
    richting = (
        "heeft de gemeente uren tegoed"
        if rij["saldo_uren"] >= 0.5
        else "moet de gemeente nog uren brengen"
        if rij["saldo_uren"] <= -0.5
        else "staat de gemeente op nul"
    )
    sectie.tekst(f"Op {fmt.datum_lang(periode.peildatum)} {richting}.")
    regels = [
        ("Gebracht (uren)", fmt.getal(rij["gebracht_uren"], 0)),
        ("Gehaald (uren)", fmt.getal(rij["gehaald_uren"], 0)),
        ("Geldinbreng (euro)", fmt.euro(rij["geldinbreng_eur"], 2)),
        ("Geldinbreng (uren)", fmt.getal(rij["geldinbreng_uren"], 0)),
        ("Saldo (uren)", fmt.getal(rij["saldo_uren"], 0, teken=True)),
        ("Saldo tegen het gemiddelde uurtarief", fmt.euro(rij["saldo_eur"], 2)),
    ]
    sectie.tabel(
        Tabel(["", namen[code]], [list(r) for r in regels], [False, True], ["1fr", "auto"]),
        f"Urenbalans van {namen[code]} op {fmt.datum(periode.peildatum)}",
    )
    grafiek = Grafiek(
        "saldo",
        charts.saldo_per_gemeente(balans, namen, markeer=code),
        BREED,
        7.0,
        f"Staafdiagram van het urensaldo van alle zes gemeenten op de peildatum, ter "
        f"vergelijking; de staaf van {namen[code]} is gemarkeerd, de andere zijn licht.",
    )
    sectie.grafiek(
        grafiek, f"Urensaldo van alle gemeenten, ter vergelijking ({namen[code]} gemarkeerd)"
    )
    _verloop(con, periode, code, sectie)
    return sectie, grafiek


def _verloop(con: Con, periode: Periode, code: str, sectie: Sectie) -> None:
    """The gemeente's own saldo at the end of each quarter of the boekjaar up to the
    peildatum: its trend, which the chart of all six on one day does not show."""
    reeks = queries.saldo_verloop(con, "kwartaal").filter(
        (pl.col("gemeente") == code)
        & (pl.col("jaar") == periode.peildatum.year)
        & (pl.col("kwartaal") <= (periode.peildatum.month + 2) // 3)
    )
    if reeks.height < 2:
        return
    sectie.tabel(
        Tabel(
            ["Kwartaal", *reeks.get_column("periode").to_list()],
            [
                [
                    "Saldo (uren)",
                    *(fmt.getal(w, 0, teken=True) for w in reeks.get_column("saldo_cumulatief")),
                ]
            ],
            [False] + [True] * reeks.height,
            ["1fr"] + ["auto"] * reeks.height,
        ),
        "Verloop van het saldo aan het eind van elk kwartaal, in uren",
    )


def _opdrachten(con: Con, periode: Periode, code: str, naam: str) -> Sectie:
    effect = per_waarde(
        queries.urenbalans_per_opdracht(con, periode.peildatum).filter(pl.col("gemeente") == code),
        "soort_opdracht",
    )
    sectie = Sectie("Opdrachten")
    if effect.is_empty():
        sectie.tekst(f"Tot de peildatum heeft {naam} geen uren gebracht of gehaald.")
        return sectie
    sectie.tekst(
        f"De opdrachten waarop {naam} tot de peildatum uren bracht of haalde. Geldinbreng staat "
        "hier niet in, wel in het saldo."
    )
    sectie.tabel(
        maak_tabel(
            effect,
            [
                Kolom("opdracht_id", "Nummer"),
                Kolom("titel", "Opdracht", breedte="1fr"),
                Kolom("soort_opdracht", "Soort"),
                Kolom("gebracht_uren", "Gebracht", totaal=True),
                Kolom("gehaald_uren", "Gehaald", totaal=True),
                Kolom("saldo_uren", "Saldo", teken=True, totaal=True),
            ],
            "Totaal",
        ),
        f"Uren van {naam} per opdracht, tot en met {fmt.datum(periode.peildatum)}",
    )
    return sectie


def _verrekening(
    con: Con, periode: Periode, code: str, namen: dict[str, str], vast: Stand
) -> Sectie:
    """What the gemeente pays or receives, and from whom, in words its college reads: a
    creditor learns which debtors pay it and that the rest of its credit is paid from
    the geldinbreng of which gemeenten (data contract, section 3)."""
    paren = met_namen(queries.verrekening(con, periode.peildatum), namen)
    eigen = paren.filter((pl.col("van_gemeente") == code) | (pl.col("naar_gemeente") == code))
    sectie = Sectie(afsluiting.verrekening_titel(periode))
    if eigen.is_empty():
        sectie.tekst(f"Per {fmt.datum(periode.peildatum)} betaalt of ontvangt {namen[code]} niets.")
        return sectie
    sectie.tekst(afsluiting.verrekening_inleiding(periode, vast, paren["uurtarief_eur"][0]))
    sectie.tekst(
        _in_woorden(eigen, code, boekjaren.verrekening_per_gemeente(con, periode.peildatum))
    )
    sectie.tabel(
        maak_tabel(eigen, afsluiting.VERREKENING_KOLOMMEN, "Totaal"),
        f"Verrekening van {namen[code]}",
    )
    return sectie


def _opsomming(delen: list[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


def _bedragen(rijen: pl.DataFrame, kolom: str, woord: str) -> str:
    """'€ 1.513,04 van Alblasserdam en € 750,27 van Sliedrecht'."""
    return _opsomming(
        [f"{fmt.euro(b, 2)} {woord} {n}" for n, b in rijen.select(kolom, "bedrag_eur").iter_rows()]
    )


def _in_woorden(eigen: pl.DataFrame, code: str, per_gemeente: pl.DataFrame) -> str:
    """'U betaalt € 2.829,38: … aan …' or 'U ontvangt € 1.513,04 van Alblasserdam en …;
    het restant van uw tegoed (€ 70,91) is betaald uit de geldinbreng van …'."""
    betaalt = eigen.filter(pl.col("van_gemeente") == code)
    if betaalt.height:
        totaal = fmt.euro(betaalt["bedrag_eur"].sum(), 2)
        return (
            f"U betaalt {totaal}: {_bedragen(betaalt, 'naar', 'aan')}. Daarmee staat uw saldo "
            "op nul."
        )
    ontvangt = eigen.filter(pl.col("naar_gemeente") == code)
    tekort = ontvangt.filter(pl.col("soort") == "tekort")
    pot = ontvangt.filter(pl.col("soort") == "geldinbreng")
    zinnen = [f"U ontvangt {_bedragen(tekort, 'van', 'van')}"] if tekort.height else []
    if pot.height:
        bronnen = pot.get_column("van").str.replace("^geldinbreng van ", "").to_list()
        zinnen.append(
            ("h" if zinnen else "H")
            + f"et restant van uw tegoed ({fmt.euro(pot['bedrag_eur'].sum(), 2)}) is betaald "
            f"uit de geldinbreng van {_opsomming(bronnen)}"
        )
    tekst = "; ".join(zinnen) + "."
    verschil = per_gemeente.filter(pl.col("gemeente") == code).get_column("tariefverschil_eur")
    if verschil.len() and verschil[0] != 0:
        tekst += (
            f" Er resteert een tariefverschil van {fmt.euro(verschil[0], 2)}: de geldinbreng "
            "kwam binnen tegen het uurtarief van haar datum, uw tegoed is gewaardeerd tegen "
            "het tarief van 31 december."
        )
    return tekst


def document(con: Con, periode: Periode, code: str) -> Document:
    """Read the statement of gemeente `code` for `periode` (through `cijfers.queries`)."""
    namen = queries.gemeente_namen(con)
    saldo, grafiek = _saldo(con, periode, code, namen)
    vast = boekjaren.stand_op(con, periode.peildatum)
    return Document(
        titel=f"Overzicht {namen[code]}",
        ondertitel=f"Proeftuin beleid, {inhoud.ondertitel(periode)}",
        aan=f"Aan het college van burgemeester en wethouders van {namen[code]}.",
        voorblad=inhoud.voorblad(periode, queries.data_stand(con), vast),
        leeswijzer=LEESWIJZER,
        secties=[
            saldo,
            _opdrachten(con, periode, code, namen[code]),
            _verrekening(con, periode, code, namen, vast),
            afsluiting.herkomst(con, vast),
        ],
        grafieken=[grafiek],
    )
