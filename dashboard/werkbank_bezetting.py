"""The Werkbank's Bezetting tab: capacity over the calendar per gemeente and per person,
and the prognose at the end of each remaining quarter (proeftuin-MT only)."""

from __future__ import annotations

import polars as pl
import streamlit as st

import dutch.format as dutch
from dashboard import figuren, queries, tabbladen, teksten, ui


def toon() -> None:
    """Free hours per gemeente per week, a person timeline of one gemeente with the room
    its employees offered, their offers and interest, and the expected saldo per remaining
    quarter."""
    st.markdown(teksten.BEZETTING)
    namen = queries.gemeente_namen()
    aanbod = queries.ruimte()
    per_gemeente = queries.bezetting_per_gemeente()
    if per_gemeente.height == 0:
        st.info("Van geen enkele medewerker is de beschikbaarheid bekend.")
    else:
        ui.plotly(figuren.bezetting_gemeenten(per_gemeente, namen))
        codes = per_gemeente.get_column("gemeente").unique(maintain_order=True).to_list()
        gemeente = tabbladen.blijvend(
            st.selectbox,
            "Medewerkers van",
            codes,
            key="bezetting_gem",
            format_func=lambda c: namen.get(c, c),
            placeholder="Maak een keuze",
        )
        ui.plotly(figuren.bezetting_personen(queries.bezetting_medewerkers(gemeente), aanbod))
    _ruimte_en_interesse(aanbod, gemeente if per_gemeente.height else None, namen)
    kwartalen = queries.prognose_per_kwartaal()
    if kwartalen.height:
        st.markdown("**Verwacht saldo aan het eind van elk resterend kwartaal**")
        breed = kwartalen.with_columns(
            pl.format("K{} {}", "kwartaal", "boekjaar").alias("periode")
        ).pivot(on="periode", index="naam", values="prognose_saldo_uren", sort_columns=False)
        perioden = breed.columns[1:]
        ui.tabel(
            breed,
            {"naam": "Gemeente"} | {p: p for p in perioden},
            dict.fromkeys(perioden, 0),
            teken=perioden,
        )
        st.caption(
            teksten.KWARTAAL_UITLEG.format(
                einde=dutch.datum(kwartalen.get_column("kwartaal_einde").max())
            )
        )


def _ruimte_en_interesse(aanbod: pl.DataFrame, gemeente: str | None, namen: dict) -> None:
    """The room employees offer and the open opdrachten they would like to do (Mijn
    proeftuin): of the gemeente chosen above, or of all when no availability is known."""
    interesse = queries.interesse()
    if gemeente is not None:
        aanbod = aanbod.filter(pl.col("gemeente") == gemeente)
        interesse = interesse.filter(pl.col("gemeente") == gemeente)
    wie = f"van {namen.get(gemeente, gemeente)}" if gemeente else "van alle gemeenten"
    st.markdown(f"**Aangeboden ruimte en interesse {wie}**")
    if aanbod.height == 0 and interesse.height == 0:
        st.caption("Niemand heeft ruimte aangeboden of interesse getoond.")
        return
    if aanbod.height:
        ui.tabel(aanbod, teksten.RUIMTE_KOLOMMEN, {"uren_per_week": 1})
    if interesse.height:
        ui.tabel(interesse, teksten.INTERESSE_KOLOMMEN, breedtes={"motivatie": "large"})
