"""The report's chapters on results: winstpunten, dimensions and quality."""

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
from warehouse.referentie import WINST_LABELS


def winstpunten(con: Con, periode: Periode) -> tuple[Sectie, Grafiek]:
    """KPIs per winstpunt W1–W9 and per dimension, as of the peildatum."""
    kpi = queries.kpi_winstpunt(con, periode.peildatum)
    sectie = Sectie("Winstpunten en dimensies")
    sectie.tekst(
        "De proeftuin meet zijn winst op negen winstpunten uit het plan. Een opdracht telt mee "
        "zodra hij gestart is; afgerond zodra hij de status afgerond heeft en zijn einddatum "
        "voorbij is. Een opdracht kan meerdere winstpunten dienen."
    )
    grafiek = Grafiek(
        "winstpunten",
        charts.groepen(
            kpi,
            "winstpunt",
            {
                "aantal_opdrachten": "opdrachten",
                "aantal_afgerond": "afgerond",
                "aantal_akkoord": "akkoord opdrachtgever",
            },
            "opdrachten",
            liggend=True,  # nine names side by side under the bars overlap on A4
        ),
        BREED,
        11.0,
        "Liggend staafdiagram per winstpunt W1 tot en met W9 van het aantal opdrachten, "
        "afgeronde opdrachten en opdrachten met akkoord; de aantallen staan in de tabel eronder.",
    )
    sectie.grafiek(grafiek, "Opdrachten per winstpunt")
    sectie.tabel(
        maak_tabel(
            kpi,
            [
                Kolom("winstpunt", "Winstpunt"),
                Kolom("omschrijving", "Omschrijving", breedte="1fr"),
                Kolom("aantal_opdrachten", "Opdrachten"),
                Kolom("aantal_afgerond", "Afgerond"),
                Kolom("aantal_akkoord", "Akkoord"),
                Kolom("gerealiseerde_uren", "Uren"),
            ],
        ),
        "Kengetallen per winstpunt (een opdracht telt bij elk winstpunt dat hij dient)",
    )
    dimensie = queries.kpi_dimensie(con, periode.peildatum).with_columns(
        pl.col("dimensie").replace(WINST_LABELS)
    )
    sectie.tabel(
        maak_tabel(
            dimensie,
            [
                Kolom("dimensie", "Dimensie", breedte="1fr"),
                Kolom("aantal_opdrachten", "Opdrachten"),
                Kolom("aantal_afgerond", "Afgerond"),
                Kolom("aantal_akkoord", "Akkoord"),
                Kolom("begrote_uren", "Begrote uren"),
                Kolom("gerealiseerde_uren", "Gerealiseerde uren"),
            ],
        ),
        "Kengetallen per dimensie (volgens de winst op het opdrachtformulier)",
    )
    return sectie, grafiek


def kwaliteit(con: Con, periode: Periode) -> Sectie:
    """Mean evaluation scores per winstpunt (as of the peildatum); the savings have their
    own chapter (`report.efficiency`)."""
    kpi = queries.kpi_winstpunt(con, periode.peildatum)
    sectie = Sectie("Kwaliteit")
    # each evaluatie once: the table below counts it at every winstpunt of its opdracht
    aantal = int(queries.kwaliteit_per_rol(con, periode.peildatum)["aantal_evaluaties"].sum())
    sectie.tekst(
        "Kwaliteit: de opdrachtgevers en de opdrachtnemer beoordelen elke opdracht met een "
        "cijfer voor het product en het proces (1 tot en met 10). Tot en met de peildatum "
        + ("is " if aantal == 1 else "zijn ")
        + fmt.aantal(aantal, "evaluatie", "evaluaties")
        + " ingevuld. Een opdracht kan meerdere winstpunten dienen; in de tabel telt een "
        "evaluatie bij elk winstpunt van haar opdracht. Een leeg vak betekent nog geen "
        "evaluatie."
    )
    sectie.tabel(
        maak_tabel(
            kpi,
            [
                Kolom("winstpunt", "Winstpunt"),
                Kolom("omschrijving", "Omschrijving", breedte="1fr"),
                Kolom("aantal_evaluaties", "Evaluaties"),
                Kolom("gemiddelde_score", "Gem. product", decimalen=1),
                Kolom("gemiddelde_score_proces", "Gem. proces", decimalen=1),
            ],
        ),
        "Gemiddelde evaluatiescore per winstpunt",
    )
    return sectie
