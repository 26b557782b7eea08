"""The report's closing chapters: the settlement, corrections after a vaststelling and where
the data came from."""

from __future__ import annotations

from datetime import date

import polars as pl

from cijfers import boekjaren, queries, stromen
from cijfers.boekjaren import Stand, met_namen
from cijfers.kolommen import Kolom
from cijfers.queries import Con
from dutch import format as fmt
from report.grafieken import Grafiek
from report.inhoud import BREED, Sectie
from report.periode import Periode
from report.tabel import maak_tabel

VERREKENING_KOLOMMEN = [
    Kolom("van", "Betaalt (uit)", breedte="1fr"),
    Kolom("naar", "Aan", breedte="1fr"),
    Kolom("uren", "Uren", decimalen=2, totaal=True),
    Kolom("bedrag_eur", "Bedrag", decimalen=2, euro=True, totaal=True),
]


def is_de_verrekening(periode: Periode) -> bool:
    """A year report after its 31 December speaks of the settlement itself, not of an
    expected one (data contract, section 10)."""
    return periode.begin.month == 1 and periode.einde.month == 12 and periode.einde < date.today()


def verrekening_titel(periode: Periode) -> str:
    return (
        f"Verrekening {periode.einde.year}"
        if is_de_verrekening(periode)
        else "Verwachte verrekening"
    )


def verrekening_inleiding(periode: Periode, vast: Stand, tarief: object) -> str:
    """What the settlement figures are: the settlement (vastgesteld or voorlopig) of a
    closed year, or what it would be if the year closed on the peildatum."""
    regel = (
        "betaalt elke gemeente met een negatief saldo haar uren aan de gemeenten met een "
        "positief saldo, naar rato van hun tegoed, tegen het gemiddelde uurtarief van "
        f"{fmt.euro(tarief, 2)}; het geld dat in het jaar is ingebracht (de geldinbreng) gaat "
        "in dezelfde verhouding naar hen."
    )
    if is_de_verrekening(periode):
        return (
            f"In de verrekening per {fmt.datum(periode.einde)} {regel} De verrekening is "
            f"{vast.tekst}."
        )
    return (
        f"Als het jaar op {fmt.datum(periode.peildatum)} zou sluiten, {regel} Dit is een "
        "verwachting: de echte verrekening volgt op 31 december."
    )


def verrekening(
    con: Con, periode: Periode, namen: dict[str, str], vast: Stand
) -> tuple[Sectie, Grafiek | None]:
    """Who pays whom when the boekjaar closes: the settlement itself for a past year, else
    what it would be if the year closed on the peildatum (`verrekening_op`)."""
    paren = met_namen(queries.verrekening(con, periode.peildatum), namen)
    sectie = Sectie(verrekening_titel(periode))
    if paren.is_empty():
        sectie.tekst(
            f"Per {fmt.datum(periode.peildatum)} hoeft geen enkele gemeente te verrekenen: alle "
            "saldi zijn nul."
        )
        return sectie, None
    sectie.tekst(verrekening_inleiding(periode, vast, paren.get_column("uurtarief_eur")[0]))
    grafiek = Grafiek(
        "verrekening",
        stromen.verrekening(paren, namen),
        BREED,
        8.0,
        "Stroomdiagram van de betalingen: betalende gemeenten en de geldinbreng links, "
        "ontvangende gemeenten rechts; de bedragen staan in de tabel eronder.",
    )
    sectie.grafiek(grafiek, "Betalingen tussen de gemeenten")
    sectie.tabel(
        maak_tabel(paren, VERREKENING_KOLOMMEN, "Totaal"),
        "Verrekening per betaler (of geldinbreng) en ontvangende gemeente",
    )
    return sectie, grafiek


def correcties(con: Con, periode: Periode) -> Sectie | None:
    """The corrections na vaststelling that count in this period: rows that came after an
    earlier period was vastgesteld (data contract, section 10). None when there are none."""
    rijen = boekjaren.correcties(con, periode.begin, periode.einde)
    if rijen.is_empty():
        return None
    sectie = Sectie("Correcties na vaststelling")
    sectie.tekst(
        f"{fmt.getal(rijen.height, 0)} "
        + ("rij kwam" if rijen.height == 1 else "rijen kwamen")
        + " binnen of veranderde na de vaststelling van de periode waarin "
        + ("ze valt" if rijen.height == 1 else "ze vallen")
        + ". De vastgestelde cijfers blijven zoals ze zijn; de correctie telt mee in deze "
        "periode, de eerste die nog open was."
    )
    sectie.tabel(
        maak_tabel(
            rijen,
            [
                Kolom("wijziging", "Wijziging"),
                Kolom("bestand", "Bestand", breedte="1fr"),
                Kolom("regel", "Regel"),
                Kolom("datum", "Gedateerd"),
                Kolom("gemeente", "Gemeente"),
                Kolom("uren", "Uren", decimalen=2, totaal=True),
            ],
            "Totaal",
        ),
        "Correcties na vaststelling die in deze periode meetellen",
    )
    return sectie


def herkomst(con: Con, vast: Stand) -> Sectie:
    """What the figures rest on: for vastgestelde figures the run they were vastgesteld
    from (later runs do not change them); else the last ETL run, its files and rejects."""
    if vast.vastgesteld:
        sectie = Sectie("Herkomst van de gegevens")
        sectie.tekst(
            f"De cijfers van deze periode zijn {vast.tekst}, gebouwd uit {vast.grondslag}. Ze "
            "veranderen niet meer: gegevens die later binnenkomen tellen als correctie in de "
            "eerste periode die nog open is."
        )
        return sectie
    stand = queries.data_stand(con)
    runs = queries.etl_runs(con)
    # every file the run saw is listed, so the count in the text is the rows of the table;
    # one of no kind (vastgestelde cijfers, an unknown or unreadable file) says why
    bestanden = queries.etl_bestanden(con).with_columns(
        pl.coalesce("soort", pl.col("opmerking").str.replace("^afgekeurd: .*", "onleesbaar"))
    )
    sectie = Sectie("Herkomst van de gegevens")
    run = runs.row(0, named=True) if runs.height else None
    tekst = (
        "De cijfers komen uit het warehouse van de proeftuin, dat de exports van de gemeenten "
        "inleest. "
    )
    if run is not None:
        tekst += (
            f"De laatste laadrun (nummer {run['run_id']}) begon op "
            f"{fmt.tijdstip(run['gestart_op'])} en las "
            f"{fmt.aantal(bestanden.height, 'bestand', 'bestanden')} met "
            f"{fmt.aantal(run['rijen_gelezen'], 'rij', 'rijen')}; "
            f"{fmt.geheel(run['rijen_geladen'])} "
            + ("is" if run["rijen_geladen"] == 1 else "zijn")
            + f" geladen en {fmt.geheel(run['rijen_afgekeurd'])} afgekeurd. "
        )
    tekst += (
        f"De gegevens lopen van {fmt.datum(stand['eerste_datum'])} tot en met "
        f"{fmt.datum(stand['laatste_datum'])}. Afgekeurde rijen tellen nergens mee; de "
        "controller van elke gemeente kan de afgekeurde rijen met hun reden op het platform "
        "inzien."
    )
    sectie.tekst(tekst)
    sectie.tabel(
        maak_tabel(
            bestanden,
            [
                Kolom("bestand", "Bestand", breedte="1fr"),
                Kolom("soort", "Soort"),
                Kolom("rijen_gelezen", "Gelezen", totaal=True),
                Kolom("rijen_geladen", "Geladen", totaal=True),
                Kolom("rijen_afgekeurd", "Afgekeurd", totaal=True),
            ],
            "Totaal",
        ),
        "Ingelezen bestanden van de laatste laadrun",
    )
    return sectie
