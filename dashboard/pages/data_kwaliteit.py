"""Data & kwaliteit: load runs, files, rejected rows (downloadable) and failed checks."""

import polars as pl
import streamlit as st

from dashboard import export, queries, ui
from dashboard import format as fmt

st.title("Data & kwaliteit")

st.subheader("Laadrondes")
ui.tabel(
    queries.etl_runs(),
    {
        "run_id": "Ronde",
        "gestart_op": "Gestart",
        "duur_s": "Duur (s)",
        "bron": "Bronmap",
        "strikt": "Strikt",
        "bestanden": "Bestanden",
        "rijen_gelezen": "Rijen gelezen",
        "rijen_geladen": "Geladen",
        "rijen_afgekeurd": "Afgekeurd",
    },
    {"duur_s": 1},
)

st.subheader("Bestanden van de laatste ronde")
ui.tabel(
    queries.etl_bestanden(),
    {
        "bestand": "Bestand",
        "soort": "Soort",
        "rijen_gelezen": "Gelezen",
        "rijen_geladen": "Geladen",
        "rijen_afgekeurd": "Afgekeurd",
        "opmerking": "Opmerking",
    },
)

st.subheader("Afgekeurde rijen")
afgekeurd = queries.etl_afgekeurd()
if afgekeurd.height == 0:
    st.success("De laatste ronde heeft geen enkele rij afgekeurd.")
else:
    links, rechts = st.columns(2)
    bestanden = links.multiselect(
        "Bestand", afgekeurd.get_column("bestand").unique().sort(), placeholder="alle"
    )
    zoek = rechts.text_input("Reden bevat")
    gefilterd = afgekeurd.filter(
        pl.col("bestand").is_in(bestanden) if bestanden else pl.lit(True),
        pl.col("reden").str.to_lowercase().str.contains(zoek.lower(), literal=True),
    )
    st.markdown(f"**{fmt.getal(gefilterd.height, 0)}** van {fmt.getal(afgekeurd.height, 0)} rijen")
    ui.tabel(gefilterd, {"bestand": "Bestand", "regel": "Regel", "reden": "Reden"})
    st.download_button(
        "Download als CSV",
        export.naar_csv(gefilterd),
        file_name="afgekeurde-rijen.csv",
        mime="text/csv",
        icon=":material/download:",
    )

st.subheader("Controles op de urenbank")
mislukt = queries.mislukte_controles()
if not mislukt:
    st.success("Alle controles slagen: onder meer telt gebracht min gehaald op tot nul.")
for naam, rijen in mislukt.items():
    st.error(f"Controle **{naam}** faalt met {fmt.getal(rijen.height, 0)} rij(en).")
    st.dataframe(rijen, hide_index=True)
