"""The life of an accepted opdracht on the werkbank: toewijzen (voorlopig), the
leidinggevende's akkoord, starten, verschuiven, samenvoegen, afronden, annuleren.

Why here and not in the toets: the toets decides on an aangemeld opdracht; these steps
follow it, for the MT only (contract section 8). Each button writes one step
(`invoer.stappen`, through `dashboard.schrijven.stap`) and answers at once; the ETL runs in
the background and the page says when the data are in. Each step's key is built from the
steps the MT saw (`basis`), so a second click on the same button writes nothing more.

The leidinggevende is reached outside the platform (a phone call, a mail): the MT records
who agreed and on which day (docs/platform.md, *Voorlopig toewijzen*).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import polars as pl
import streamlit as st
from streamlit.errors import StreamlitAPIException

from cijfers import format as fmt
from dashboard import datumveld, queries, schrijven, ui
from invoer import stappen
from invoer.schrijven import Geweigerd
from invoer.stappen import Stap

GEDAAN = "_toets_gedaan"


def basis(opdracht_id: str) -> int:
    """The steps of the opdracht the MT sees now (its last `volgnummer`): part of a step's
    key, so a repeated click from this screen is the same step."""
    return max(queries.statushistorie(opdracht_id)["volgnummer"].max() or 0, 0)  # type: ignore[arg-type]


def uitvoeren(bericht: str, stap: Stap) -> None:
    """Write `stap` once; say what happened on the next run (or why it was refused)."""
    try:
        geschreven = schrijven.stap(stap)
    except Geweigerd as exc:
        st.error("Niet opgeslagen: " + "; ".join(exc.fouten.values()))
        return
    st.session_state[GEDAAN] = (
        bericht
        if geschreven.nieuw
        else f"Deze stap was al vastgelegd ({geschreven.bestand} regel {geschreven.regel}); "
        "er is niets dubbel opgeslagen."
    )
    opnieuw()


def opnieuw() -> None:
    """Run again what shows the step's outcome: only the fragment the button is in (the
    Toets tab, `toets.toon`), or the whole page when this run is one of the whole page
    (Streamlit allows a fragment's own rerun only in a run of that fragment)."""
    try:
        st.rerun(scope="fragment")
    except StreamlitAPIException:
        st.rerun()


def kies_kandidaat(opdracht_id: str, sleutel: str) -> str | None:
    """An opdrachtnemer from the kandidaten, best first (or none yet)."""
    kandidaten = queries.kandidaten(opdracht_id)
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
        placeholder="Maak een keuze",
    )


def toon() -> None:
    """Pick an accepted or running opdracht, see where it stands, take its next step."""
    st.subheader("Opdrachten in uitvoering")
    lopend = queries.opdrachten_in_uitvoering()
    if lopend.height == 0:
        st.info("Er zijn geen geaccepteerde of lopende opdrachten.")
        return
    rijen = {r["opdracht_id"]: r for r in lopend.iter_rows(named=True)}
    keuze = st.selectbox(
        "Opdracht",
        list(rijen),
        key="levensloop_opdracht",
        format_func=lambda i: f"{i} · {rijen[i]['titel']} ({rijen[i]['status']})",
        placeholder="Maak een keuze",
    )
    o = rijen[keuze]
    _stand(o)
    b = basis(keuze)
    toewijzen, akkoord, starten, verschuiven, samenvoegen, afronden, annuleren = st.tabs(
        [
            "Toewijzen",
            "Akkoord leidinggevende",
            "Starten",
            "Verschuiven",
            "Samenvoegen",
            "Afronden",
            "Annuleren",
        ]
    )
    with toewijzen:
        _toewijzen(o, b)
    with akkoord:
        _akkoord(o, b)
    with starten:
        _starten(o, b)
    with verschuiven:
        _verschuiven(o, b)
    with samenvoegen:
        _samenvoegen(o, b)
    with afronden:
        _afronden(o, b)
    with annuleren:
        reden = st.text_input("Reden van annuleren", key=f"annuleren_reden_{keuze}")
        if st.button("Opdracht annuleren", disabled=not reden.strip(), key="stap_annuleren"):
            uitvoeren(f"{keuze} is geannuleerd.", stappen.annuleren(keuze, b, reden.strip()))


def _stand(o: Mapping) -> None:
    """Where the opdracht stands: status, opdrachtnemer (voorlopig or firm), planning, hours."""
    if o["opdrachtnemer"] is None:
        nemer = "⚠ nog geen opdrachtnemer"
    elif o["opdrachtnemer_voorlopig"]:
        nemer = (
            f"{o['opdrachtnemer_naam'] or o['opdrachtnemer']} "
            "(voorlopig: wacht op de leidinggevende)"
        )
    else:
        nemer = f"{o['opdrachtnemer_naam'] or o['opdrachtnemer']}" + (
            f" (akkoord {o['leidinggevende']}, {fmt.datum(o['leidinggevende_akkoord_op'])})"
            if o["leidinggevende"]
            else ""
        )
    a, b, c = st.columns(3)
    a.markdown(f"**Status**  \n{o['status']}  \n**Opdrachtnemer**  \n{ui.plat(nemer)}")
    b.markdown(
        f"**Planning**  \n{fmt.datum(o['startdatum']) or '?'} tot "
        f"{fmt.datum(o['einddatum']) or '?'}"
    )
    c.markdown(
        f"**Begrote uren**  \n{fmt.getal(o['begrote_uren'], 1)}  \n"
        f"**Gerealiseerd**  \n{fmt.getal(o['gerealiseerde_uren'], 1)}"
    )


def _toewijzen(o: Mapping, b: int) -> None:
    st.caption(
        "Een toewijzing is voorlopig tot de leidinggevende van de medewerker instemt; "
        "leg dat akkoord vast onder *Akkoord leidinggevende*."
    )
    keuze = o["opdracht_id"]
    nemer = kies_kandidaat(keuze, f"toewijzen_nemer_{keuze}")
    if st.button("Voorlopig toewijzen", disabled=nemer is None, key="stap_toewijzen"):
        assert nemer is not None
        uitvoeren(
            f"{keuze} is voorlopig toegewezen aan {nemer}.",
            stappen.toewijzen(keuze, b, o["status"], nemer),
        )


def _akkoord(o: Mapping, b: int) -> None:
    keuze = o["opdracht_id"]
    if not o["opdrachtnemer_voorlopig"]:
        st.info("Er is geen voorlopige toewijzing die op de leidinggevende wacht.")
        return
    st.caption(
        f"De leidinggevende van {ui.plat(o['opdrachtnemer_naam'] or o['opdrachtnemer'])} "
        "stemt in met de toewijzing; het MT legt vast wie en wanneer."
    )
    naam = st.text_input("Naam van de leidinggevende", key=f"leidinggevende_{keuze}")
    op = _dag("Akkoord gegeven op", f"akkoord_op_{keuze}")
    if st.button("Akkoord vastleggen", disabled=not naam.strip(), key="stap_bevestigen"):
        uitvoeren(
            f"Het akkoord van {naam.strip()} is vastgelegd: de toewijzing van {keuze} is "
            "definitief.",
            stappen.bevestigen(keuze, b, o["status"], o["opdrachtnemer"], naam, op),
        )


def _dag(label: str, sleutel: str) -> date:
    """A day (today unless changed), any date the form's planning fields take."""
    return st.date_input(  # type: ignore[return-value]
        label,
        value=date.today(),
        min_value=datumveld.EERSTE,
        max_value=datumveld.LAATSTE,
        format="DD-MM-YYYY",
        key=sleutel,
    )


def _planning(o: Mapping, sleutel: str) -> tuple[date | None, date | None]:
    links, rechts = st.columns(2)
    start = links.date_input(
        "Startdatum",
        value=o["startdatum"],
        min_value=datumveld.EERSTE,
        max_value=datumveld.LAATSTE,
        format="DD-MM-YYYY",
        key=f"{sleutel}_start_{o['opdracht_id']}",
    )
    eind = rechts.date_input(
        "Einddatum",
        value=o["einddatum"],
        min_value=datumveld.EERSTE,
        max_value=datumveld.LAATSTE,
        format="DD-MM-YYYY",
        key=f"{sleutel}_eind_{o['opdracht_id']}",
    )
    return start, eind  # type: ignore[return-value]


def _starten(o: Mapping, b: int) -> None:
    keuze = o["opdracht_id"]
    if o["status"] != "geaccepteerd":
        st.info(f"{keuze} is al {o['status']}.")
        return
    start, eind = _planning(o, "starten")
    if st.button("Starten", type="primary", key="stap_starten"):
        uitvoeren(f"{keuze} is gestart.", stappen.starten(keuze, b, start, eind))


def _verschuiven(o: Mapping, b: int) -> None:
    keuze = o["opdracht_id"]
    start, eind = _planning(o, "verschuiven")
    uren = st.number_input(
        "Begrote uren",
        value=float(o["begrote_uren"]),
        min_value=0.0,
        step=1.0,
        format="%g",
        key=f"verschuiven_uren_{keuze}",
    )
    reden = st.text_input("Reden van verschuiven", key=f"verschuiven_reden_{keuze}")
    if st.button("Verschuiven", disabled=not reden.strip(), key="stap_verschuiven"):
        uitvoeren(
            f"{keuze} is verschoven.",
            stappen.verschuiven(
                keuze,
                b,
                o["status"],
                reden.strip(),
                start if start != o["startdatum"] else None,
                eind if eind != o["einddatum"] else None,
                uren if uren != o["begrote_uren"] else None,
            ),
        )


def _samenvoegen(o: Mapping, b: int) -> None:
    keuze = o["opdracht_id"]
    open_ = queries.werkvoorraad().filter(
        pl.col("status").is_in(["aangemeld", "geaccepteerd", "lopend"]),
        pl.col("opdracht_id") != keuze,
    )
    if open_.height == 0:
        st.info("Er is geen andere open opdracht om samen te voegen.")
        return
    titels = {r["opdracht_id"]: r for r in open_.iter_rows(named=True)}
    st.caption(
        f"De gekozen opdracht gaat op in {keuze}: zij eindigt als geannuleerd "
        f"('samengevoegd in {keuze}'), {keuze} krijgt haar werk en de nieuwe begrote uren. "
        "De bespaarde uren tellen voor de efficiency (W4)."
    )
    andere = st.selectbox(
        "Opdracht die hierin opgaat",
        list(titels),
        format_func=lambda i: (
            f"{i} · {titels[i]['titel']} ({fmt.getal(titels[i]['begrote_uren'], 0)} uur)"
        ),
        key=f"samenvoegen_b_{keuze}",
        placeholder="Maak een keuze",
    )
    uren = st.number_input(
        "Begrote uren samen",
        value=float(o["begrote_uren"] + titels[andere]["begrote_uren"]),
        min_value=0.0,
        step=1.0,
        format="%g",
        key=f"samenvoegen_uren_{keuze}_{andere}",
    )
    reden = st.text_input("Toelichting (optioneel)", key=f"samenvoegen_reden_{keuze}")
    if st.button("Samenvoegen", key="stap_samenvoegen"):
        uitvoeren(
            f"{andere} is samengevoegd in {keuze}.",
            stappen.samenvoegen(keuze, b, o["status"], andere, uren, reden),
        )


def _afronden(o: Mapping, b: int) -> None:
    keuze = o["opdracht_id"]
    if o["status"] != "lopend":
        st.info("Afronden kan als de opdracht loopt (eerst starten).")
        return
    akkoord = st.radio(
        "Zijn de opdrachtgevers akkoord met het resultaat?",
        ["ja", "nee"],
        horizontal=True,
        key=f"afronden_akkoord_{keuze}",
    )
    op = _dag("Akkoord gegeven op", f"afronden_op_{keuze}")
    reden = st.text_input(
        "Reden dat het akkoord ontbreekt (verplicht bij nee)", key=f"afronden_reden_{keuze}"
    )
    if st.button("Afronden", type="primary", key="stap_afronden"):
        uitvoeren(
            f"{keuze} is afgerond.",
            stappen.afronden(keuze, b, akkoord == "ja", op, reden.strip()),
        )
