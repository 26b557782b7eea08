"""Start: what the proeftuin is, how it works, and the headline figures."""

import streamlit as st

from cijfers import format as fmt
from dashboard import figuren, nieuws, queries, teksten, ui, uitleg
from dutch import afronding

BEGRIPPEN = "start_begrippenlijst"

st.title("Proeftuin beleid Drechtsteden")
stand = queries.data_stand()
geladen = f"laatst geladen op {fmt.tijdstip(stand['laatste_run'])}"
if stand["laatste_datum"] is None:
    st.caption(f"{teksten.GEEN_UREN} · {geladen}")
else:
    st.caption(
        f"Gegevens van {fmt.datum(stand['eerste_datum'])} tot en met "
        f"{fmt.datum(stand['laatste_datum'])} · {geladen}"
    )

per_status = queries.opdrachten_per_status()
# rounded once, as on the Urenbalans page: the same figure shows the same value
balans = afronding.afgerond(queries.urenbalans(), {"saldo_uren": 0})
saldi = balans.get_column("saldo_uren")
uitwisseling = queries.uitwisseling()
k1, k2, k3, k4, k5 = st.columns(5)
k1.metric("Lopende opdrachten", fmt.getal(per_status.get("lopend", 0), 0))
k2.metric("Afgeronde opdrachten", fmt.getal(per_status.get("afgerond", 0), 0))
k3.metric(
    f"Uitgewisselde uren {uitwisseling['boekjaar']}",
    fmt.getal(uitwisseling["uitgewisselde_uren"], 0),
    help=uitleg.TELLING_UITGEWISSELD.format(totaal=fmt.getal(stand["totaal_uren"], 0)),
)
k4.metric(
    "Medewerkers elders",
    fmt.getal(uitwisseling["medewerkers_uitgewisseld"], 0),
    help=uitleg.TELLING_MOBILITEIT,
)
k5.metric(
    "Spreiding urensaldo",
    f"{fmt.getal(saldi.min(), 0, teken=True)} tot {fmt.getal(saldi.max(), 0, teken=True)}",
    help="Laagste en hoogste urensaldo van de gemeenten; het doel is nul op 31-12-2012.",
)

links, rechts = st.columns([3, 2])
with links:
    nieuws.toon()
    st.markdown(teksten.INTRO)
    st.subheader("Hoe werkt het?")
    st.markdown(teksten.HOE_HET_WERKT)
with rechts:
    titel = "Urensaldo per gemeente"
    if stand["laatste_datum"]:
        titel += f" per {fmt.datum(stand['laatste_datum'])}"
    ui.plotly(figuren.saldo_per_gemeente(balans, queries.gemeente_namen(), titel=titel))
    st.page_link("pages/urenbalans.py", label="Naar de urenbalans", icon=":material/balance:")
# The glossary (a table of some 60 rows) is sent only when opened: drawn folded it cost
# every first visit of the Start page its markdown rendering in the browser (issue 26).
begrippen = st.expander(
    "Begrippenlijst: wat betekenen de woorden?", key=BEGRIPPEN, on_change="rerun"
)
if begrippen.open:
    begrippen.markdown(teksten.begrippenlijst())
