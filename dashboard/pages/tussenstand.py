"""Tussenstand for the colleges: every figure as of the end of a quarter, half year or date.

Everything counts only what is dated on or before the peildatum (hours, geldinbreng,
evaluaties, leerervaringen, the stand of the opdrachten): a half-year tussenstand is the
state of 30-06, not of today. Each figure is rounded once (`dutch.afronding`) and that
frame feeds the chart, the table and the Excel file alike.
"""

import polars as pl
import streamlit as st

from cijfers import charts, export, kolommen
from cijfers import format as fmt
from dashboard import (
    auth,
    figuren,
    onderdelen,
    perioden,
    queries,
    rapport,
    staven,
    tabbladen,
    tabel_licht,
    teksten,
    ui,
    uitleg,
)
from dutch import afronding
from report.periode import periode_tot

st.title("Tussenstand")
stand = queries.data_stand()
eerste, laatste = stand["eerste_datum"], stand["laatste_datum"]
if eerste is None:
    st.info(teksten.GEEN_UREN)
    st.stop()

KEUZES = {"Kwartaal": perioden.kwartalen, "Halfjaar": perioden.halfjaren, "Jaar": perioden.jaren}
soort = st.radio("Periode", [*KEUZES, "Datum"], horizontal=True)
if soort == "Datum":
    peildatum = st.date_input(
        "Peildatum", value=laatste, min_value=eerste, max_value=laatste, format="DD-MM-YYYY"
    )
else:
    keuzes = KEUZES[soort](eerste, laatste)
    gekozen = st.selectbox(soort, list(keuzes), index=len(keuzes) - 1, placeholder="Maak een keuze")
    peildatum = keuzes[gekozen]
vast = queries.stand_op(peildatum)
# the state in the heading, so it prints with the figures (and costs no extra line on A4)
st.subheader(f"Stand per {fmt.datum_lang(peildatum)}, {vast.tekst}")
if peildatum > laatste:
    st.info(
        f"Deze periode loopt nog: de uren en geldinbreng gaan tot en met {fmt.datum(laatste)}. "
        "De cijfers tellen alles wat op of vóór de peildatum gedateerd is."
    )

# The PDF for the colleges: made by the same function as `proeftuin rapport`, only on a click.
if soort == "Datum":
    st.caption("Een PDF-rapport is er per kwartaal, halfjaar of jaar: kies zo'n periode.")
else:
    rapport_periode = periode_tot(soort.lower(), peildatum)
    namen = queries.gemeente_namen()
    keuze, knop = st.columns([2, 1], vertical_alignment="bottom")
    eigen = auth.eigen_gemeente()  # a college gets its own gemeente's statement only
    opties = [None, *namen] if eigen is None else [None, eigen]
    voor = keuze.selectbox(
        "Rapport voor",
        opties,
        index=opties.index(eigen) if eigen in namen else 0,
        format_func=lambda c: "alle gemeenten (tussenstand)" if c is None else namen[c],
        placeholder="Maak een keuze",
    )
    knop.download_button(
        "Download als PDF",
        auth.download(
            f"rapport-{voor or 'tussenstand'}-{rapport_periode.code}.pdf",
            lambda: rapport.pdf(rapport_periode, voor),
        ),
        file_name=f"{'tussenstand' if voor is None else 'overzicht-' + voor.lower()}"
        f"-{rapport_periode.code}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
    )

balans, balans_noot = afronding.met_totaal(
    queries.urenbalans(peildatum), kolommen.afronding(kolommen.URENBALANS), {"naam": "Totaal"}
)
per_soort = fmt.per_waarde(
    afronding.afgerond(queries.werkvoorraad_per_soort(peildatum), {"begrote_uren": 0}),
    "soort_opdracht",
)
kpi = afronding.afgerond(
    queries.kpi_winstpunt(peildatum), {"gerealiseerde_uren": 0, "gemiddelde_score": 1}
)

BALANS_KOLOMMEN = kolommen.koppen(kolommen.URENBALANS)
KPI_KOLOMMEN = (
    kolommen.WINSTPUNT_KOLOMMEN
    | kolommen.OPDRACHTEN_KOLOMMEN
    | {"gerealiseerde_uren": "Uren", "gemiddelde_score": "Gem. score product"}
)
leer_lang = queries.leerervaringen_per_kwartaal(peildatum)
leer = leer_lang.pivot(
    on="soort", on_columns=list(kolommen.LEERERVARING_SOORTEN), index="periode", values="aantal"
)
leer_lijst = queries.leerervaringen(peildatum)
LEER_KOLOMMEN = {"periode": "Kwartaal"} | kolommen.LEERERVARING_SOORTEN
LIJST_KOLOMMEN = {
    "datum": "Datum",
    "soort": "Soort",
    "omschrijving": "Omschrijving",
    "opdracht_id": "Opdracht",
    "titel": "Titel",
}
dimensie = afronding.afgerond(
    queries.kpi_dimensie(peildatum), {"begrote_uren": 0, "gerealiseerde_uren": 0}
)
efficiency = afronding.afgerond(queries.efficiency_per_winstpunt(peildatum), {"bespaarde_uren": 0})
kwaliteit = afronding.afgerond(
    queries.kwaliteit_per_rol(peildatum),
    {"gemiddelde_score_product": 1, "gemiddelde_score_proces": 1},
).with_columns(pl.col("rol").str.replace("_opdrachtgever", ""))

# The figures as the page shows them (rounded once), as numbers under the page's headers.
BLADEN = {
    "Urenbalans": (balans, BALANS_KOLOMMEN),
    "Werkvoorraad": (
        per_soort,
        {
            "soort_opdracht": "Soort opdracht",
            "stand": "Stand",
            "aantal": "Opdrachten",
            "begrote_uren": "Begrote uren",
        },
    ),
    "Winstpunten": (kpi, KPI_KOLOMMEN),
    "Leerervaringen": (leer, LEER_KOLOMMEN),
    "Leerervaringen lijst": (leer_lijst, LIJST_KOLOMMEN),
    "Dimensies": (dimensie, kolommen.DIMENSIE_KOLOMMEN),
    "Efficiency": (
        efficiency,
        kolommen.WINSTPUNT_KOLOMMEN
        | {
            "aantal_samenvoegingen": "Samenvoegingen",
            "bespaarde_uren": "Bespaarde uren",
        },
    ),
    "Kwaliteit": (
        kwaliteit,
        {
            "rol": "Rol",
            "aantal_evaluaties": "Evaluaties",
            "gemiddelde_score_product": "Gem. score product",
            "gemiddelde_score_proces": "Gem. score proces",
        },
    ),
}


GEEN_OPDRACHTEN = f"Op {fmt.datum(peildatum)} liep er nog geen enkele opdracht."
GEEN_LEERERVARINGEN = (
    "Tot en met de peildatum zijn er nog geen leerervaringen (dilemma's, vraagpunten, "
    "conflicten, doorzettingsmacht) vastgelegd."
)


def toon_urenbalans() -> None:
    # light bars and a static table, no Plotly and no data grid: the first view of the page
    # (issue 26, docs/dashboard.md); the later tabs keep their interactive charts
    links, rechts = st.columns([4, 5])
    with links:
        staven.staven(balans.drop_nulls("gemeente"), "Urensaldo per gemeente")
    with rechts:
        tabel_licht.tabel(balans, BALANS_KOLOMMEN, teken=kolommen.met_teken(kolommen.URENBALANS))
        st.caption(
            "In uren; geldinbreng omgerekend tegen het gemiddelde uurtarief op de datum van "
            "inbreng." + (f" {afronding.NOOT_AFRONDING}" if balans_noot else "")
        )


def toon_werkvoorraad() -> None:
    if not per_soort.height:
        st.info(GEEN_OPDRACHTEN)
        return
    ui.plotly(
        figuren.gestapeld(
            per_soort,
            "soort_opdracht",
            "stand",
            "aantal",
            charts.STATUS_KLEUREN,
            "aantal opdrachten",
            titel="Opdrachten per soort: lopend en afgerond",
            x_titel="soort opdracht",
        )
    )


def toon_winstpunten() -> None:
    st.caption(uitleg.TELLING_TUSSENSTAND)
    ui.plotly(
        figuren.groepen(
            kpi,
            "winstpunt",
            kolommen.OPDRACHTEN_REEKSEN,
            "aantal opdrachten",
            titel="Opdrachten per winstpunt",
            x_titel="winstpunt",
        )
    )
    ui.tabel(kpi, KPI_KOLOMMEN, {"gemiddelde_score": 1})


def toon_leerervaringen() -> None:
    if not leer.height:
        st.info(GEEN_LEERERVARINGEN)
        return
    links, rechts = st.columns(2)
    with links:
        # the plan's order of the soorten (legend and stacking), each with its own colour
        in_volgorde = leer_lang.sort(
            pl.col("soort").cast(pl.Enum(list(kolommen.LEERERVARING_SOORTEN))), maintain_order=True
        )
        ui.plotly(
            figuren.gestapeld(
                in_volgorde.with_columns(pl.col("soort").replace(kolommen.LEERERVARING_SOORTEN)),
                "periode",
                "soort",
                "aantal",
                dict(
                    zip(kolommen.LEERERVARING_SOORTEN.values(), charts.REEKS_KLEUREN, strict=True)
                ),
                "aantal leerervaringen",
                titel="Leerervaringen per kwartaal",
                x_titel="kwartaal",
            )
        )
    with rechts:
        ui.tabel(leer, LEER_KOLOMMEN)
    with st.expander(f"De leerervaringen zelf ({fmt.getal(leer_lijst.height, 0)})"):
        ui.tabel(leer_lijst, LIJST_KOLOMMEN)


def toon_winst() -> None:
    st.caption(
        "Opdrachten tellen vanaf hun startdatum en zijn afgerond vanaf hun einddatum; een "
        "samenvoeging telt vanaf de start van de samengevoegde opdracht; evaluaties tellen op "
        "hun datum."
    )
    # the efficiency chart below the other two, full width: nine winstpunt names need room
    d, k = st.columns(2)
    e = st.container()
    with d:
        ui.plotly(
            figuren.groepen(
                dimensie,
                "dimensie",
                {
                    "aantal_opdrachten": "opdrachten",
                    "aantal_afgerond": "afgerond",
                    "aantal_akkoord": "akkoord",
                },
                "aantal opdrachten",
                titel="Opdrachten per winstdimensie",
                x_titel="dimensie",
            )
        )
    with e:
        if efficiency.get_column("aantal_samenvoegingen").sum() == 0:
            # an all-zero bar chart reads as broken; say why there is nothing yet
            st.info(
                f"Bespaarde uren per winstpunt: tot en met {fmt.datum(peildatum)} is geen "
                "samenvoegende opdracht gestart, dus zijn er nog geen bespaarde uren."
            )
        else:
            ui.plotly(
                figuren.groepen(
                    efficiency,
                    "winstpunt",
                    {"bespaarde_uren": "bespaarde uren"},
                    "bespaarde uren",
                    titel="Bespaarde uren per winstpunt",
                    x_titel="winstpunt",
                )
            )
    with k:
        ui.plotly(
            figuren.groepen(
                kwaliteit,
                "rol",
                {"gemiddelde_score_product": "product", "gemiddelde_score_proces": "proces"},
                "gemiddelde score (1–10)",
                ",.1f",
                titel="Evaluatiescore per rol",
                x_titel="rol",
            )
        )


# One section per tab (dashboard.onderdelen): the urenbalans, which a college reads first,
# is the first tab; each closed section prints as its tables.
onderdelen.toon(
    [
        onderdelen.Onderdeel(
            "Urenbalans",
            "Urenbalans",
            toon_urenbalans,
            [
                onderdelen.Afdruk(
                    *BLADEN["Urenbalans"], teken=kolommen.met_teken(kolommen.URENBALANS)
                )
            ],
        ),
        onderdelen.Onderdeel(
            "Werkvoorraad",
            "Werkvoorraad: lopend en afgerond per soort",
            toon_werkvoorraad,
            [onderdelen.Afdruk(*BLADEN["Werkvoorraad"])],
            GEEN_OPDRACHTEN,
        ),
        onderdelen.Onderdeel(
            "Winstpunten",
            "Winstpunten",
            toon_winstpunten,
            [onderdelen.Afdruk(kpi, KPI_KOLOMMEN, {"gemiddelde_score": 1})],
        ),
        onderdelen.Onderdeel(
            "Leerervaringen",
            "Leerervaringen per kwartaal",
            toon_leerervaringen,
            [onderdelen.Afdruk(leer, LEER_KOLOMMEN)],
            GEEN_LEERERVARINGEN,
        ),
        onderdelen.Onderdeel(
            "Winst en kwaliteit",
            "Winst per dimensie, efficiency en kwaliteit",
            toon_winst,
            [
                onderdelen.Afdruk(*BLADEN["Dimensies"]),
                onderdelen.Afdruk(*BLADEN["Efficiency"]),
                onderdelen.Afdruk(
                    *BLADEN["Kwaliteit"],
                    {"gemiddelde_score_product": 1, "gemiddelde_score_proces": 1},
                ),
            ],
        ),
    ],
    tabbladen.TUSSENSTAND,
)
st.download_button(
    "Download deze tussenstand (Excel)",
    auth.download(
        f"tussenstand-{fmt.datum(peildatum)}.xlsx",
        lambda: export.naar_xlsx(
            {blad: export.met_koppen(frame, koppen) for blad, (frame, koppen) in BLADEN.items()},
            titel=f"Tussenstand proeftuin beleid Drechtsteden per {fmt.datum(peildatum)} "
            f"({vast.tekst})",
        ),
    ),
    file_name=f"tussenstand-{fmt.datum(peildatum)}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    icon=":material/download:",
    on_click="ignore",
)
