"""Winstpunten: per winstpunt and per dimension, what the proeftuin delivers."""

import polars as pl
import streamlit as st

from cijfers import format as fmt
from cijfers import kolommen
from dashboard import queries, tabel_licht, uitleg
from dashboard.groepstaven import groepstaven_html
from dashboard.perioden import kies_boekjaar
from report.efficiency import SOORTEN
from warehouse.referentie import WINST_LABELS

st.title("Winstpunten")
st.caption(
    "De proeftuin is een succes als de winstpunten uit het plan gerealiseerd worden. Een "
    "opdracht is succesvol afgerond als de opdrachtgevers akkoord zijn met het product. Een "
    "opdracht met meer winstpunten telt bij elk winstpunt mee."
)
jaren = queries.boekjaren()
boekjaar = kies_boekjaar(jaren) if jaren.height else None
# the lopende boekjaar as the views without a date count it; an earlier one up to its 31-12
peildatum = boekjaar["verrekendatum"] if boekjaar and not boekjaar["is_huidig"] else None
st.caption(
    (
        f"Boekjaar {boekjaar['jaar']}, "
        + ("het lopende" if boekjaar["is_huidig"] else f"tot en met {fmt.datum(peildatum)}")
        + f"; {queries.stand_op(boekjaar['verrekendatum']).tekst}. "
        if boekjaar
        else ""
    )
    + "De winstpunten op het eind van een kwartaal of halfjaar staan op de pagina Tussenstand."
)
DIMENSIES = {"": "alle dimensies"} | WINST_LABELS
dimensie = st.selectbox(
    "Dimensie", list(DIMENSIES), format_func=DIMENSIES.get, placeholder="Maak een keuze"
)
overzicht = queries.winstpunten_overzicht(dimensie or None, peildatum)

st.caption(uitleg.TELLING_WINSTPUNTEN)
# light bars, no Plotly: a chart library was most of the page's first visit (issue 26,
# docs/dashboard.md); the figures are the table's below
st.html(
    groepstaven_html(
        overzicht,
        "winstpunt",
        kolommen.OPDRACHTEN_REEKSEN,
        "Opdrachten per winstpunt",
        naam="omschrijving",
        kop="Winstpunt",
    )
)
tabel_licht.tabel(
    overzicht.with_columns(
        pl.concat_str(
            [
                pl.when(pl.col(kolom)).then(pl.lit(letter)).otherwise(pl.lit("–"))
                for kolom, letter in (("inhoudelijk", "I"), ("financieel", "F"), ("kwaliteit", "K"))
            ],
            separator=" ",
        ).alias("ifk"),
        (pl.col("aandeel_akkoord") * 100).alias("procent_akkoord"),
    ),
    # Uren and Bespaard before the scores: at 1366 px everything up to Bespaard is in view;
    # the page's tables are static tables (dashboard.tabel_licht: a grid each cost the page
    # switch most of its time); the besparingen are a short list kept by the regio, whose
    # long texts read better wrapped in full than in a grid's three lines
    kolommen.WINSTPUNT_KOLOMMEN
    | kolommen.OPDRACHTEN_KOLOMMEN
    | {
        "procent_akkoord": "% akkoord",
        "gerealiseerde_uren": "Uren",
        "bespaarde_uren": "Bespaard",
        "gemiddelde_score": "Score product",
        "gemiddelde_score_proces": "Score proces",
        "ifk": "Dimensies",
    },
    {"gemiddelde_score": 1, "gemiddelde_score_proces": 1},
    eenheden={"procent_akkoord": " %"},
    breedtes={"omschrijving": 230},
)
st.caption(
    "Dimensies: I = inhoudelijk-strategisch, F = financieel, K = continuïteit/kwaliteit. "
    "Uren: gerealiseerde uren. Bespaard: begrote uren van samengevoegde opdrachten min die "
    "van de gecombineerde opdracht."
)

st.subheader("Per dimensie")
st.caption("Naar de winstmotivatie op het opdrachtformulier van elke opdracht.")
tabel_licht.tabel(queries.kpi_dimensie(peildatum), kolommen.DIMENSIE_KOLOMMEN)

st.subheader("Efficiency: samengevoegde opdrachten")
efficiency = queries.efficiency(peildatum)
if efficiency.height:
    tabel_licht.tabel(
        efficiency,
        {
            "opdracht_id": "Nummer",
            "titel": "Titel",
            "samengevoegd_uit": "Samengevoegd uit",
            "begrote_uren_samengevoegd": "Begroot (apart)",
            "begrote_uren": "Begroot (samen)",
            "bespaarde_uren": "Bespaard",
        },
    )
else:
    st.info("Er zijn nog geen samengevoegde opdrachten.")

# issue 22: the savings on their basis, and the medewerkers' side (W8/W9), now
st.subheader("Efficiency: besparingen per gemeente")
st.caption(
    "Gerealiseerde en potentiële besparing in uren en euro's: samengevoegde opdrachten, "
    "gebundelde accountschappen en vermeden externe inhuur. Alleen besparingen met een "
    "grondslag tellen mee; die zonder staan in de laatste kolom."
)
tabel_licht.tabel(
    queries.besparing_per_gemeente(peildatum),
    {
        "naam": "Gemeente",
        "gerealiseerd_uren": "Gerealiseerd (uren)",
        "gerealiseerd_eur": "Gerealiseerd (euro)",
        "potentieel_uren": "Potentieel (uren)",
        "potentieel_eur": "Potentieel (euro)",
        "zonder_onderbouwing": "Zonder onderbouwing",
    },
)

st.caption("Elke besparing met haar grondslag en bron (het bronbestand en de regel).")
lijst = queries.besparing_lijst(peildatum).with_columns(
    pl.col("soort").replace_strict(SOORTEN, default=pl.col("soort"))
)
besparing_kolommen = {
    "besparing": "Besparing",
    "soort": "Soort",
    "titel": "Opdracht",
    "status": "Status",
    "uren": "Uren",
    "bedrag_eur": "Euro",
    "grondslag": "Grondslag",
    "bron": "Bron",
}
tabel_licht.tabel(
    lijst.filter("onderbouwd"),
    besparing_kolommen,
    {"bedrag_eur": 2},
    breedtes={"soort": 100, "titel": 130, "grondslag": 200, "bron": 150},
)
zonder = lijst.filter(~pl.col("onderbouwd"))
if zonder.height:
    st.caption("Zonder onderbouwing: deze besparingen hebben geen grondslag en tellen nergens mee.")
    tabel_licht.tabel(
        zonder,
        {k: v for k, v in besparing_kolommen.items() if k != "grondslag"},
        {"bedrag_eur": 2},
    )

st.subheader("Medewerkers (W8 en W9): werken bij een andere gemeente")
st.caption(
    "Medewerkers die dit boekjaar uren schreven, en wie van hen werkte aan een opdracht die "
    "een andere gemeente aanvroeg (regionale opdrachten tellen niet als andere gemeente)."
)
tabel_licht.tabel(
    queries.mobiliteit(peildatum),
    {
        "naam": "Gemeente",
        "medewerkers": "Medewerkers met uren",
        "medewerkers_elders": "Bij een andere gemeente",
        "uren": "Uren",
        "uren_elders": "Waarvan elders",
    },
)
st.caption("Inzet per schaalniveau (het plan registreert haar; verrekend wordt tegen één tarief).")
tabel_licht.tabel(
    queries.inzet_per_schaal(peildatum),
    {"schaal": "Schaal", "medewerkers": "Medewerkers", "uren": "Uren"},
)
