"""The Werkbank's Wat als tab: three levers and the year-end prognose before and after.

The levers are toewijzingen (who does it, or the toewijzingsvoorstel in one click),
postponing or cutting an opdracht, and bringing money. All three are kept in the session
as plain lists and handed to `prognose_met` together, so the MT can combine them (data
contract, section 6 "The MT's three levers"), and they survive a visit to another tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import polars as pl
import streamlit as st

import dutch.format as dutch
from cijfers import format as fmt
from cijfers import werkbank_queries as wq
from cijfers.werkbank_queries import Geldinbreng, Wijzigingen
from dashboard import datumveld, figuren, queries, teksten, ui

WIJZIGINGEN = "wat_als_wijzigingen"
GELD = "wat_als_geldinbreng"
LIJSTEN = (WIJZIGINGEN, GELD)


TOEWIJZINGEN = "toewijzingen"


def toon(titels: dict[str, str], namen: dict[str, str]) -> None:
    """The tab: the levers, what they are refused for, and the prognose with them."""
    st.session_state.setdefault(TOEWIJZINGEN, [])
    st.markdown(teksten.WAT_ALS)
    st.button("Neem het toewijzingsvoorstel over", on_click=_neem_voorstel_over, type="primary")
    if titels:
        _toewijzing_kiezen(titels, namen)
    toewijzingen = tuple((str(o), str(m)) for o, m in st.session_state[TOEWIJZINGEN])
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
    wijzigingen, geld = hefbomen(titels, lambda o: titels.get(o, o), namen)
    if st.button("Alles wissen", key="wat_als_wissen"):
        st.session_state.update({TOEWIJZINGEN: [], **{k: [] for k in LIJSTEN}})
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


def _toewijzing_kiezen(titels: dict[str, str], namen: dict[str, str]) -> None:
    w1, w2, w3 = st.columns([4, 4, 2], vertical_alignment="bottom")
    opdracht_id = w1.selectbox(
        "Opdracht",
        list(titels),
        format_func=titels.get,
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
    w3.button("Toevoegen", on_click=_toewijzen, args=(opdracht_id, medewerker_id))


def _neem_voorstel_over() -> None:
    voorstel = queries.toewijzingsvoorstel().filter(pl.col("medewerker_id").is_not_null())
    st.session_state[TOEWIJZINGEN] = [
        list(r) for r in voorstel.select("opdracht_id", "medewerker_id").iter_rows()
    ]


def _toewijzen(opdracht_id: str, medewerker_id: str | None) -> None:
    if medewerker_id:
        _voeg_toe(TOEWIJZINGEN, [opdracht_id, medewerker_id])


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
