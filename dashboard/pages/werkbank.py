"""Werkbank of the proeftuin-MT: signals, kandidaten, capacity over the calendar, the
toewijzingsvoorstel, combinations and a what-if to zero.

Holds person-level data (kandidaten, weeks above availability), so the page is for the
`mt` role only (dashboard.auth). Source texts (titles, forms, expertise) are shown as plain
text. Only the open tab runs (dashboard.tabbladen): a page switch computes and sends one
tab, not seven.
"""

import streamlit as st

from dashboard import (
    queries,
    tabbladen,
    toets,
    werkbank_bezetting,
    werkbank_kandidaten,
    werkbank_signalen,
    werkbank_voorstel,
    werkbank_wat_als,
)

st.title("Werkbank")
st.caption(
    "Voor het proeftuin-MT: toets opdrachten en uren, vind de meest geschikte medewerker uit "
    "welke gemeente ook, combineer vergelijkbare opdrachten en stuur elke gemeente naar een "
    "urensaldo van nul. Deze pagina bevat gegevens op persoonsniveau."
)
namen = queries.gemeente_namen()
gekozen, tab = tabbladen.open_tab(
    ["Signalen", "Toets", "Kandidaten", "Bezetting", "Voorstel", "Combineren", "Wat als"],
    tabbladen.WERKBANK,
)
with tab:
    if gekozen == "Signalen":
        werkbank_signalen.toon(namen)
    elif gekozen == "Toets":
        toets.toon()
    elif gekozen == "Kandidaten":
        werkbank_kandidaten.toon(namen, werkbank_kandidaten.open_titels())
    elif gekozen == "Bezetting":
        werkbank_bezetting.toon()
    elif gekozen == "Voorstel":
        werkbank_voorstel.toon()
    elif gekozen == "Combineren":
        werkbank_kandidaten.combineren(namen)
    else:
        werkbank_wat_als.toon(werkbank_kandidaten.open_titels(), namen)
