"""The MT's toets on the werkbank: test each aangemeld opdracht on its whole formulier,
then accept, send back or cancel it; below it, the steps of the accepted ones' life.

The plan: "Het proeftuin-MT heeft als 'tussen opdrachtnemer' een zelfstandige
verantwoordelijkheid in het 'aannemen' van de opdrachten en toetst daarom de kwaliteit van
de opdrachtomschrijving." So the toets shows every field of the form, each checklist
question beside the fields it asks about, the deelnemers and their shares, and the hours
already booked on it and by whom (person-level: the werkbank is for the MT only). Every
action is one step (`invoer.stappen`), written once however often it is clicked.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import formulier, levensloop, queries, schrijven, tabbladen, ui
from invoer import stappen
from warehouse.referentie import WINST_LABELS

GEDAAN = levensloop.GEDAAN


@st.fragment
def toon() -> None:
    """The toets tab: aangemeld opdrachten with the checklist, then their further life.

    A fragment: a click here (a checklist point, a step's button and the run that confirms
    it) runs this tab again, not the whole Werkbank with its tables and charts, which the
    browser then had to take in again before it showed the confirmation (issue 20: a step
    answers within a second). Nothing else on the page changes by a click here: a step
    reaches the warehouse only with the background ETL."""
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
    levensloop.toon()


def waarde(veld: formulier.Veld, o: Mapping[str, object]) -> str:
    """A field of the form as the MT reads it (Dutch numbers and dates, labels)."""
    w = o.get(veld.naam)
    if w is None or w == "" or w == []:
        return ""
    if veld.naam == "begrote_uren":
        return f"{fmt.getal(w, 1)} uur"  # type: ignore[arg-type]
    if veld.naam == "budget_eur":
        return fmt.euro(w)  # type: ignore[arg-type]
    if veld.soort == formulier.DATUM:
        return fmt.datum(w)  # type: ignore[arg-type]
    if veld.naam == "winst":
        return fmt.lijst(WINST_LABELS.get(c, c) for c in w)  # type: ignore[union-attr]
    if veld.soort == formulier.MEER:
        return fmt.lijst(w)  # type: ignore[arg-type]
    if veld.soort == formulier.KEUZE:
        return fmt.label(str(w))
    return str(w)


def velden_tonen(namen: tuple[str, ...], o: Mapping[str, object]) -> None:
    """The fields `namen` of the form, each with its label; a required empty one says so."""
    for naam in namen:
        veld = formulier.VELD[naam]
        tekst = waarde(veld, o)
        if not tekst and veld.verplicht:
            st.markdown(f"**{veld.label}**  \n:red[ontbreekt]")
        else:
            ui.platte_tekst(veld.label, tekst)


def _toets(aangemeld: pl.DataFrame) -> None:
    titels = dict(aangemeld.select("opdracht_id", "titel").iter_rows())
    keuze = tabbladen.blijvend(
        st.selectbox,
        "Aangemelde opdracht",
        list(titels),
        key="toets_opdracht",
        format_func=lambda i: f"{i} · {titels[i]}",
        placeholder="Maak een keuze",
    )
    o = aangemeld.filter(pl.col("opdracht_id") == keuze).row(0, named=True)
    st.caption(
        f"{fmt.label(o['soort_opdracht'])} · aanvrager {o['aanvrager']} · "
        f"{fmt.getal(o['begrote_uren'], 0)} begrote uren · ingediend door "
        f"{ui.plat(o['ingediend_door'] or 'bronbestand')}"
        + (f" op {fmt.tijdstip(o['ingediend_op'])}" if o["ingediend_op"] else "")
    )
    if o["laatste_actie"] == "terugsturen":
        st.warning(
            f"Teruggestuurd, wacht op de indiener: {ui.plat(o['laatste_toelichting'] or '')}"
        )
    elif o["laatste_actie"] == "herindienen":
        st.info("Opnieuw ingediend na terugsturen; de statusgeschiedenis staat in de Werkvoorraad.")
    ontbreekt = formulier.ontbrekend(o)
    afgevinkt = []
    getoond: set[str] = set()
    st.markdown("**De toets: elke vraag met de velden waarover ze gaat**")
    for code, vraag in formulier.CHECKLIST:
        namen = formulier.CHECKLIST_VELDEN[code]
        getoond.update(namen)
        with st.container(border=True):
            afgevinkt.append(
                st.checkbox(
                    vraag, key=f"toets_{keuze}_{code}", value=code == "compleet" and not ontbreekt
                )
            )
            if code == "compleet" and ontbreekt:
                st.warning("Het formulier mist: " + ", ".join(ontbreekt).lower() + ".")
            kolommen = st.columns(2)
            for i, naam in enumerate(namen):
                with kolommen[i % 2]:
                    velden_tonen((naam,), o)
            if code == "uren":
                _geboekt(keuze, o)
    with st.expander("De overige velden van het formulier, de deelnemers en hun aandelen"):
        rest = tuple(v.naam for v in formulier.VELDEN if v.naam not in getoond)
        helft = (len(rest) + 1) // 2
        a, b = st.columns(2)
        with a:
            velden_tonen(rest[:helft], o)
        with b:
            velden_tonen(rest[helft:], o)
        st.markdown("**Deelnemers en aandelen**")
        ui.tabel(
            queries.aandelen(keuze).with_columns(pl.col("aandeel") * 100),
            {"naam": "Gemeente", "aandeel": "Aandeel (%)"},
            {"aandeel": 1},
        )
    _besluit(keuze, o, all(afgevinkt))


def _geboekt(opdracht_id: str, o: Mapping[str, object]) -> None:
    """Hours already booked on the opdracht, per person (uren-misbruik: before acceptance)."""
    uren = queries.uren_per_medewerker(opdracht_id)
    if uren.height == 0:
        st.caption("Er zijn nog geen uren op geboekt.")
        return
    st.markdown(
        f"**Al geboekt: {fmt.getal(uren['uren'].sum(), 1)} uur** "
        f"(begroot {fmt.getal(o['begrote_uren'], 0)})"  # type: ignore[arg-type]
    )
    ui.tabel(
        uren,
        {
            "naam": "Medewerker",
            "gemeente": "Gemeente",
            "uren": "Uren",
            "eerste_datum": "Vanaf",
            "laatste_datum": "Tot en met",
        },
        {"uren": 1},
    )


def _besluit(keuze: str, o: Mapping[str, object], alles_afgevinkt: bool) -> None:
    basis = levensloop.basis(keuze)
    nemer = levensloop.kies_kandidaat(keuze, f"toets_nemer_{keuze}")
    reden = st.text_input(
        "Reden (verplicht bij terugsturen of annuleren; de indiener ziet haar)",
        key=f"toets_reden_{keuze}",
        max_chars=500,
    )
    a, b, c = st.columns(3)
    if a.button("Accepteren", type="primary", disabled=not alles_afgevinkt, key="accepteren"):
        levensloop.uitvoeren(
            f"{keuze} is geaccepteerd"
            + (f" en voorlopig toegewezen aan {nemer}." if nemer else "."),
            stappen.accepteren(keuze, basis, nemer, reden.strip()),
        )
    if b.button("Terugsturen", disabled=not reden.strip(), key="terugsturen"):
        levensloop.uitvoeren(
            f"{keuze} is teruggestuurd naar de indiener.",
            stappen.terugsturen(keuze, basis, reden.strip()),
        )
    if c.button("Annuleren", disabled=not reden.strip(), key="annuleren"):
        levensloop.uitvoeren(
            f"{keuze} is geannuleerd.", stappen.annuleren(keuze, basis, reden.strip())
        )
    if not alles_afgevinkt:
        st.caption("Accepteren kan als alle vier punten van de toets zijn afgevinkt.")
