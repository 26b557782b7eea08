"""Urenbalans: saldo per gemeente, its course, the plan's tussenstand matrix, the prognosis."""

import polars as pl
import streamlit as st

from cijfers import format as fmt
from cijfers import kolommen
from dashboard import (
    figuren,
    onderdelen,
    queries,
    staven,
    tabbladen,
    tabel_licht,
    teksten,
    ui,
    uitleg,
)
from dashboard.perioden import kies_boekjaar
from dutch import afronding

PER, PERIODEN = "urenbalans_per", ["kwartaal", "halfjaar"]  # the course's widget and choices
SOORT = "tegoed_soort"  # the matrix's filter
SALDO_TITEL = "Urensaldo per gemeente"

st.title("Urenbalans")
stand = queries.data_stand()
laatste = stand["laatste_datum"]
jaren = queries.boekjaren()
boekjaar = kies_boekjaar(jaren) if jaren.height else None
jaareinde = boekjaar["verrekendatum"] if boekjaar else None
tarief = boekjaar["uurtarief_eur"] if boekjaar else None
st.caption(
    (
        f"Boekjaar {boekjaar['jaar']}: de saldi lopen vanaf 1 januari; "
        f"{queries.stand_op(jaareinde).tekst}. "
        if boekjaar
        else f"{teksten.GEEN_UREN} "
    )
    + "Wat je haalt, moet je ook brengen: een positief saldo is tegoed, een negatief saldo "
    "moet nog gebracht worden."
)

gemeenten = queries.gemeente_namen()
balans = queries.urenbalans(jaareinde)
# every figure rounded once (CBS): the chart, the table and its total show the same values
BALANS = kolommen.URENBALANS_MET_EURO
getoond, noot = afronding.met_totaal(balans, kolommen.afronding(BALANS), {"naam": "Totaal"})
lang = queries.tussenstand_uren_tegoed(jaareinde)
soorten = sorted(lang.get_column("soort_opdracht").unique().to_list())
# Without any hours yet, the prognosis still shows what the open opdrachten will bring;
# once the data reach 31-12 it is relabelled (uitleg.prognose_teksten).
teksten_prognose = uitleg.prognose_teksten(laatste)
prognose = afronding.afgerond(
    queries.prognose(),
    dict.fromkeys(
        [
            "saldo_uren",
            "resterende_uren_gebracht",
            "resterende_uren_gehaald",
            "prognose_saldo_uren",
            "resterende_uren_zonder_opdrachtnemer",
        ],
        0,
    ),
)
PROGNOSE_KOLOMMEN = {
    "naam": "Gemeente",
    "saldo_uren": teksten_prognose.nu.capitalize(),
    "resterende_uren_gebracht": "Nog te brengen",
    "resterende_uren_gehaald": "Nog te halen",
    "prognose_saldo_uren": teksten_prognose.reeks.capitalize(),
    "resterende_uren_zonder_opdrachtnemer": "Te halen zonder opdrachtnemer",
}
PROGNOSE_TEKEN = ["saldo_uren", "prognose_saldo_uren"]
prognose_geldt = not boekjaar or boekjaar["is_huidig"]
PROGNOSE_VOORBIJ = (
    ""
    if prognose_geldt
    else f"De prognose tot het eind van het jaar geldt het lopende boekjaar; {boekjaar['jaar']} "
    "is voorbij. Kies het lopende boekjaar om haar te zien."
)
GEEN_TEGOED = (
    "Geen opdrachten met uren bij deze keuze." if soorten else "Nog geen opdrachten met uren."
)


def verloop(per: str) -> figuren.Grafiek | None:
    """The chart of the saldo's course per quarter or half year of the boekjaar."""
    gekozen = afronding.afgerond(queries.saldo_verloop(per), {"saldo_cumulatief": 0})
    if boekjaar:
        gekozen = gekozen.filter(pl.col("jaar") == boekjaar["jaar"])
    return figuren.verloop(gekozen, gemeenten, x_titel=per) if gekozen.height else None


def tegoed(soort: list[str]) -> tuple[pl.DataFrame, bool] | None:
    """The plan's matrix of the chosen soorten as text, and whether it needs the rounding
    note."""
    gekozen = lang.filter(pl.col("soort_opdracht").is_in(soort))
    if not gekozen.height:
        return None
    matrix, matrix_noot = afronding.tegoed_matrix(gekozen, gemeenten, tarief)
    return fmt.tegoed_tekst(matrix), matrix_noot


def toon_saldo() -> None:
    # light bars and a static table, no Plotly and no data grid: the first view of the page
    # (issue 26, docs/dashboard.md); the course and the prognosis stay interactive charts.
    # The table's six columns need five eighths of 1366 px; the bars do with the rest.
    links, rechts = st.columns([3, 5])
    with links:
        staven.staven(getoond.head(balans.height), SALDO_TITEL)
    with rechts:
        tabel_licht.tabel(getoond, kolommen.koppen(BALANS), teken=kolommen.met_teken(BALANS))
        st.caption(
            "Alles in uren, behalve de laatste kolom: het saldo tegen het gemiddelde uurtarief "
            + (
                f"van {fmt.euro(tarief, 2)} dat geldt op {fmt.datum(jaareinde)}, "
                "de datum van de verrekening."
                if tarief
                else "(er is geen gemiddeld uurtarief geladen)."
            )
            + (f" {afronding.NOOT_AFRONDING}" if noot else "")
        )


def toon_verloop() -> None:
    per = tabbladen.blijvend(st.radio, "Per", PERIODEN, key=PER, horizontal=True)
    grafiek = verloop(per)
    if grafiek:
        ui.plotly(grafiek)
    else:
        st.info(teksten.GEEN_UREN)


def toon_tegoed() -> None:
    soort = tabbladen.blijvend(
        st.multiselect,
        "Soort opdracht",
        soorten,
        key=SOORT,
        standaard=soorten,
        format_func=fmt.label,
        placeholder="kies een soort",
    )
    matrix = tegoed(soort)
    if matrix:
        ui.matrix(matrix[0])
        st.caption(
            "Per opdracht: + is gebracht (tegoed), − is gehaald, leeg is geen effect. Elk getal "
            "is afgerond op hele uren, een totaal is het afgeronde exacte totaal."
            + (f" {afronding.NOOT_AFRONDING}" if matrix[1] else "")
            + " Geldinbreng zit niet in deze tabel, wel in het saldo hierboven."
        )
    else:
        st.info(GEEN_TEGOED)


def toon_prognose() -> None:
    if not prognose_geldt:
        st.info(PROGNOSE_VOORBIJ)
        return
    ui.plotly(
        figuren.prognose(
            prognose,
            gemeenten,
            teksten_prognose.reeks,
            teksten_prognose.nu,
            titel=f"Urensaldo per gemeente: {teksten_prognose.nu} en {teksten_prognose.reeks}",
        )
    )
    st.caption(teksten_prognose.uitleg)
    ui.tabel(prognose, PROGNOSE_KOLOMMEN, teken=PROGNOSE_TEKEN)


def op_papier_verloop() -> list[onderdelen.Afdruk]:
    """The course's figures for paper (its tab closed): the chart's own table."""
    grafiek = verloop(tabbladen.bewaard(PER, PERIODEN[0]))
    if grafiek is None:
        return []
    cijfers = grafiek.tabel
    return [onderdelen.Afdruk(cijfers, {k: k for k in cijfers.columns}, teken=cijfers.columns[1:])]


def op_papier_tegoed() -> list[onderdelen.Afdruk]:
    """The matrix for paper (its tab closed), with the soorten the reader last chose."""
    matrix = tegoed(tabbladen.bewaard(SOORT, soorten))
    if matrix is None:
        return []
    tekst = matrix[0]
    return [onderdelen.Afdruk(tekst, {k: k for k in tekst.columns}, rechts=tekst.columns[1:])]


# One section per tab (dashboard.onderdelen): the saldo per gemeente first.
onderdelen.toon(
    [
        onderdelen.Onderdeel(
            "Saldo",
            "Saldo per gemeente",
            toon_saldo,
            [onderdelen.Afdruk(getoond, kolommen.koppen(BALANS), teken=kolommen.met_teken(BALANS))],
        ),
        onderdelen.Onderdeel(
            "Verloop", "Verloop van het saldo", toon_verloop, op_papier_verloop, teksten.GEEN_UREN
        ),
        onderdelen.Onderdeel(
            "Uren tegoed",
            "Tussenstand van het uren tegoed",
            toon_tegoed,
            op_papier_tegoed,
            GEEN_TEGOED,
        ),
        onderdelen.Onderdeel(
            "Prognose",
            teksten_prognose.kop,
            toon_prognose,
            [onderdelen.Afdruk(prognose, PROGNOSE_KOLOMMEN, teken=PROGNOSE_TEKEN)]
            if prognose_geldt
            else [],
            PROGNOSE_VOORBIJ,
        ),
    ],
    tabbladen.URENBALANS,
    subheader=True,
)
