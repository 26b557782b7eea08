"""Urenbalans: saldo per gemeente, its course, the plan's tussenstand matrix, the prognosis."""

import polars as pl
import streamlit as st

from dashboard import charts, queries, teksten, ui, uitleg
from dashboard import format as fmt

st.title("Urenbalans")
stand = queries.data_stand()
laatste, tarief = stand["laatste_datum"], stand["uurtarief_eur"]
st.caption(
    (f"Stand op {fmt.datum(laatste)}. " if laatste else f"{teksten.GEEN_UREN} ")
    + "Wat je haalt, moet je ook brengen: een positief saldo is tegoed, een negatief saldo "
    "moet nog gebracht worden."
    + (f" Gemiddeld uurtarief: {fmt.euro(tarief, 2)}." if tarief else "")
)

gemeenten = queries.gemeente_namen()
balans = queries.urenbalans()
st.subheader("Saldo per gemeente")
links, rechts = st.columns([4, 5])
with links:
    ui.plotly(charts.saldo_per_gemeente(balans, gemeenten))
with rechts:
    saldo_nulsom = fmt.afronden_nulsom(balans.get_column("saldo_uren").to_list())
    getoond = balans.with_columns(pl.Series("saldo_afgerond", saldo_nulsom))
    ui.tabel(
        getoond,
        {
            "naam": "Gemeente",
            "gebracht_uren": "Gebracht",
            "gehaald_uren": "Gehaald",
            "geldinbreng_uren": "Geldinbreng",
            "saldo_afgerond": "Saldo",
            "saldo_eur": "In euro",
        },
        teken=["saldo_afgerond", "saldo_eur"],
    )
    st.caption(
        "Alles in uren, behalve de laatste kolom (saldo tegen het gemiddelde uurtarief). "
        "Saldi afgerond op hele uren zo dat hun som klopt: nul plus de ingebrachte uren "
        "uit geld."
    )

st.subheader("Verloop van het saldo")
per = st.radio("Per", ["kwartaal", "halfjaar"], horizontal=True)
verloop = queries.saldo_verloop(per)
if verloop.height:
    ui.plotly(charts.verloop(verloop, gemeenten, x_titel=per))
else:
    st.info(teksten.GEEN_UREN)

st.subheader("Tussenstand van het uren tegoed")
lang = queries.tussenstand_uren_tegoed()
soorten = sorted(lang.get_column("soort_opdracht").unique().to_list())
soort = st.multiselect(
    "Soort opdracht",
    soorten,
    default=soorten,
    format_func=fmt.label,
    key="tegoed_soort",
    placeholder="kies een soort",
)
lang = lang.filter(pl.col("soort_opdracht").is_in(soort))
if lang.height:
    matrix = fmt.nulsom_matrix(lang, gemeenten, tarief)
    ui.matrix(matrix)
    st.caption(
        "Per opdracht: + is gebracht (tegoed), − is gehaald, leeg is per saldo nul. Elke rij "
        "telt op tot nul; geldinbreng zit niet in deze tabel, wel in het saldo hierboven."
    )
else:
    st.info(
        "Geen opdrachten met uren bij deze keuze." if soorten else "Nog geen opdrachten met uren."
    )

# Without any hours yet, the prognosis still shows what the open opdrachten will bring;
# once the data reach 31-12 it is relabelled (uitleg.prognose_teksten).
teksten_prognose = uitleg.prognose_teksten(laatste)
st.subheader(teksten_prognose.kop)
prognose = queries.prognose()
ui.plotly(
    charts.prognose(
        prognose,
        gemeenten,
        teksten_prognose.reeks,
        teksten_prognose.nu,
        titel=f"Urensaldo per gemeente: {teksten_prognose.nu} en {teksten_prognose.reeks}",
    )
)
st.caption(teksten_prognose.uitleg)
ui.tabel(
    prognose,
    {
        "naam": "Gemeente",
        "saldo_uren": teksten_prognose.nu.capitalize(),
        "resterende_uren_gebracht": "Nog te brengen",
        "resterende_uren_gehaald": "Nog te halen",
        "prognose_saldo_uren": teksten_prognose.reeks.capitalize(),
        "resterende_uren_zonder_opdrachtnemer": "Te halen zonder opdrachtnemer",
    },
    teken=["saldo_uren", "prognose_saldo_uren"],
)
