"""The Wat als tab's other two levers: postpone or cut an opdracht, and bring money.

The first lever (who does it: toewijzingen) lives on the page with the proposal; these two
are kept in the session as plain lists and handed to `prognose_met` with it, so the MT
can combine all three (data contract, section 6 "The MT's three levers").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import polars as pl
import streamlit as st

import dutch.format as dutch
from cijfers.werkbank_queries import Geldinbreng, Wijzigingen
from dashboard import datumveld, ui

WIJZIGINGEN = "wat_als_wijzigingen"
GELD = "wat_als_geldinbreng"
LIJSTEN = (WIJZIGINGEN, GELD)


def _voeg_toe(sleutel: str, rij: list, uniek: int = 1) -> None:
    """Add `rij`, replacing an earlier one with the same first `uniek` fields."""
    oud = [r for r in st.session_state[sleutel] if r[:uniek] != rij[:uniek]]
    st.session_state[sleutel] = [*oud, rij]


def hefbomen(
    titels: dict[str, str], label: Callable[[str], str], namen: dict[str, str]
) -> tuple[Wijzigingen, Geldinbreng]:
    """The inputs for moving or cutting opdrachten and for planned geldinbreng, and the
    lists chosen so far."""
    st.session_state.setdefault(WIJZIGINGEN, [])
    st.session_state.setdefault(GELD, [])
    st.markdown("**Opdracht verschuiven of inkorten**")
    if titels:
        v1, v2, v3, v4 = st.columns([4, 2, 2, 2], vertical_alignment="bottom")
        opdracht_id = v1.selectbox(
            "Opdracht",
            list(titels),
            format_func=label,
            key="wat_als_verschuif_opdracht",
            placeholder="Maak een keuze",
        )
        einde = v2.date_input(
            "Nieuwe einddatum",
            value=None,
            min_value=datumveld.EERSTE,
            max_value=datumveld.LAATSTE,
            format="DD-MM-YYYY",
            key="wat_als_einddatum",
        )
        uren = v3.number_input(
            "Begrote uren", min_value=0.0, value=None, step=10.0, key="wat_als_begrote_uren"
        )
        v4.button(
            "Toevoegen",
            key="wat_als_verschuif_toevoegen",
            disabled=einde is None and uren is None,
            on_click=_voeg_toe,
            args=(WIJZIGINGEN, [opdracht_id, einde, uren]),
        )
    st.markdown("**Geld inbrengen**")
    g1, g2, g3 = st.columns([4, 4, 2], vertical_alignment="bottom")
    gemeente = g1.selectbox(
        "Gemeente",
        list(namen),
        format_func=lambda c: namen.get(c, c),
        key="wat_als_geld_gem",
        placeholder="Maak een keuze",
    )
    bedrag = g2.number_input(
        "Bedrag (€)", min_value=0.0, value=None, step=1000.0, key="wat_als_bedrag"
    )
    g3.button(
        "Toevoegen",
        key="wat_als_geld_toevoegen",
        disabled=not bedrag,
        on_click=_voeg_toe,
        args=(GELD, [gemeente, bedrag]),
    )
    wijzigingen: Wijzigingen = tuple(
        (str(o), e if isinstance(e, date) else None, None if b is None else float(b))
        for o, e, b in st.session_state[WIJZIGINGEN]
    )
    geld: Geldinbreng = tuple((str(g), float(b)) for g, b in st.session_state[GELD])
    _toon(wijzigingen, geld, label, namen)
    return wijzigingen, geld


def _toon(
    wijzigingen: Wijzigingen,
    geld: Geldinbreng,
    label: Callable[[str], str],
    namen: dict[str, str],
) -> None:
    if wijzigingen:
        ui.tabel(
            pl.DataFrame(
                {
                    "opdracht": [label(o) for o, _, _ in wijzigingen],
                    "einde": [dutch.datum(e) if e else "–" for _, e, _ in wijzigingen],
                    "uren": [b for _, _, b in wijzigingen],
                },
                schema={"opdracht": pl.String, "einde": pl.String, "uren": pl.Float64},
            ),
            {"opdracht": "Opdracht", "einde": "Nieuwe einddatum", "uren": "Begrote uren"},
            {"uren": 0},
        )
    if geld:
        ui.tabel(
            pl.DataFrame(
                {"gemeente": [namen.get(g, g) for g, _ in geld], "bedrag": [b for _, b in geld]},
                schema={"gemeente": pl.String, "bedrag": pl.Float64},
            ),
            {"gemeente": "Gemeente", "bedrag": "Geldinbreng (€)"},
            {"bedrag": 2},
        )
