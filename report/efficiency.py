"""The report's chapter on efficiency: what the proeftuin saves, and on what basis.

Every figure is a sum over `besparingen_op` (merged opdrachten from their
opdrachtformulier, bundled accountschappen and avoided external hire from the source
folder's `besparingen`); each saving is listed with its source (file and line, or the
opdrachtformulier) so a reader can check it. A saving without a stated basis is listed
as such and left out of every total: nothing is guessed (the council letter: "geen ruw
geschatte efficiencywinst inboeken").
"""

from __future__ import annotations

import polars as pl

from cijfers import queries
from cijfers.kolommen import Kolom
from cijfers.queries import Con
from dutch import format as fmt
from report.inhoud import Sectie
from report.periode import Periode
from report.tabel import maak_tabel

SOORTEN = {
    "samenvoeging": "samengevoegde opdracht",
    "gebundeld_accountschap": "gebundeld accountschap",
    "vermeden_inhuur": "vermeden externe inhuur",
}
BEDRAGEN = [  # short headers: the caption says hours, then euros
    Kolom("gerealiseerd_uren", "Gerealiseerd", totaal=True),
    Kolom("gerealiseerd_eur", "in €", euro=True, totaal=True),
    Kolom("potentieel_uren", "Potentieel", totaal=True),
    Kolom("potentieel_eur", "in €", euro=True, totaal=True),
]


def per_besparing(con: Con, periode: Periode) -> pl.DataFrame:
    """One row per saving (the gemeenten's parts added up), with its source."""
    return queries.besparing_lijst(con, periode.peildatum).with_columns(
        pl.col("soort").replace_strict(SOORTEN, default=pl.col("soort")),
        pl.when(pl.col("onderbouwd"))
        .then(pl.col("grondslag"))
        .otherwise(pl.lit("zonder onderbouwing: niet meegeteld"))
        .alias("grondslag"),
    )


def samenvatting(lijst: pl.DataFrame, periode: Periode) -> str:
    """The savings in words: how many, realised and potential (only those with a basis),
    how many have none; `lijst` from `per_besparing`."""
    if lijst.is_empty():
        return (
            f"Tot en met {fmt.datum(periode.peildatum)} is er geen besparing vastgelegd: geen "
            "samengevoegde opdracht, geen gebundeld accountschap en geen vermeden externe inhuur."
        )
    onderbouwd = lijst.filter(pl.col("onderbouwd"))
    zonder = lijst.height - onderbouwd.height
    per_status = {
        s: onderbouwd.filter(pl.col("status") == s) for s in ("gerealiseerd", "potentieel")
    }
    zinnen = [
        f"Tot en met {fmt.datum(periode.peildatum)} "
        + ("is " if lijst.height == 1 else "zijn ")
        + fmt.aantal(lijst.height, "besparing", "besparingen")
        + " vastgelegd. Gerealiseerd: "
        + f"{fmt.getal(per_status['gerealiseerd']['uren'].sum(), 0)} uur, "
        + f"{fmt.euro(per_status['gerealiseerd']['bedrag_eur'].sum(), 0)}; potentieel: "
        + f"{fmt.getal(per_status['potentieel']['uren'].sum(), 0)} uur, "
        + f"{fmt.euro(per_status['potentieel']['bedrag_eur'].sum(), 0)}."
    ]
    if zonder:
        zinnen.append(
            fmt.aantal(zonder, "besparing heeft", "besparingen hebben")
            + " geen onderbouwing (grondslag) en "
            + ("telt" if zonder == 1 else "tellen")
            + " nergens mee."
        )
    zinnen.append(
        "Uren en euro's: wat de bron geeft, het andere tegen het gemiddelde uurtarief; een "
        "samenvoeging bespaart de begrote uren van wat zij vervangt min haar eigen begroting "
        "en is gerealiseerd zodra de samenvoegende opdracht is afgerond."
    )
    return " ".join(zinnen)


def efficiency(con: Con, periode: Periode) -> Sectie:
    """Realised and potential saving per winstpunt and per gemeente, and every saving."""
    sectie = Sectie("Efficiency: besparingen")
    lijst = per_besparing(con, periode)
    sectie.tekst(samenvatting(lijst, periode))
    if lijst.is_empty():
        return sectie
    sectie.tabel(
        maak_tabel(
            queries.besparing_per_winstpunt(con, periode.peildatum),
            [
                Kolom("winstpunt", "Winstpunt"),
                Kolom("omschrijving", "Omschrijving", breedte="1fr"),
                *BEDRAGEN,
            ],
        ),
        "Onderbouwde besparing per winstpunt, in uren en in euro's (een besparing telt bij elk "
        "winstpunt van haar opdracht)",
    )
    sectie.tabel(
        maak_tabel(
            queries.besparing_per_gemeente(con, periode.peildatum),
            [Kolom("naam", "Gemeente", breedte="1fr"), *BEDRAGEN],
            "Totaal",
        ),
        "Onderbouwde besparing per gemeente, in uren en in euro's",
    )
    sectie.tabel(
        maak_tabel(
            lijst,
            [
                Kolom("soort", "Soort"),
                Kolom("opdracht_id", "Opdracht"),
                Kolom("status", "Status"),
                Kolom("uren", "Uren"),
                Kolom("bedrag_eur", "Euro", euro=True),
                Kolom("grondslag", "Grondslag", breedte="2fr"),
                Kolom("bron", "Bron", breedte="1.2fr"),
            ],
        ),
        "Alle besparingen met hun grondslag en bron",
    )
    return sectie
