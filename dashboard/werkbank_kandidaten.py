"""The Werkbank's Kandidaten and Combineren tabs, and the open opdrachten both the
Kandidaten and the Wat als tab choose from."""

from __future__ import annotations

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import queries, tabbladen, teksten, ui


def open_titels() -> dict[str, str]:
    """Label per open opdracht with hours left, marked when it has no opdrachtnemer."""
    return {
        o["opdracht_id"]: f"{o['opdracht_id']} · {o['titel']}"
        + (" (geen opdrachtnemer)" if o["zonder_opdrachtnemer"] else "")
        for o in queries.open_opdrachten().iter_rows(named=True)
    }


def toon(namen: dict[str, str], titels: dict[str, str]) -> None:
    """Pick an open opdracht: its best kandidaat and why, the ranked list, the interest."""
    if not titels:
        st.info("Er zijn geen open opdrachten met nog te besteden uren.")
        return
    keuze = tabbladen.blijvend(
        st.selectbox,
        "Open opdracht",
        list(titels),
        key="kandidaten_opdracht",
        format_func=titels.get,
        placeholder="Maak een keuze",
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


def combineren(namen: dict[str, str]) -> None:
    """Pairs of similar open opdrachten of different gemeenten, side by side."""
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
