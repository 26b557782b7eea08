"""Nieuws on Start: the MT's short messages for everyone, newest first, and for the MT
the form to publish one and a button to withdraw one.

Why a module: Start stays a page of figures with one call here; the message texts are
source text and are shown with `ui.plat` (never as markdown or HTML).
"""

from __future__ import annotations

from datetime import date

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import auth, queries, schrijven, ui
from invoer.schrijven import Geweigerd

MELDING = "_nieuws_melding"
RONDE = "_nieuws_ronde"  # part of the form's keys: after a publication it comes back empty


def toon() -> None:
    """The live messages (the newest five), then the MT's management."""
    berichten = queries.nieuws()
    st.subheader("Nieuws")
    if not berichten.height:
        st.caption("Er is nog geen nieuws van het proeftuin-MT.")
    for b in berichten.head(5).iter_rows(named=True):
        with st.container(border=True):
            st.markdown(f"**{ui.plat(b['titel'])}**  \n{fmt.datum(b['datum'])}")
            st.markdown(ui.plat(b["tekst"]))
            if b["opdracht_id"]:
                st.caption(
                    f"Over opdracht {ui.plat(b['opdracht_id'])}: "
                    f"{ui.plat(b['opdracht_titel'] or '')} (zie de Werkvoorraad)"
                )
    if auth.rol().soort == "mt":
        _beheer(berichten)


def _beheer(berichten: pl.DataFrame) -> None:
    with st.expander("Nieuws beheren (proeftuin-MT)", icon=":material/campaign:"):
        if schrijven.bron() is None:
            st.info(schrijven.UIT)
            return
        if MELDING in st.session_state:
            st.success(st.session_state.pop(MELDING))
        schrijven.toon_etl_melding()
        ronde = st.session_state.setdefault(RONDE, 0)
        werk = queries.werkvoorraad()
        open_ = werk.filter(~werk["status"].is_in(["afgerond", "geannuleerd"]))
        with st.form(f"nieuws_{ronde}"):
            titel = st.text_input("Titel", max_chars=120)
            datum = st.date_input(
                "Datum",
                value=date.today(),
                format="DD-MM-YYYY",
                min_value=date(2000, 1, 1),
                max_value=date(2100, 12, 31),
            )
            tekst = st.text_area("Bericht", max_chars=2000)
            opdracht = st.selectbox(
                "Over opdracht (niet verplicht)",
                [None, *open_["opdracht_id"].to_list()],
                format_func=lambda o: "–" if o is None else o,
                placeholder="Maak een keuze",
            )
            verstuurd = st.form_submit_button("Publiceren", type="primary")
        if verstuurd:
            try:
                geschreven = schrijven.publiceer_nieuws(titel, datum, tekst, opdracht)
            except Geweigerd as fout:
                st.error("Niet gepubliceerd: " + "; ".join(fout.fouten.values()))
            else:
                st.session_state[MELDING] = f"Bericht {geschreven.opdracht_id} is gepubliceerd."
                st.session_state[RONDE] = ronde + 1
                st.rerun()
        for b in berichten.iter_rows(named=True):
            kolom, knop = st.columns([4, 1])
            kolom.markdown(f"{b['nieuws_id']} · {ui.plat(b['titel'])}")
            if knop.button("Intrekken", key=f"intrekken_{b['nieuws_id']}"):
                try:
                    schrijven.trek_nieuws_in(b["nieuws_id"])
                except Geweigerd as fout:
                    st.error("Niet ingetrokken: " + "; ".join(fout.fouten.values()))
                else:
                    st.session_state[MELDING] = (
                        f"Bericht {b['nieuws_id']} is ingetrokken; het verdwijnt zodra de "
                        "gegevens zijn bijgewerkt."
                    )
                    st.rerun()
