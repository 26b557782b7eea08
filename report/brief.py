"""The raadsinformatiebrief: the tussenstand (or a gemeente's statement) as a letter.

A letterhead from the source folder (`briefhoofd`), then a one-page summary of measured
facts (who is behind, what the college is asked, how the saldi moved since the previous
period), then the report's chapters, then the signature. No sentence is invented: each
states a figure of the warehouse, a rule of the plan (a negative saldo is brought in hours
or in money at the gemiddeld tarief), or the sender's own `verzoek` text.
"""

from __future__ import annotations

import polars as pl

from cijfers import queries
from cijfers.queries import Con
from dutch import format as fmt
from dutch.afronding import afronden
from report.briefhoofd import Briefhoofd
from report.inhoud import Document, Sectie
from report.periode import Periode, lees_periode
from report.tabel import Tabel

NOOT_VERSCHIL = (
    "Elk verschil is het afgeronde exacte verschil; het kan een uur afwijken van het verschil "
    "van de afgeronde saldi."
)


def vorige_periode(periode: Periode) -> Periode:
    """The period of the same length just before: 2012-K3 -> 2012-K2, 2012-K1 -> 2011-K4,
    2012-H1 -> 2011-H2, 2012 -> 2011."""
    jaar = periode.begin.year
    if "-" not in periode.code:
        return lees_periode(str(jaar - 1))
    soort, nummer = periode.code[-2], int(periode.code[-1])
    if nummer > 1:
        return lees_periode(f"{jaar}-{soort}{nummer - 1}")
    return lees_periode(f"{jaar - 1}-{soort}{4 if soort == 'K' else 2}")


def _uren(waarde: float) -> str:
    return fmt.getal(waarde, 0, teken=True)


def _opsomming(delen: list[str]) -> str:
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


def _achter(balans: pl.DataFrame) -> str:
    """Who is behind (a saldo of half an hour or more below zero) and who has credit."""
    achter = balans.filter(pl.col("saldo_uren") <= -0.5).sort("saldo_uren")
    voor = balans.filter(pl.col("saldo_uren") >= 0.5).sort("saldo_uren", descending=True)
    delen = []
    if achter.height:
        delen.append(
            ("Achter staat " if achter.height == 1 else "Achter staan ")
            + _opsomming(
                [
                    f"{r['naam']} ({_uren(r['saldo_uren'])} uur, {fmt.euro(r['saldo_eur'], 0)})"
                    for r in achter.iter_rows(named=True)
                ]
            )
        )
    else:
        delen.append("Geen enkele gemeente staat achter")
    if voor.height:
        delen.append(
            "uren tegoed "
            + ("heeft " if voor.height == 1 else "hebben ")
            + _opsomming(
                [f"{r['naam']} ({_uren(r['saldo_uren'])} uur)" for r in voor.iter_rows(named=True)]
            )
        )
    return "; ".join(delen) + "."


def _gevraagd(
    balans: pl.DataFrame, periode: Periode, code: str | None, namen: dict[str, str]
) -> str:
    """What the college is asked, from the plan's rule: a negative saldo is brought before
    31 December, in hours or in money at the gemiddeld tarief (the figures of its saldo)."""
    einde = fmt.datum(periode.einde.replace(month=12, day=31))
    if code is None:
        return (
            "Gevraagd wordt aan de colleges van de gemeenten die achter staan: zorg dat uw "
            f"saldo op {einde} nul is, door medewerkers opdrachten van andere gemeenten te laten "
            "doen of door geld in te brengen tegen het gemiddelde uurtarief; anders volgt de "
            "verrekening tegen dat tarief."
        )
    rij = balans.filter(pl.col("gemeente") == code).row(0, named=True)
    if rij["saldo_uren"] <= -0.5:
        return (
            f"Gevraagd wordt aan het college van {namen[code]}: breng vóór {einde} nog "
            f"{fmt.getal(-rij['saldo_uren'], 0)} uur, door medewerkers opdrachten van andere "
            f"gemeenten te laten doen, of breng {fmt.euro(-rij['saldo_eur'], 0)} in (het saldo "
            "tegen het gemiddelde uurtarief op de peildatum)."
        )
    if rij["saldo_uren"] >= 0.5:
        return (
            f"{namen[code]} heeft {fmt.getal(rij['saldo_uren'], 0)} uur tegoed. Gevraagd wordt "
            f"aan het college: neem dat tegoed vóór {einde} af door opdrachten aan te melden, "
            "anders ontvangt de gemeente het bij de verrekening in geld."
        )
    return f"Het saldo van {namen[code]} staat op nul; er wordt niets gevraagd."


def _vergelijking(
    con: Con, periode: Periode, balans: pl.DataFrame, code: str | None
) -> tuple[str, Tabel | None]:
    """The saldi now against those at the end of the previous period."""
    vorige = vorige_periode(periode)
    stand = queries.data_stand(con)
    if stand["eerste_datum"] is None or vorige.einde < stand["eerste_datum"]:
        return (
            f"Vergelijking met de vorige periode ({vorige.kort}): daarover zijn geen gegevens, "
            "dit is de eerste tussenstand.",
            None,
        )
    toen = queries.urenbalans(con, vorige.peildatum).select(
        "gemeente", pl.col("saldo_uren").alias("vorig")
    )
    samen = balans.join(toen, on="gemeente", how="left").with_columns(pl.col("vorig").fill_null(0))
    if code is not None:
        samen = samen.filter(pl.col("gemeente") == code)
    rijen = [
        [r["naam"], _uren(r["vorig"]), _uren(r["saldo_uren"]), _uren(r["saldo_uren"] - r["vorig"])]
        for r in samen.iter_rows(named=True)
    ]
    nieuw_jaar = vorige.einde.year != periode.einde.year
    tekst = (
        f"Het saldo op {fmt.datum(periode.peildatum)} naast dat op {fmt.datum(vorige.peildatum)}, "
        f"het einde van de vorige periode ({vorige.kort})."
        + (
            " Let op: op 1 januari begint een nieuw boekjaar; het saldo van het vorige jaar is "
            "met de verrekening afgesloten."
            if nieuw_jaar
            else ""
        )
    )
    tabel = Tabel(
        koppen=["Gemeente", f"Saldo {vorige.kort}", f"Saldo {periode.kort}", "Verschil"],
        rijen=rijen,
        rechts=[False, True, True, True],
        breedtes=["1fr", "auto", "auto", "auto"],
    )
    # the difference is the rounded exact difference, not that of the rounded saldi
    if any(
        afronden(r["saldo_uren"] - r["vorig"]) != afronden(r["saldo_uren"]) - afronden(r["vorig"])  # type: ignore[operator]
        for r in samen.iter_rows(named=True)
    ):
        tabel.noten.append(NOOT_VERSCHIL)
    return tekst, tabel


def samenvatting(con: Con, periode: Periode, code: str | None, hoofd: Briefhoofd) -> Sectie:
    """The one-page summary that opens the letter."""
    namen = queries.gemeente_namen(con)
    balans = queries.urenbalans(con, periode.peildatum)
    sectie = Sectie("Samenvatting")
    sectie.tekst(
        "Deze brief geeft de tussenstand van de proeftuin beleid Drechtsteden over "
        + (periode.naam if "-" not in periode.code else f"het {periode.naam}")
        + f", met de saldi op {fmt.datum_lang(periode.peildatum)}. {_achter(balans)}"
    )
    sectie.tekst(hoofd.verzoek or _gevraagd(balans, periode, code, namen))
    tekst, tabel = _vergelijking(con, periode, balans, code)
    sectie.tekst(tekst)
    if tabel is not None:
        sectie.tabel(tabel, "Urensaldo nu en aan het einde van de vorige periode, in uren")
    return sectie


def als_brief(
    document: Document, con: Con, periode: Periode, code: str | None, hoofd: Briefhoofd
) -> Document:
    """`document` (the tussenstand or a statement) as a raadsinformatiebrief."""
    document.brief = hoofd.als_json()
    document.samenvatting = samenvatting(con, periode, code, hoofd)
    return document
