"""The report's closing chapters: the expected settlement and where the data came from."""

from __future__ import annotations

import polars as pl

from cijfers import charts, queries
from cijfers.kolommen import Kolom
from cijfers.queries import Con
from dutch import format as fmt
from report.grafieken import Grafiek
from report.inhoud import BREED, Sectie
from report.periode import Periode
from report.tabel import maak_tabel

VERREKENING_KOLOMMEN = [
    Kolom("van", "Betaalt", breedte="1fr"),
    Kolom("naar", "Aan", breedte="1fr"),
    Kolom("uren", "Uren", decimalen=2, totaal=True),
    Kolom("bedrag_eur", "Bedrag", decimalen=2, euro=True, totaal=True),
]


def met_namen(paren: pl.DataFrame, namen: dict[str, str]) -> pl.DataFrame:
    """The settlement pairs with the gemeenten's names beside their codes."""
    return paren.with_columns(
        pl.col("van_gemeente").replace_strict(namen, default=pl.col("van_gemeente")).alias("van"),
        pl.col("naar_gemeente")
        .replace_strict(namen, default=pl.col("naar_gemeente"))
        .alias("naar"),
    )


def verrekening(con: Con, periode: Periode, namen: dict[str, str]) -> tuple[Sectie, Grafiek | None]:
    """Who would pay whom if the year closed on the peildatum (`verrekening_op`)."""
    paren = met_namen(queries.verrekening(con, periode.peildatum), namen)
    sectie = Sectie("Verwachte verrekening")
    if paren.is_empty():
        sectie.tekst(
            f"Als het jaar op {fmt.datum(periode.peildatum)} zou sluiten, hoeft geen enkele "
            "gemeente te verrekenen: alle saldi zijn nul."
        )
        return sectie, None
    tarief = paren.get_column("uurtarief_eur")[0]
    sectie.tekst(
        f"Als het jaar op {fmt.datum(periode.peildatum)} zou sluiten, betaalt elke gemeente met "
        "een negatief saldo haar uren aan de gemeenten met een positief saldo, naar rato van hun "
        f"tegoed, tegen het gemiddelde uurtarief van {fmt.euro(tarief, 2)}. Dit is een "
        "verwachting: de echte verrekening volgt op 31 december."
    )
    grafiek = Grafiek(
        "verrekening",
        charts.verrekening(paren, namen),
        BREED,
        8.0,
        "Stroomdiagram van de verwachte betalingen: betalende gemeenten links, ontvangende "
        "rechts; de bedragen staan in de tabel eronder.",
    )
    sectie.grafiek(grafiek, "Verwachte betalingen tussen de gemeenten")
    sectie.tabel(
        maak_tabel(paren, VERREKENING_KOLOMMEN, "Totaal"),
        "Verwachte verrekening per betalende en ontvangende gemeente",
    )
    return sectie, grafiek


def herkomst(con: Con) -> Sectie:
    """The last ETL run, its files and how many rows it rejected: what the figures rest on."""
    stand = queries.data_stand(con)
    runs = queries.etl_runs(con)
    bestanden = queries.etl_bestanden(con).filter(pl.col("soort").is_not_null())
    sectie = Sectie("Herkomst van de gegevens")
    run = runs.row(0, named=True) if runs.height else None
    tekst = (
        "De cijfers komen uit het warehouse van de proeftuin, dat de exports van de gemeenten "
        "inleest. "
    )
    if run is not None:
        tekst += (
            f"De laatste laadrun (nummer {run['run_id']}) begon op "
            f"{fmt.tijdstip(run['gestart_op'])} en las {fmt.getal(run['bestanden'], 0)} "
            "bestanden met "
            f"{fmt.getal(run['rijen_gelezen'], 0)} rijen; {fmt.getal(run['rijen_geladen'], 0)} "
            f"rijen zijn geladen en {fmt.getal(run['rijen_afgekeurd'], 0)} afgekeurd. "
        )
    tekst += (
        f"De gegevens lopen van {fmt.datum(stand['eerste_datum'])} tot en met "
        f"{fmt.datum(stand['laatste_datum'])}. Afgekeurde rijen tellen nergens mee; de lijst "
        "met redenen staat op de pagina Data & kwaliteit van het platform."
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
