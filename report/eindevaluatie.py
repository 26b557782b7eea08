"""The eindevaluatie: the year report with the findings per question of the council letter
and the plan, and the MT's advice on the vervolg and the taakstelling.

No prose is invented: each finding is a figure of the warehouse in a sentence, or an
absence stated as such (no satisfaction measure in the source folder), texts of the
source folder are quoted in tables (`report.kwalitatief`), and the advice is
quoted from the MT's own `advies.toml` in the source folder. The chapters of the year
report follow the findings, so every figure can be looked up there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from cijfers import kolommen, queries
from cijfers import kwalitatief as kw
from cijfers.kolommen import Kolom
from cijfers.queries import Con
from dutch import format as fmt
from report import efficiency, kwalitatief
from report.briefhoofd import lees_toml, onbekende_velden, tekst_veld
from report.controle import RapportFout
from report.inhoud import Document, Sectie
from report.periode import Periode
from report.tabel import maak_tabel

BESTAND = "advies.toml"
VELDEN = ("vervolg", "taakstelling")


@dataclass(frozen=True)
class Advies:
    """The MT's advice, in its own words."""

    vervolg: str
    taakstelling: str


@dataclass(frozen=True)
class Eindevaluatie:
    """The report is the eindevaluatie, with the advice read from the source folder."""

    advies: Advies | None


def lees_advies(bron: Path) -> Advies | None:
    """`bron`/advies.toml (both fields required), or None when the MT has written none."""
    pad = bron / BESTAND
    if not pad.exists():
        return None
    waarden = lees_toml(pad, f"{pad} is niet te lezen")
    onbekende_velden(pad, waarden, set(VELDEN))
    for veld in VELDEN:
        if veld not in waarden:
            raise RapportFout(f"{pad}: het veld {veld} ontbreekt")
    return Advies(*(tekst_veld(waarden, v, str(pad)) for v in VELDEN))


def _werkvoorraad(con: Con, periode: Periode) -> Sectie:
    """Vraag 1: werkvoorraad en urenbalans."""
    sectie = Sectie("Bevinding: werkvoorraad en urenbalans")
    soort = queries.werkvoorraad_per_soort(con, periode.peildatum)
    per_stand = dict(soort.group_by("stand").agg(pl.col("aantal").sum()).iter_rows())
    balans = queries.urenbalans(con, periode.peildatum)
    plus = balans.filter(pl.col("saldo_uren") >= 0.5).height
    min_ = balans.filter(pl.col("saldo_uren") <= -0.5).height
    betaald = queries.verrekening(con, periode.peildatum)["bedrag_eur"].sum()
    sectie.tekst(
        f"In {periode.kort} liepen of eindigden "
        f"{fmt.aantal(sum(per_stand.values()), 'opdracht', 'opdrachten')}, waarvan "
        f"{fmt.geheel(per_stand.get('afgerond', 0))} afgerond. Medewerkers brachten "
        f"{fmt.getal(balans['gebracht_uren'].sum(), 0)} uur voor opdrachten van de proeftuin. "
        f"Op {fmt.datum(periode.peildatum)} "
        + ("had 1 gemeente" if plus == 1 else f"hadden {plus} gemeenten")
        + " uren tegoed en "
        + ("stond 1 gemeente" if min_ == 1 else f"stonden {min_} gemeenten")
        + f" achter; de verrekening bedraagt in totaal {fmt.euro(betaald, 2)}."
    )
    return sectie


def _kwaliteit(con: Con, periode: Periode, namen: tuple[str, ...]) -> Sectie:
    """Vraag 2: kwaliteit, in scores and in the evaluaties' own words."""
    sectie = Sectie("Bevinding: kwaliteit")
    per_rol = queries.kwaliteit_per_rol(con, periode.peildatum)
    aantal = int(per_rol["aantal_evaluaties"].sum())
    if aantal == 0:
        sectie.tekst(f"In {periode.kort} is geen enkele evaluatie ingevuld.")
        return sectie
    gewogen = per_rol.filter(pl.col("aantal_evaluaties") > 0)
    product = (gewogen["aantal_evaluaties"] * gewogen["gemiddelde_score_product"]).sum() / aantal
    sectie.tekst(
        f"In {periode.kort} "
        + ("is " if aantal == 1 else "zijn ")
        + fmt.aantal(aantal, "evaluatie", "evaluaties")
        + f" ingevuld; het gemiddelde cijfer voor het product is {fmt.getal(product, 1)}."
    )
    sectie.tabel(
        maak_tabel(
            kw.rol_woorden(per_rol),
            [
                Kolom("rol", "Rol", breedte="1fr"),
                Kolom("aantal_evaluaties", "Evaluaties"),
                Kolom("gemiddelde_score_product", "Gem. product", decimalen=1),
                Kolom("gemiddelde_score_proces", "Gem. proces", decimalen=1),
            ],
        ),
        "Evaluaties per rol",
    )
    teksten = queries.evaluatie_teksten(con, periode.peildatum)
    if teksten.height:
        sectie.tabel(
            maak_tabel(
                kw.rol_woorden(kw.teksten_zonder_personen(teksten, ("toelichting",), namen)),
                [
                    Kolom("datum", "Datum"),
                    Kolom("titel", "Opdracht", breedte="1fr"),
                    Kolom("rol", "Rol"),
                    Kolom("score_product", "Product"),
                    Kolom("toelichting", "Toelichting", breedte="2fr"),
                ],
            ),
            "Wat de opdrachtgevers en opdrachtnemers schreven",
        )
    return sectie


def _efficiency(con: Con, periode: Periode) -> Sectie:
    """Vraag 3: efficiencywinst, realistisch en onderbouwd."""
    sectie = Sectie("Bevinding: efficiency")
    sectie.tekst(efficiency.samenvatting(efficiency.per_besparing(con, periode), periode))
    return sectie


def _leren(con: Con, periode: Periode) -> Sectie:
    """Vraag 4: leerervaringen."""
    lijst = queries.leerervaringen(con, periode.peildatum).filter(
        pl.col("datum").is_between(periode.begin, periode.einde)
    )
    sectie = Sectie("Bevinding: leerervaringen")
    if lijst.is_empty():
        sectie.tekst(f"In {periode.kort} is geen leerervaring vastgelegd.")
        return sectie
    per_soort = dict(lijst.group_by("soort").len().iter_rows())
    sectie.tekst(
        f"In {periode.kort} legde het proeftuin-MT "
        + fmt.aantal(lijst.height, "leerervaring", "leerervaringen")
        + " vast: "
        + ", ".join(
            fmt.aantal(per_soort[s], *kolommen.LEERERVARING_WOORDEN[s])
            for s in kolommen.LEERERVARING_SOORTEN
            if per_soort.get(s)
        )
        + ". Ze staan in het hoofdstuk Leerervaringen."
    )
    return sectie


def _medewerkers(con: Con, periode: Periode) -> Sectie:
    """Vraag 5: binding and growth of medewerkers (W8/W9), mobility, inzet per schaal."""
    sectie = Sectie("Bevinding: medewerkers (W8 en W9)")
    mobiliteit = queries.mobiliteit(con, periode.peildatum)
    totaal, elders = mobiliteit["medewerkers"].sum(), mobiliteit["medewerkers_elders"].sum()
    sectie.tekst(
        f"Van de {fmt.aantal(totaal, 'medewerker', 'medewerkers')} die in {periode.kort} uren "
        f"schreven, werkten er {fmt.geheel(elders)} aan een opdracht van een andere gemeente, "
        f"samen {fmt.getal(mobiliteit['uren_elders'].sum(), 0)} uur (regionale opdrachten "
        "tellen hier niet als andere gemeente)."
    )
    sectie.tabel(
        maak_tabel(
            mobiliteit,
            [
                Kolom("naam", "Gemeente", breedte="1fr"),
                Kolom("medewerkers", "Medewerkers met uren", totaal=True),
                Kolom("medewerkers_elders", "Bij een andere gemeente", totaal=True),
                Kolom("uren", "Uren", totaal=True),
                Kolom("uren_elders", "Waarvan elders", totaal=True),
            ],
            "Totaal",
        ),
        "Mobiliteit per gemeente",
    )
    sectie.tabel(
        maak_tabel(
            queries.inzet_per_schaal(con, periode.peildatum).with_columns(
                pl.format("schaal {}", "schaal").alias("schaal")
            ),
            [
                Kolom("schaal", "Schaal", breedte="1fr"),
                Kolom("medewerkers", "Medewerkers", totaal=True),
                Kolom("uren", "Uren", totaal=True),
            ],
            "Totaal",
        ),
        "Inzet per schaalniveau",
    )
    return sectie


def _advies(advies: Advies | None) -> Sectie:
    sectie = Sectie("Advies van het proeftuin-MT")
    if advies is None:
        sectie.tekst(
            f"Het proeftuin-MT heeft nog geen advies vastgelegd ({BESTAND} in de bronmap "
            "ontbreekt)."
        )
        return sectie
    sectie.tekst(f"Over het vervolg schrijft het proeftuin-MT ({BESTAND}):")
    sectie.tekst(advies.vervolg)
    sectie.tekst("Over de financiële taakstelling schrijft het proeftuin-MT:")
    sectie.tekst(advies.taakstelling)
    return sectie


def controleer_keuze(periode: Periode, gemeente: str | None) -> None:
    """Refuse what the eindevaluatie cannot be: a part of a year, or one gemeente's. Checked
    by the command before any work (before the report's imports, so a refusal answers at once)
    and by `report.maak.maak_document` for every other caller."""
    if "-" in periode.code:
        raise RapportFout(
            f"de eindevaluatie gaat over een heel jaar; gebruik --periode "
            f"{periode.begin.year}, niet {periode.code}"
        )
    if gemeente is not None:
        raise RapportFout("de eindevaluatie is regionaal; laat --gemeente weg")


def als_eindevaluatie(
    document: Document, con: Con, periode: Periode, advies: Advies | None
) -> Document:
    """The year report `document` with the findings and the MT's advice in front."""
    namen = kw.persoonsaanduidingen(con)
    bevindingen = [
        _werkvoorraad(con, periode),
        _kwaliteit(con, periode, namen),
        kwalitatief.interviews(con, periode, namen),
        _efficiency(con, periode),
        _leren(con, periode),
        kwalitatief.leerverhalen(con, periode, namen),
        _medewerkers(con, periode),
        kwalitatief.tevredenheid(con, periode, namen),
        kwalitatief.verwachtingen(con, periode, namen),
        _advies(advies),
    ]
    document.titel = "Eindevaluatie proeftuin beleid"
    document.leeswijzer = [
        "Deze eindevaluatie beantwoordt per vraag van de raadsinformatiebrief en het plan wat "
        "de gegevens van het platform laten zien, gevolgd door het advies van het "
        "proeftuin-MT in zijn eigen woorden. Daarna volgen de hoofdstukken van het "
        "jaarrapport, waarin elk getal na te slaan is.",
        *document.leeswijzer,
    ]
    document.secties = [*bevindingen, *document.secties]
    return document
