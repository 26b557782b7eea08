"""De proeftuin uitgelegd: opzet, achtergrond, wat de proeftuin wel en niet is, the hour
bank in one picture, how to take part and who is in the MT (the MT's own text)."""

import streamlit as st

from cijfers.stromen import urenbank_voorbeeld
from dashboard import markdown_veilig, queries, schrijven, stromen
from dashboard.uitleg_bron import UITLEG, lees_uitleg

st.title("De proeftuin uitgelegd")
uitleg = lees_uitleg(schrijven.bron())
if uitleg.probleem:
    st.warning(f"{uitleg.probleem} Hieronder staat de standaardtekst van het platform.")
links, rechts = st.columns([3, 1])
with links:
    st.html(markdown_veilig.naar_html(uitleg.tekst))
    if uitleg.van_mt:
        st.caption(f"Tekst van het proeftuin-MT ({UITLEG} in de bronmap).")
with rechts:
    st.subheader("Meedoen")
    st.page_link("pages/werkvoorraad.py", label="Werkvoorraad bekijken", icon=":material/list:")
    st.page_link("pages/mijn_proeftuin.py", label="Ruimte of interesse", icon=":material/person:")
    st.page_link(
        "pages/opdracht_aanmelden.py", label="Een opdracht aanmelden", icon=":material/edit_note:"
    )
st.subheader("De urenbank in één beeld")
st.markdown(
    "Een medewerker uit Dordrecht schrijft 200 uur op de cultuurvisie van Alblasserdam: "
    "Dordrecht **brengt** 200 uur, Alblasserdam **haalt** ze. Papendrecht doet 240 uur "
    "leerlingenvervoer voor alle zes: elke gemeente haalt 40 uur. Het urensaldo is gebracht "
    "min gehaald; het doel is nul aan het einde van het jaar."
)
# a light SVG flow, not a Plotly Sankey: no chart library to load on a first visit
stromen.stromen(urenbank_voorbeeld(queries.gemeente_namen()), "urenbank")
