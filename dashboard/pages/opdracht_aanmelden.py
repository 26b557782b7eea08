"""Opdracht aanmelden: the opdrachtformulier, checked by the ETL's rules before it is saved.

For roles medewerker, college and mt. Saving appends a row to
`platform/opdrachten_platform.csv` in the source folder (status `aangemeld`), its
deelnemers to `platform/deelnemers_platform.csv`, and starts one background ETL run; the
submitter's own aanmeldingen below show what became of them.

The deelnemers are a checkbox and a share per gemeente inside the form, not a multiselect
that adds share fields: widgets in an `st.form` cannot react before it is submitted.
"""

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import (
    brontekst,
    datumveld,
    formulier,
    formuliervelden,
    herindienen,
    queries,
    schrijven,
    ui,
)
from etl.kinds import SOORTEN_OPDRACHT, WINSTPUNTEN
from invoer.schrijven import ALGEMEEN, OPDRACHTEN, Geweigerd
from warehouse.referentie import REGIO, WINST

FOUTEN, AANGEMELD = "_aanmelden_fouten", "_aanmelden_gelukt"
# Saved forms so far in this session: part of every field's key, so after a save the form
# comes back empty (the browser keeps a form widget's value when only its state is removed)
# and a second click cannot submit the same opdracht twice.
RONDE = "_aanmelden_ronde"

st.title("Opdracht aanmelden")
st.caption(
    "Met het opdrachtformulier wordt het proeftuinmechanisme in werking gesteld. Het "
    "proeftuin-MT toetst de kwaliteit, accepteert de opdracht of stuurt haar terug, en zoekt "
    "de meest geschikte opdrachtnemer uit welke gemeente ook."
)
if schrijven.bron() is None:
    st.info(schrijven.UIT)
    st.stop()
schrijven.toon_etl_melding()
if AANGEMELD in st.session_state:
    st.success(
        f"Opdracht **{st.session_state.pop(AANGEMELD)}** is aangemeld. Ze staat zo in de "
        "werkvoorraad met status *aangemeld*; hieronder ziet u wat ermee gebeurt."
    )

namen = queries.gemeente_namen()
keuzes = {
    "soort_opdracht": (list(SOORTEN_OPDRACHT), fmt.label),
    "aanvrager": ([*namen, REGIO], lambda c: namen.get(c, "Regio (werkprogramma)")),
    "winst": (list(WINST), fmt.label),
    "winstpunten": (list(WINSTPUNTEN), str),
}
fouten: dict[str, str] = st.session_state.get(FOUTEN, {})
ronde: int = st.session_state.setdefault(RONDE, 0)


def sleutel(naam: str) -> str:
    """The widget key of field `naam` in this round of the form."""
    return f"formulier_{ronde}_{naam}"


def deelnemers_kiezen() -> None:
    """Per gemeente: does it take part, and its share in % (empty: equal shares)."""
    d = formulier.DEELNEMERS
    st.markdown(f"**{d.label}**", help=d.hulp)
    st.caption("Vink de deelnemende gemeenten aan; aandeel in % (leeg: gelijke delen).")
    rijen = list(namen.items())
    for start in range(0, len(rijen), 3):
        for kolom, (code, naam) in zip(st.columns(3), rijen[start : start + 3], strict=False):
            vink, aandeel = kolom.columns([3, 2], vertical_alignment="center")
            vink.checkbox(naam, key=sleutel(f"deelnemer_{code}"))
            aandeel.text_input(
                f"Aandeel {naam} (%)",
                key=sleutel(f"aandeel_{code}"),
                placeholder="gelijk",
                max_chars=10,
                label_visibility="collapsed",
            )
    formuliervelden.fout(d.naam, fouten)


def aanmelden() -> None:
    """*Aanmelden*'s callback: save the form before the run its click starts draws anything.

    Why a callback and not `if verzonden: ... st.rerun()`: the click's run then drew the
    whole page once more before it saved, and the run after the rerun drew it again; the
    browser took in both before it showed the confirmation (issue 20: a step answers
    within a second; h48). Now one run follows the click: its confirmation at the top, the
    form empty (the next round's keys) or with the reasons next to the fields.
    """
    velden = {v.naam: st.session_state.get(sleutel(v.naam)) for v in formulier.VELDEN}
    velden["fase"] = "plan"
    keuze = {
        code: (
            bool(st.session_state.get(sleutel(f"deelnemer_{code}"))),
            st.session_state.get(sleutel(f"aandeel_{code}")) or "",
        )
        for code in namen
    }
    try:
        geschreven = schrijven.aanmelden(velden, formulier.deelnemers(keuze, namen))
    except Geweigerd as exc:
        st.session_state[FOUTEN] = exc.fouten
    else:
        st.session_state[FOUTEN] = {}
        st.session_state[AANGEMELD] = geschreven.opdracht_id
        st.session_state[RONDE] = ronde + 1


datumveld.bewaken()
with st.form("opdrachtformulier"):
    links, rechts = st.columns(2)
    for i, v in enumerate(formulier.VELDEN):
        with links if v.soort in (formulier.LANG,) or i < 6 else rechts:
            formuliervelden.veld(v, sleutel(v.naam), fouten, keuzes)
    deelnemers_kiezen()
    if ALGEMEEN in fouten:
        st.error(fouten[ALGEMEEN])
    st.caption("Velden met * zijn verplicht.")
    st.form_submit_button("Aanmelden", type="primary", icon=":material/send:", on_click=aanmelden)

ik = schrijven.gebruiker()
herindienen.toon(ik, keuzes)

st.subheader("Mijn aanmeldingen")
try:
    rijen = schrijven.eigen_aanmeldingen(OPDRACHTEN)
except Geweigerd as exc:
    st.error(exc.fouten[ALGEMEEN], icon=":material/error:")
    st.stop()
if ik != schrijven.DEMO_GEBRUIKER:
    rijen = [r for r in rijen if r.get("ingediend_door") == ik]
else:
    st.caption("Lokale demo zonder inloggen: u ziet alle aanmeldingen via het platform.")
if not rijen:
    st.info("Nog geen aanmeldingen via het platform.")
    st.stop()
geladen = queries.werkvoorraad().select(
    "opdracht_id", "status", "laatste_toelichting", "laatste_actie"
)
stand = {r[0]: r[1:] for r in geladen.iter_rows()}
afgekeurd = dict(queries.afgekeurd_in(OPDRACHTEN).iter_rows())


def uitkomst(rij: dict[str, str]) -> str:
    """What became of a submission: rejected by the ETL, sent back, its status, or pending."""
    regel = int(rij["regel"])
    if regel in afgekeurd:
        return f"afgekeurd door de ETL: {afgekeurd[regel]}"
    if rij["opdracht_id"] not in stand:
        return "wordt verwerkt"
    status, toelichting, actie = stand[rij["opdracht_id"]]
    if actie == "terugsturen":
        return f"teruggestuurd door het MT: {toelichting or 'zonder reden'}"
    return status + (f" ({toelichting})" if toelichting else "")


ui.tabel(
    pl.DataFrame(
        {
            "opdracht_id": [r["opdracht_id"] for r in rijen],
            "titel": [r["titel"] for r in rijen],
            "ingediend_op": brontekst.tijdstippen([r["ingediend_op"] for r in rijen]),
            "stand": [uitkomst(r) for r in rijen],
        }
    ),
    {"opdracht_id": "Nummer", "titel": "Titel", "ingediend_op": "Ingediend", "stand": "Stand"},
)
