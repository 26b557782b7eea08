"""The MT's toets on the werkbank: test each aangemeld opdracht, then accept, send back or
cancel it, and assign an opdrachtnemer from its kandidaten.

The plan: "Het proeftuin-MT heeft als 'tussen opdrachtnemer' een zelfstandige
verantwoordelijkheid in het 'aannemen' van de opdrachten en toetst daarom de kwaliteit van
de opdrachtomschrijving." Every action is one row in `platform/statuswijzigingen.csv`
(through `dashboard.schrijven`), checked by the ETL's rules before it is written.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import formulier, queries, schrijven, ui
from invoer.schrijven import Geweigerd

GEDAAN = "_toets_gedaan"


def toon() -> None:
    """The toets tab: aangemeld opdrachten with the checklist, then assigning."""
    if schrijven.bron() is None:
        st.info(schrijven.UIT)
        return
    schrijven.toon_etl_melding()
    if GEDAAN in st.session_state:
        st.success(st.session_state.pop(GEDAAN))
    aangemeld = queries.aangemelde_opdrachten()
    st.markdown(f"**{fmt.getal(aangemeld.height, 0)}** opdracht(en) wachten op de toets.")
    if aangemeld.height:
        _toets(aangemeld)
    st.divider()
    _toewijzen()


def _uitvoeren(bericht: str, opdracht_id: str, status: str, actie: str, **extra: str | None):
    try:
        schrijven.wijzig_status(opdracht_id, status, actie, **extra)
    except Geweigerd as exc:
        st.error("Niet opgeslagen: " + "; ".join(exc.fouten.values()))
        return
    st.session_state[GEDAAN] = bericht
    st.rerun()


def _toets(aangemeld: pl.DataFrame) -> None:
    titels = dict(aangemeld.select("opdracht_id", "titel").iter_rows())
    keuze = st.selectbox(
        "Aangemelde opdracht", list(titels), format_func=lambda i: f"{i} · {titels[i]}"
    )
    o = aangemeld.filter(pl.col("opdracht_id") == keuze).row(0, named=True)
    st.caption(
        f"{fmt.label(o['soort_opdracht'])} · aanvrager {o['aanvrager']} · "
        f"{fmt.getal(o['begrote_uren'], 0)} begrote uren · ingediend door "
        f"{ui.plat(o['ingediend_door'] or 'bronbestand')}"
        + (f" op {fmt.tijdstip(o['ingediend_op'])}" if o["ingediend_op"] else "")
    )
    if o["laatste_actie"] == "terugsturen":
        st.warning(f"Eerder teruggestuurd: {ui.plat(o['laatste_toelichting'] or '')}")
    for naam in ("opdrachtformulering", "doel", "beoogd_resultaat", "profiel_opdrachtnemer"):
        label = next(v.label for v in formulier.VELDEN if v.naam == naam)
        ui.platte_tekst(label, o[naam])
    ontbreekt = formulier.ontbrekend(o)
    if ontbreekt:
        st.warning("Het formulier mist: " + ", ".join(ontbreekt).lower() + ".")
    afgevinkt = [
        st.checkbox(tekst, key=f"toets_{keuze}_{code}", value=code == "compleet" and not ontbreekt)
        for code, tekst in formulier.CHECKLIST
    ]
    kandidaten = queries.kandidaten(keuze)
    nemer = _kies_kandidaat(kandidaten, f"toets_nemer_{keuze}")
    reden = st.text_input(
        "Reden (verplicht bij terugsturen of annuleren; de indiener ziet haar)",
        key=f"toets_reden_{keuze}",
        max_chars=500,
    )
    a, b, c = st.columns(3)
    if a.button("Accepteren", type="primary", disabled=not all(afgevinkt), key="accepteren"):
        _uitvoeren(
            f"{keuze} is geaccepteerd" + (f" en toegewezen aan {nemer}." if nemer else "."),
            keuze,
            "geaccepteerd",
            "accepteren",
            opdrachtnemer=nemer,
            toelichting=reden or None,
        )
    if b.button("Terugsturen", disabled=not reden.strip(), key="terugsturen"):
        _uitvoeren(
            f"{keuze} is teruggestuurd naar de indiener.",
            keuze,
            "aangemeld",
            "terugsturen",
            toelichting=reden,
        )
    if c.button("Annuleren", disabled=not reden.strip(), key="annuleren"):
        _uitvoeren(f"{keuze} is geannuleerd.", keuze, "geannuleerd", "annuleren", toelichting=reden)
    if not all(afgevinkt):
        st.caption("Accepteren kan als alle vier punten van de toets zijn afgevinkt.")


def _kies_kandidaat(kandidaten: pl.DataFrame, sleutel: str) -> str | None:
    """An opdrachtnemer from the kandidaten, best first (or none yet)."""
    if kandidaten.height == 0:
        return None
    labels = {
        r["medewerker_id"]: f"{r['rang']}. {r['naam'] or r['medewerker_id']} ({r['gemeente']}) "
        f"— {r['reden']}"
        for r in kandidaten.head(20).iter_rows(named=True)
    }
    return st.selectbox(
        "Opdrachtnemer (kandidaten, beste eerst)",
        [None, *labels],
        index=1,
        key=sleutel,
        format_func=lambda m: "nog niet toewijzen" if m is None else labels[m],
    )


def _toewijzen() -> None:
    """Assign (or change) the opdrachtnemer of an accepted or running opdracht."""
    st.markdown("**Opdrachtnemer toewijzen**")
    open_ = queries.open_opdrachten().filter(pl.col("status") != "aangemeld")
    if open_.height == 0:
        st.info("Geen geaccepteerde of lopende opdrachten met nog te besteden uren.")
        return
    rijen = {r["opdracht_id"]: r for r in open_.iter_rows(named=True)}
    keuze = st.selectbox(
        "Opdracht",
        list(rijen),
        key="toewijzen_opdracht",
        format_func=lambda i: (
            f"{i} · {rijen[i]['titel']}"
            + (" (geen opdrachtnemer)" if rijen[i]["zonder_opdrachtnemer"] else "")
        ),
    )
    nemer = _kies_kandidaat(queries.kandidaten(keuze), f"toewijzen_nemer_{keuze}")
    if st.button("Toewijzen", disabled=nemer is None, key="toewijzen"):
        _uitvoeren(
            f"{keuze} is toegewezen aan {nemer}.",
            keuze,
            rijen[keuze]["status"],
            "toewijzen",
            opdrachtnemer=nemer,
        )
