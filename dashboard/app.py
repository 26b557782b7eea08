"""Entry point of the virtual platform: page list, shared sidebar, the no-data page.

Run through `proeftuin dashboard` (see `dashboard.serve`), which passes the warehouse path
in `$PROEFTUIN_WAREHOUSE`.
"""

from __future__ import annotations

import duckdb
import streamlit as st

from cijfers import format as fmt
from dashboard import auth, db, eerste_run, queries, stijl, streamlit_nl, teksten
from dashboard.paginas import MAP, PAGINAS

st.set_page_config(page_title=auth.PLATFORM, page_icon=":seedling:", layout="wide")


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


def navigatie(rol: auth.Rol) -> list[st.Page]:
    """Every page: the ones this role may open in the menu; the others hidden, standing in
    with "geen toegang" at their own URL (so a bookmark never shows the page itself)."""
    return [
        st.Page(MAP / p.bestand, title=p.titel, icon=p.icoon, default=p is PAGINAS[0])
        if auth.mag(rol, p.naam)
        else st.Page(
            auth.geen_toegang(p.titel), title=p.titel, url_path=p.naam, visibility="hidden"
        )
        for p in PAGINAS
    ]


streamlit_nl.toepassen()  # before the login page too
gebruiker = auth.aanmelden()
probleem = queries.probleem()
if probleem:
    st.navigation([st.Page(geen_gegevens, title="Nog geen gegevens", icon=":material/info:")]).run()
    auth.zijbalk(gebruiker)
    st.stop()

pagina = st.navigation(navigatie(gebruiker.rol))
auth.bekeken(pagina.url_path or "start")
auth.zijbalk(gebruiker)
zijbalk()
stijl.toepassen()
try:
    eerste_run.draai(pagina.url_path, pagina.run)
except duckdb.Error as exc:
    st.error(
        "Deze pagina kan het warehouse niet lezen; misschien is het gebouwd met een oudere "
        f"versie. Laad de gegevens opnieuw met `proeftuin etl`. Details: {exc}"
    )
stijl.run_af()
