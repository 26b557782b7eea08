"""Resubmitting an opdracht the MT sent back: the indiener corrects the form, the same id.

Why: terugsturen was a dead end (issue 20). Now the indiener (or the MT) sees each
teruggestuurde opdracht with the MT's reason above its form, filled with what was
submitted, and sends it again as a `herindienen` step (`invoer.stappen.herindienen`): the
same number, the history kept, once however often it is sent. Soort, aanvrager and
deelnemers stay as first submitted (they decide who takes the hours).
"""

from __future__ import annotations

import streamlit as st

from dashboard import auth, formulier, formuliervelden, levensloop, queries, schrijven, ui
from dashboard.formuliervelden import Keuzes
from invoer import stappen
from invoer.schrijven import ALGEMEEN, Geweigerd

FOUTEN, GEDAAN = "_herindienen_fouten", "_herindienen_gedaan"
VELDEN = tuple(v for v in formulier.VELDEN if v.naam in stappen.HERINDIEN_VELDEN)


@st.fragment
def toon(ik: str, keuzes: Keuzes) -> None:
    """The teruggestuurde opdrachten of `ik` (all of them for the MT or in the demo).

    A fragment: *Opnieuw indienen* runs this section again, not the whole Opdracht
    aanmelden page, whose form the browser then had to take in again before it showed the
    confirmation (issue 20: a step answers within a second; h48). Nothing else on the page
    changes by a resubmission: *Mijn aanmeldingen* and this list read the warehouse, which
    holds it after the background ETL."""
    if GEDAAN in st.session_state:
        st.success(st.session_state.pop(GEDAAN))
    terug = queries.teruggestuurd()
    if ik != schrijven.DEMO_GEBRUIKER and auth.rol().soort != "mt":
        terug = terug.filter(terug["ingediend_door"] == ik)
    if terug.height == 0:
        return
    st.subheader("Teruggestuurd: verbeteren en opnieuw indienen")
    rijen = {r["opdracht_id"]: r for r in terug.iter_rows(named=True)}
    keuze = st.selectbox(
        "Teruggestuurde opdracht",
        list(rijen),
        format_func=lambda i: f"{i} · {rijen[i]['titel']}",
        key="herindienen_keuze",
        placeholder="Maak een keuze",
    )
    o = rijen[keuze]
    fouten: dict[str, str] = st.session_state.get(FOUTEN, {}).get(keuze, {})
    with st.form(f"herindienen_{keuze}"):
        st.warning(
            f"Het proeftuin-MT stuurde {keuze} terug: **{ui.plat(o['laatste_toelichting'] or '')}**"
            "  \nVerbeter het formulier en dien het opnieuw in; het nummer blijft hetzelfde."
        )
        st.caption(
            f"Soort {o['soort_opdracht']} · aanvrager {o['aanvrager']}: soort, aanvrager en "
            "deelnemers blijven zoals eerst ingediend."
        )
        links, rechts = st.columns(2)
        for i, v in enumerate(VELDEN):
            with links if v.soort == formulier.LANG or i < 4 else rechts:
                formuliervelden.veld(v, f"herindienen_{keuze}_{v.naam}", fouten, keuzes, o[v.naam])
        if ALGEMEEN in fouten:
            st.error(fouten[ALGEMEEN])
        st.form_submit_button(
            "Opnieuw indienen",
            type="primary",
            on_click=_indienen,
            args=(keuze, o["ingediend_door"]),
        )


def _indienen(keuze: str, indiener: str | None) -> None:
    """*Opnieuw indienen*'s callback: the step is written before the run its click starts
    draws anything, so that one run shows the confirmation (no second run, h48)."""
    velden = {v.naam: st.session_state.get(f"herindienen_{keuze}_{v.naam}") for v in VELDEN}
    try:
        ontbreekt = formulier.ontbrekende_velden(velden)
        if ontbreekt:
            raise Geweigerd(ontbreekt)
        geschreven = schrijven.stap(
            stappen.herindienen(keuze, levensloop.basis(keuze), velden), indiener=indiener
        )
    except Geweigerd as exc:
        st.session_state[FOUTEN] = {keuze: exc.fouten}
    else:
        st.session_state[FOUTEN] = {}
        st.session_state[GEDAAN] = (
            f"{keuze} is opnieuw ingediend; het MT toetst haar opnieuw."
            if geschreven.nieuw
            else f"{keuze} was al opnieuw ingediend; er is niets dubbel opgeslagen."
        )
