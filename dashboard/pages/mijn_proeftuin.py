"""Mijn proeftuin: one employee's own opdrachten, hours, room on offer, interest and the
evaluations of their work. Person-level data, shown only to the person it is about (and
the MT sees it in the werkbank): no other employee's name is ever on this page."""

from datetime import date

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import ik, queries, schrijven, tabel_licht, ui
from invoer.schrijven import Geweigerd

MELDING = "_mijn_melding"
RONDE = "_mijn_ronde"

st.title("Mijn proeftuin")
mij = ik.wie()
if mij.medewerker_id is None:
    st.info(
        f"Uw e-mailadres ({ui.plat(mij.email)}) hoort bij geen medewerker. Vraag de controller "
        "van uw gemeente om het in de medewerkersexport te zetten (kolom email); tot dan ziet "
        "u hier alleen de opdrachten die u zelf aanmeldde."
    )
else:
    st.caption(f"U bent medewerker {ui.plat(mij.medewerker_id)}.")
if MELDING in st.session_state:
    st.success(st.session_state.pop(MELDING))
schrijven.toon_etl_melding()
ronde = st.session_state.setdefault(RONDE, 0)


def gedaan(tekst: str) -> None:
    st.session_state[MELDING] = tekst
    st.session_state[RONDE] = ronde + 1
    st.rerun()


def geweigerd(fout: Geweigerd) -> None:
    st.error("Niet opgeslagen: " + "; ".join(fout.fouten.values()))


st.subheader("Mijn opdrachten")
# one person's tables are a few rows each: static tables (dashboard.tabel_licht), so the
# page mounts no data grid, whose code a new tab would load and run first
opdrachten = queries.mijn_opdrachten(mij.medewerker_id, mij.email)
if opdrachten.height:
    tabel_licht.tabel(
        opdrachten,
        {
            "opdracht_id": "Nummer",
            "titel": "Titel",
            "rol": "Ik ben",
            "status": "Status",
            "begrote_uren": "Begrote uren",
            "gerealiseerde_uren": "Gerealiseerde uren",
            "startdatum": "Start",
            "einddatum": "Einde",
        },
        {"begrote_uren": 0, "gerealiseerde_uren": 1},
    )
else:
    st.caption("U bent nog geen opdrachtnemer of indiener van een opdracht.")

if mij.medewerker_id is not None:
    uren = queries.mijn_uren(mij.medewerker_id)
    links, rechts = st.columns(2)
    with links:
        st.subheader("Mijn uren per opdracht")
        if uren.height:
            per_opdracht = (
                uren.group_by("opdracht_id", "titel").agg(pl.col("uren").sum()).sort("opdracht_id")
            )
            tabel_licht.tabel(
                per_opdracht,
                {"opdracht_id": "Nummer", "titel": "Titel", "uren": "Uren"},
                {"uren": 1},
            )
        else:
            st.caption("Nog geen uren geschreven.")
    with rechts:
        st.subheader("Mijn uren per maand")
        if uren.height:
            per_maand = (
                uren.group_by("jaar", "maand")
                .agg(pl.col("uren").sum())
                .sort("jaar", "maand")
                .with_columns(
                    pl.format("{}-{}", pl.col("maand").cast(pl.String).str.zfill(2), "jaar").alias(
                        "periode"
                    )
                )
            )
            tabel_licht.tabel(
                per_maand.select("periode", "uren"),
                {"periode": "Maand", "uren": "Uren"},
                {"uren": 1},
            )

    st.subheader("Mijn ruimte")
    st.caption(
        "Hebt u ruimte voor een opdracht? Geef aan hoeveel uur per week, in welke periode en "
        "voor welk soort werk. Alleen het proeftuin-MT en uzelf zien dit; overleg ook met uw "
        "leidinggevende."
    )
    aanbod = queries.ruimte(mij.medewerker_id)
    for r in aanbod.iter_rows(named=True):
        kolom, knop = st.columns([4, 1])
        kolom.markdown(
            f"{fmt.datum(r['van'])} tot en met {fmt.datum(r['tot'])}: "
            f"**{fmt.getal(r['uren_per_week'], 1)} uur per week**"
            + (f" · {ui.plat(r['soort_werk'])}" if r["soort_werk"] else "")
        )
        if knop.button("Intrekken", key=f"ruimte_in_{r['ruimte_id']}"):
            try:
                schrijven.trek_ruimte_in(r["ruimte_id"], mij.medewerker_id)
            except Geweigerd as fout:
                geweigerd(fout)
            else:
                gedaan("Uw aanbod is ingetrokken.")
    if schrijven.bron() is None:
        st.info(schrijven.UIT)
    else:
        with st.form(f"ruimte_{ronde}"):
            a, b, c = st.columns(3)
            grenzen = {
                "min_value": date(2000, 1, 1),
                "max_value": date(2100, 12, 31),
                "format": "DD-MM-YYYY",
            }
            van = a.date_input("Van", value=None, **grenzen)
            tot = b.date_input("Tot en met", value=None, **grenzen)
            per_week = c.number_input(
                "Uren per week", min_value=0.5, max_value=40.0, value=None, step=0.5
            )
            soort = st.text_input(
                "Voor welk soort werk",
                max_chars=200,
                placeholder="bijvoorbeeld: een beleidsnota schrijven, een evaluatie",
            )
            if st.form_submit_button("Ruimte aanbieden", type="primary"):
                try:
                    schrijven.bied_ruimte(mij.medewerker_id, van, tot, per_week, soort)
                except Geweigerd as fout:
                    geweigerd(fout)
                else:
                    gedaan("Uw ruimte is doorgegeven aan het proeftuin-MT.")

    st.subheader("Mijn interesse")
    mijn_interesse = queries.interesse(mij.medewerker_id)
    for r in mijn_interesse.iter_rows(named=True):
        kolom, knop = st.columns([4, 1])
        kolom.markdown(
            f"**{ui.plat(r['opdracht_id'])}** {ui.plat(r['titel'])}"
            + (f"  \n{ui.plat(r['motivatie'])}" if r["motivatie"] else "")
        )
        if knop.button("Intrekken", key=f"interesse_in_{r['opdracht_id']}"):
            try:
                schrijven.interesse(mij.medewerker_id, r["opdracht_id"], intrekken=True)
            except Geweigerd as fout:
                geweigerd(fout)
            else:
                gedaan(f"Uw interesse in {r['opdracht_id']} is ingetrokken.")
    werk = queries.werkvoorraad()
    open_ = werk.filter(
        pl.col("status").is_in(["aangemeld", "geaccepteerd"]) & pl.col("zonder_opdrachtnemer"),
        ~pl.col("opdracht_id").is_in(mijn_interesse["opdracht_id"].to_list()),
    )
    titels = dict(zip(open_["opdracht_id"], open_["titel"], strict=True))
    if schrijven.bron() is not None and titels:
        with st.form(f"interesse_{ronde}"):
            keuze = st.selectbox(
                "Open opdracht",
                list(titels),
                format_func=lambda o: f"{o} – {titels[o]}",
                placeholder="Maak een keuze",
            )
            motivatie = st.text_area("Korte motivatie", max_chars=500)
            if st.form_submit_button("Interesse tonen", type="primary"):
                try:
                    schrijven.interesse(mij.medewerker_id, keuze, motivatie)
                except Geweigerd as fout:
                    geweigerd(fout)
                else:
                    gedaan(f"Uw interesse in {keuze} is doorgegeven aan het proeftuin-MT.")

    st.subheader("Evaluaties van mijn werk")
    evaluaties = queries.mijn_evaluaties(mij.medewerker_id)
    if evaluaties.height:
        tabel_licht.tabel(
            evaluaties.with_columns(pl.col("rol").str.replace_all("_", " ")),
            {
                "opdracht_id": "Nummer",
                "titel": "Titel",
                "rol": "Door",
                "score_product": "Product",
                "score_proces": "Proces",
                "datum": "Datum",
                "toelichting": "Toelichting",
            },
            breedtes={"titel": 180, "toelichting": 300},
        )
    else:
        st.caption("Er zijn nog geen evaluaties van opdrachten waarvan u opdrachtnemer bent.")
