"""Urenbalans: saldo per gemeente, its course, the plan's tussenstand matrix, the prognosis."""

import polars as pl
import streamlit as st

from dashboard import charts, queries, teksten, ui
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
    ui.plotly(charts.verloop(verloop, gemeenten))
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
    st.dataframe(matrix, hide_index=True, height=35 * (matrix.height + 1) + 3)
    st.caption(
        "Per opdracht: + is gebracht (tegoed), − is gehaald, leeg is per saldo nul. Elke rij "
        "telt op tot nul; geldinbreng zit niet in deze tabel, wel in het saldo hierboven."
    )
else:
    st.info(
        "Geen opdrachten met uren bij deze keuze." if soorten else "Nog geen opdrachten met uren."
    )

# Without any hours yet, the prognosis still shows what the open opdrachten will bring.
jaareinde = f"31-12-{laatste.year}" if laatste else "einde jaar"
st.subheader(f"Prognose tot {jaareinde}")
prognose = queries.prognose()
ui.plotly(charts.prognose(prognose, gemeenten, jaareinde))
st.caption(
    "Aanname: elke open opdracht met een opdrachtnemer gebruikt nog de rest van zijn begrote "
    "uren. Opdrachten zonder opdrachtnemer tellen niet mee; de uren die een gemeente daarvan "
    "zou halen staan apart: capaciteit die een gemeente met een tekort kan leveren."
)
ui.tabel(
    prognose,
    {
        "naam": "Gemeente",
        "saldo_uren": "Saldo nu",
        "resterende_uren_gebracht": "Nog te brengen",
        "resterende_uren_gehaald": "Nog te halen",
        "prognose_saldo_uren": "Prognose eind van het jaar",
        "resterende_uren_zonder_opdrachtnemer": "Te halen zonder opdrachtnemer",
    },
    teken=["saldo_uren", "prognose_saldo_uren"],
)
