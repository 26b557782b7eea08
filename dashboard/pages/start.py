"""Start: what the proeftuin is, how it works, and the headline figures."""

import streamlit as st

from cijfers import format as fmt
from dashboard import nieuws, queries, start_tekst, staven, teksten, uitleg
from dashboard.tegels import Tegel, tegels
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
# Light tiles and a bar table, no st.metric and no Plotly: on the page everyone lands on,
# their lazily loaded code was most of a new tab's first visit (issue 26, docs/dashboard.md)
tegels(
    [
        Tegel("Lopende opdrachten", fmt.getal(per_status.get("lopend", 0), 0)),
        Tegel("Afgeronde opdrachten", fmt.getal(per_status.get("afgerond", 0), 0)),
        Tegel(
            f"Uitgewisselde uren {uitwisseling['boekjaar']}",
            fmt.getal(uitwisseling["uitgewisselde_uren"], 0),
            uitleg.TELLING_UITGEWISSELD.format(totaal=fmt.getal(stand["totaal_uren"], 0)),
        ),
        Tegel(
            "Medewerkers elders",
            fmt.getal(uitwisseling["medewerkers_uitgewisseld"], 0),
            uitleg.TELLING_MOBILITEIT,
        ),
        Tegel(
            "Spreiding urensaldo",
            f"{fmt.getal(saldi.min(), 0, teken=True)} tot {fmt.getal(saldi.max(), 0, teken=True)}",
            "Laagste en hoogste urensaldo van de gemeenten; het doel is nul op 31-12-2012.",
        ),
    ]
)

links, rechts = st.columns([3, 2], gap="large")
with links:
    nieuws.toon()
    st.html(start_tekst.INLEIDING)
with rechts:
    titel = "Urensaldo per gemeente"
    if stand["laatste_datum"]:
        titel += f" per {fmt.datum(stand['laatste_datum'])}"
    staven.staven(balans, titel)
    st.page_link("pages/urenbalans.py", label="Naar de urenbalans", icon=":material/balance:")
# The glossary (a table of some 60 rows) is sent only when opened: drawn folded it cost
# every first visit of the Start page its markdown rendering in the browser (issue 26).
begrippen = st.expander(
    "Begrippenlijst: wat betekenen de woorden?", key=BEGRIPPEN, on_change="rerun"
)
if begrippen.open:
    begrippen.markdown(teksten.begrippenlijst())
