"""Werkbank of the proeftuin-MT: signals, kandidaten, capacity over the calendar, the
toewijzingsvoorstel, combinations and a what-if to zero.

Holds person-level data (kandidaten, weeks above availability), so the page is for the
`mt` role only (dashboard.auth). Source texts (titles, forms, expertise) are shown as plain
text.
"""

import polars as pl
import streamlit as st

from cijfers import format as fmt
from cijfers import werkbank_queries as wq
from dashboard import (
    figuren,
    queries,
    teksten,
    toets,
    ui,
    werkbank_bezetting,
    werkbank_signalen,
    werkbank_voorstel,
    werkbank_wat_als,
)

st.title("Werkbank")
st.caption(
    "Voor het proeftuin-MT: toets opdrachten en uren, vind de meest geschikte medewerker uit "
    "welke gemeente ook, combineer vergelijkbare opdrachten en stuur elke gemeente naar een "
    "urensaldo van nul. Deze pagina bevat gegevens op persoonsniveau."
)
namen = queries.gemeente_namen()
(
    tab_signalen,
    tab_toets,
    tab_kandidaten,
    tab_bezetting,
    tab_voorstel,
    tab_combineren,
    tab_wat_als,
) = st.tabs(["Signalen", "Toets", "Kandidaten", "Bezetting", "Voorstel", "Combineren", "Wat als"])

with tab_toets:
    toets.toon()

with tab_signalen:
    werkbank_signalen.toon(namen)

with tab_bezetting:
    werkbank_bezetting.toon()

with tab_voorstel:
    werkbank_voorstel.toon()

opdrachten = queries.open_opdrachten()
titels = {
    o["opdracht_id"]: f"{o['opdracht_id']} · {o['titel']}"
    + (" (geen opdrachtnemer)" if o["zonder_opdrachtnemer"] else "")
    for o in opdrachten.iter_rows(named=True)
}


def opdracht_label(opdracht_id: str) -> str:
    return titels.get(opdracht_id, opdracht_id)


with tab_kandidaten:
    if not titels:
        st.info("Er zijn geen open opdrachten met nog te besteden uren.")
    else:
        keuze = st.selectbox(
            "Open opdracht", list(titels), format_func=opdracht_label, placeholder="Maak een keuze"
        )
        # interest shown on Mijn proeftuin: marked, first at an equal match (cijfers.mensen)
        kandidaten = queries.kandidaten_met_interesse(keuze)
        beste = kandidaten.row(0, named=True) if kandidaten.height else None
        if beste:
            st.success(
                f"Beste kandidaat: **{ui.plat(beste['naam'] or beste['medewerker_id'])}** "
                f"({namen.get(beste['gemeente'], beste['gemeente'])}, schaal {beste['schaal']}). "
                f"Waarom: {ui.plat(beste['reden'])}"
            )
        ui.tabel(kandidaten.head(15), teksten.KANDIDAAT_KOLOMMEN, teken=["gemeente_prognose_uren"])
        st.caption(teksten.RANGORDE + " " + teksten.INTERESSE_RANG)
        interesse = kandidaten.filter(pl.col("interesse"))
        if interesse.height:
            st.markdown("**Motivatie van wie interesse toonde**")
            for r in interesse.iter_rows(named=True):
                st.markdown(
                    f"{ui.plat(r['naam'] or r['medewerker_id'])}: {ui.plat(r['motivatie'] or '–')}"
                )

with tab_combineren:
    paren = queries.combinatiekansen()
    if paren.height == 0:
        st.info("Geen open opdrachten van verschillende gemeenten die op elkaar lijken.")
    for paar in paren.iter_rows(named=True):
        with st.container(border=True):
            st.markdown(
                f"**{fmt.getal(paar['overeenkomst'] * 100, 0)}% overeenkomst** · gedeelde "
                f"termen: {ui.plat(fmt.lijst(paar['gedeelde_termen']))}"
            )
            for kolom, k in zip(st.columns(2), "ab", strict=True):
                with kolom:
                    ui.platte_tekst(paar[f"opdracht_{k}"], paar[f"titel_{k}"])
                    st.caption(
                        f"{namen.get(paar[f'aanvrager_{k}'], fmt.label(paar[f'aanvrager_{k}']))}"
                        f" · {fmt.getal(paar[f'begrote_uren_{k}'], 0)} begrote uren"
                    )
                    for veld, kop in teksten.FORMULIER_VELDEN.items():
                        ui.platte_tekst(kop, paar[f"{veld}_{k}"])


def neem_voorstel_over() -> None:
    voorstel = queries.toewijzingsvoorstel().filter(pl.col("medewerker_id").is_not_null())
    st.session_state["toewijzingen"] = [
        list(r) for r in voorstel.select("opdracht_id", "medewerker_id").iter_rows()
    ]


def voeg_toe(opdracht_id: str, medewerker_id: str | None) -> None:
    if medewerker_id:
        lijst = [t for t in st.session_state["toewijzingen"] if t[0] != opdracht_id]
        st.session_state["toewijzingen"] = [*lijst, [opdracht_id, medewerker_id]]


with tab_wat_als:
    st.session_state.setdefault("toewijzingen", [])
    st.markdown(teksten.WAT_ALS)
    st.button("Neem het toewijzingsvoorstel over", on_click=neem_voorstel_over, type="primary")
    if titels:
        w1, w2, w3 = st.columns([4, 4, 2], vertical_alignment="bottom")
        opdracht_id = w1.selectbox(
            "Opdracht",
            list(titels),
            format_func=opdracht_label,
            key="wat_als_opdracht",
            placeholder="Maak een keuze",
        )
        mensen = queries.kandidaten(opdracht_id)
        labels = {
            r["medewerker_id"]: f"{r['naam'] or r['medewerker_id']} "
            f"({namen.get(r['gemeente'], r['gemeente'])}), kandidaat {r['rang']}"
            for r in mensen.iter_rows(named=True)
        }
        medewerker_id = w2.selectbox(
            "Medewerker", list(labels), format_func=labels.get, placeholder="Maak een keuze"
        )
        w3.button("Toevoegen", on_click=voeg_toe, args=(opdracht_id, medewerker_id))
    toewijzingen = tuple((str(o), str(m)) for o, m in st.session_state["toewijzingen"])
    fouten = queries.fouten_in_toewijzingen(toewijzingen)
    if toewijzingen:
        ui.tabel(
            queries.toewijzingen_tonen(toewijzingen),
            {
                "opdracht_id": "Opdracht",
                "titel": "Titel",
                "naam": "Medewerker",
                "gemeente_naam": "Gemeente",
            },
        )
    if fouten:
        st.error(
            "Deze toewijzingen kunnen niet worden doorgerekend; er is niets veranderd.  \n"
            + "  \n".join(ui.plat(f) for f in fouten)
        )
        toewijzingen = ()
    wijzigingen, geld = werkbank_wat_als.hefbomen(titels, opdracht_label, namen)
    if st.button("Alles wissen", key="wat_als_wissen"):
        st.session_state.update(toewijzingen=[], **{k: [] for k in werkbank_wat_als.LIJSTEN})
        st.rerun()
    prognose = queries.prognose_met(toewijzingen, wijzigingen, geld)
    totaal = wq.wat_als_totalen(prognose)
    m1, m2, m3 = st.columns(3)
    m1.metric("Verrekening volgens deze prognose", fmt.euro(totaal["te_betalen_met_eur"]))
    m2.metric("Verrekening die dit voorkomt", fmt.euro(totaal["vermeden_eur"]))
    m3.metric(
        "Spreiding van de prognose (som van kwadraten)",
        fmt.getal(totaal["spreiding_met"], 0),
        delta=fmt.getal(totaal["spreiding_met"] - totaal["spreiding_nu"], 0, teken=True),
        delta_color="inverse",
    )
    ui.plotly(figuren.prognose_voor_na(prognose, namen))
    ui.tabel(prognose, teksten.PROGNOSE_MET_KOLOMMEN, teken=teksten.PROGNOSE_MET_TEKEN)
    st.caption(teksten.PROGNOSE_MET_UITLEG)
