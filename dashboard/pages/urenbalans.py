"""Urenbalans: saldo per gemeente, its course, the plan's tussenstand matrix, the prognosis."""

import polars as pl
import streamlit as st

from cijfers import format as fmt
from cijfers import kolommen
from dashboard import figuren, queries, teksten, ui, uitleg
from dashboard.perioden import kies_boekjaar
from dutch import afronding

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
st.subheader("Saldo per gemeente")
links, rechts = st.columns([4, 5])
with links:
    ui.plotly(figuren.saldo_per_gemeente(getoond.head(balans.height), gemeenten))
with rechts:
    ui.tabel(getoond, kolommen.koppen(BALANS), teken=kolommen.met_teken(BALANS))
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

st.subheader("Verloop van het saldo")
per = st.radio("Per", ["kwartaal", "halfjaar"], horizontal=True)
verloop = afronding.afgerond(queries.saldo_verloop(per), {"saldo_cumulatief": 0})
if boekjaar:
    verloop = verloop.filter(pl.col("jaar") == boekjaar["jaar"])
if verloop.height:
    ui.plotly(figuren.verloop(verloop, gemeenten, x_titel=per))
else:
    st.info(teksten.GEEN_UREN)

st.subheader("Tussenstand van het uren tegoed")
lang = queries.tussenstand_uren_tegoed(jaareinde)
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
    matrix, noot = afronding.tegoed_matrix(lang, gemeenten, tarief)
    ui.matrix(fmt.tegoed_tekst(matrix))
    st.caption(
        "Per opdracht: + is gebracht (tegoed), − is gehaald, leeg is geen effect. Elk getal is "
        "afgerond op hele uren, een totaal is het afgeronde exacte totaal."
        + (f" {afronding.NOOT_AFRONDING}" if noot else "")
        + " Geldinbreng zit niet in deze tabel, wel in het saldo hierboven."
    )
else:
    st.info(
        "Geen opdrachten met uren bij deze keuze." if soorten else "Nog geen opdrachten met uren."
    )

if boekjaar and not boekjaar["is_huidig"]:
    st.info(
        f"De prognose tot het eind van het jaar geldt het lopende boekjaar; {boekjaar['jaar']} "
        "is voorbij. Kies het lopende boekjaar om haar te zien."
    )
    st.stop()
# Without any hours yet, the prognosis still shows what the open opdrachten will bring;
# once the data reach 31-12 it is relabelled (uitleg.prognose_teksten).
teksten_prognose = uitleg.prognose_teksten(laatste)
st.subheader(teksten_prognose.kop)
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
