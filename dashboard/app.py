"""Entry point of the virtual platform: page list, shared sidebar, the no-data page.

Run through `proeftuin dashboard` (see `dashboard.serve`), which passes the warehouse path
in `$PROEFTUIN_WAREHOUSE`.
"""

from __future__ import annotations

import duckdb
import streamlit as st

from dashboard import db, queries, teksten
from dashboard import format as fmt
from dashboard.paginas import MAP, PAGINAS

st.set_page_config(
    page_title="Proeftuin beleid Drechtsteden", page_icon=":seedling:", layout="wide"
)


def geen_gegevens() -> None:
    """Shown instead of every page while there is no readable warehouse."""
    st.title("Nog geen gegevens")
    st.warning(probleem)
    st.markdown(teksten.GEEN_WAREHOUSE.format(warehouse=db.warehouse_path()))


def zijbalk() -> None:
    """How recent the figures are, on every page."""
    stand = queries.data_stand()
    periode = (
        f"Gegevens t/m **{fmt.datum(stand['laatste_datum'])}**"
        if stand["laatste_datum"]
        else teksten.GEEN_UREN
    )
    st.sidebar.caption(f"{periode}  \nLaatst geladen: {fmt.tijdstip(stand['laatste_run'])}")


probleem = queries.probleem()
if probleem:
    st.navigation([st.Page(geen_gegevens, title="Nog geen gegevens", icon=":material/info:")]).run()
    st.stop()

pagina = st.navigation(
    [
        st.Page(MAP / p.bestand, title=p.titel, icon=p.icoon, default=p is PAGINAS[0])
        for p in PAGINAS
    ]
)
zijbalk()
try:
    pagina.run()
except duckdb.Error as exc:
    st.error(
        "Deze pagina kan het warehouse niet lezen; misschien is het gebouwd met een oudere "
        f"versie. Laad de gegevens opnieuw met `proeftuin etl`. Details: {exc}"
    )
