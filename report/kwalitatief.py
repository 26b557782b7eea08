"""The eindevaluatie's findings in words (issue 22): the interviews of the platform's
sample, the satisfaction with the mechanism, the MT's leerverhalen and the
portefeuillehouders' expectations against the result.

Each sentence is a count or average of the source folder's rows, or the rows' own text
quoted in a table; texts are read as a role without person-level data reads them
(`cijfers.kwalitatief`): the report goes to the college and the council.
"""

from __future__ import annotations

import polars as pl

from cijfers import kwalitatief as kw
from cijfers.format import per_waarde
from cijfers.kolommen import Kolom
from cijfers.queries import Con
from dutch import format as fmt
from report.inhoud import Sectie
from report.periode import Periode
from report.tabel import maak_tabel


def _gewogen(frame: pl.DataFrame) -> float:
    return float((frame["gemiddelde"] * frame["respondenten"]).sum() / frame["respondenten"].sum())


def interviews(con: Con, periode: Periode, namen: tuple[str, ...]) -> Sectie:
    """Kwaliteit bij de klant: the sample drawn, the interviews held, what they said."""
    sectie = Sectie("Bevinding: interviews met klanten")
    jaar = periode.begin.year
    steekproef = kw.interviewsteekproef(con, jaar)
    gehouden = kw.interviews(con, jaar)
    if steekproef.is_empty() and gehouden.is_empty():
        sectie.tekst(f"In {periode.kort} is geen opdracht afgerond en geen interview vastgelegd.")
        return sectie
    bevraagd = set(gehouden.filter("in_steekproef")["opdracht_id"])
    steekproef = steekproef.with_columns(
        pl.col("opdracht_id").is_in(list(bevraagd)).alias("geinterviewd")
    )
    buiten = gehouden.filter(~pl.col("in_steekproef")).height
    met_cijfer = gehouden.filter(pl.col("oordeel").is_not_null())
    zinnen = [
        f"In {periode.kort} trok het platform "
        + fmt.aantal(steekproef.height, "opdracht", "opdrachten")
        + " voor een interview (één per kwartaal, aanvrager en soort opdracht) uit "
        + fmt.aantal(int(steekproef["kandidaten"].sum()), "afgeronde opdracht",
                     "afgeronde opdrachten")
        + f"; over {fmt.geheel(steekproef['geinterviewd'].sum())} daarvan is een interview "
        "vastgelegd.",
    ]  # fmt: skip
    if buiten:
        zinnen.append(
            fmt.aantal(buiten, "interview ging", "interviews gingen")
            + " over een opdracht buiten de steekproef."
        )
    if met_cijfer.height:
        zinnen.append(
            "Het gemiddelde oordeel van de "
            + fmt.aantal(met_cijfer.height, "geïnterviewde", "geïnterviewden")
            + f" die een cijfer gaven is {fmt.getal(met_cijfer['oordeel'].mean(), 1)}."
        )
    sectie.tekst(" ".join(zinnen))
    sectie.tabel(
        maak_tabel(
            per_waarde(steekproef, "soort_opdracht").with_columns(
                pl.format("K{}", "kwartaal").alias("kwartaal")
            ),
            [
                Kolom("kwartaal", "Kwartaal"),
                Kolom("aanvrager_naam", "Aanvrager"),
                Kolom("soort_opdracht", "Soort"),
                Kolom("titel", "Getrokken opdracht", breedte="1fr"),
                Kolom("kandidaten", "Getrokken uit"),
                Kolom("geinterviewd", "Interview"),
            ],
        ),
        "Interviewsteekproef per kwartaal",
    )
    if gehouden.height:
        sectie.tabel(
            maak_tabel(
                kw.rol_woorden(kw.teksten_zonder_personen(gehouden, ("uitkomst",), namen)),
                [
                    Kolom("datum", "Datum"),
                    Kolom("titel", "Opdracht", breedte="1.2fr"),
                    Kolom("rol", "Geïnterviewd", breedte="1.2fr"),
                    Kolom("oordeel", "Cijfer"),
                    Kolom("uitkomst", "Uitkomst", breedte="2.4fr"),
                    Kolom("in_steekproef", "In steekproef"),
                ],
            ),
            "Uitkomst van de interviews",
        )
    return sectie


def tevredenheid(con: Con, periode: Periode, namen: tuple[str, ...]) -> Sectie:
    """The yearly satisfaction with the mechanism, per role."""
    sectie = Sectie("Bevinding: tevredenheid over het mechanisme")
    meting = kw.tevredenheid(con, periode.begin.year)
    if meting.is_empty():
        sectie.tekst(
            f"De bronmap bevat geen meting van de tevredenheid over het mechanisme in "
            f"{periode.kort}; deze vraag beantwoordt dit rapport daarom niet."
        )
        return sectie
    sectie.tekst(
        f"In de meting van {periode.kort} gaven "
        + fmt.aantal(int(meting["respondenten"].sum()), "respondent", "respondenten")
        + f" in {fmt.aantal(meting.height, 'rol', 'rollen')} het mechanisme gemiddeld een "
        + f"{fmt.getal(_gewogen(meting), 1)} (gewogen naar het aantal respondenten)."
    )
    sectie.tabel(
        maak_tabel(
            kw.rol_woorden(kw.teksten_zonder_personen(meting, ("toelichting",), namen)),
            [
                Kolom("rol", "Rol"),
                Kolom("respondenten", "Respondenten", totaal=True),
                Kolom("gemiddelde", "Gemiddeld cijfer", decimalen=1),
                Kolom("toelichting", "Toelichting", breedte="1fr"),
            ],
        ),
        "Tevredenheid per rol",
    )
    return sectie


def leerverhalen(con: Con, periode: Periode, namen: tuple[str, ...]) -> Sectie:
    """The MT's leerverhalen, quoted."""
    sectie = Sectie("Bevinding: leerverhalen van het proeftuin-MT")
    verhalen = kw.leerverhalen(con, periode.begin.year)
    if verhalen.is_empty():
        sectie.tekst(f"In {periode.kort} schreef het proeftuin-MT geen leerverhaal.")
        return sectie
    sectie.tekst(
        f"In {periode.kort} schreef het proeftuin-MT "
        + fmt.aantal(verhalen.height, "leerverhaal", "leerverhalen")
        + "; ze staan hieronder in zijn eigen woorden."
    )
    sectie.tabel(
        maak_tabel(
            kw.teksten_zonder_personen(verhalen, ("titel", "verhaal"), namen),
            [
                Kolom("datum", "Datum"),
                Kolom("titel", "Titel"),
                Kolom("verhaal", "Verhaal", breedte="2fr"),
            ],
        ),
        "Leerverhalen",
    )
    return sectie


def verwachtingen(con: Con, periode: Periode, namen: tuple[str, ...]) -> Sectie:
    """What would make the proeftuin a success for each portefeuillehouder, and the result."""
    sectie = Sectie("Bevinding: verwachtingen van de portefeuillehouders")
    lijst = kw.verwachtingen(con, periode.peildatum)
    if lijst.is_empty():
        sectie.tekst("De bronmap bevat geen verwachtingen van portefeuillehouders.")
        return sectie
    gemeten = lijst.filter(pl.col("gehaald").is_not_null())
    uitgekomen = int(gemeten["gehaald"].sum())
    zinnen = [
        "Portefeuillehouders van "
        + fmt.aantal(lijst["gemeente"].n_unique(), "gemeente", "gemeenten")
        + " zeiden wanneer de proeftuin voor hen een succes is: "
        + fmt.aantal(lijst.height, "verwachting", "verwachtingen")
        + "."
    ]
    if gemeten.height:
        zinnen.append(
            f"Van de {fmt.geheel(gemeten.height)} met een maatstaf "
            + ("is" if uitgekomen == 1 else "zijn")
            + f" er op {fmt.datum(periode.peildatum)} {fmt.geheel(uitgekomen)} uitgekomen."
        )
    sectie.tekst(" ".join(zinnen))
    sectie.tabel(
        maak_tabel(
            kw.verwachtingen_getoond(kw.teksten_zonder_personen(lijst, ("verwachting",), namen)),
            [
                Kolom("naam", "Gemeente"),
                Kolom("verwachting", "Verwachting", breedte="2.5fr"),
                Kolom("maatstaf_tekst", "Maatstaf", breedte="1fr"),
                Kolom("streefwaarde_tekst", "Streefwaarde"),
                Kolom("gemeten_tekst", "Gemeten"),
                Kolom("uitgekomen", "Uitgekomen"),
            ],
        ),
        "Verwachtingen tegen de uitkomst",
    )
    return sectie
