"""Data & kwaliteit: load runs, files, rejected rows (downloadable), failed checks, and
vaststellen a reported period (the controller's action of data contract section 10)."""

from datetime import date

import polars as pl
import streamlit as st

from cijfers import export
from cijfers import format as fmt
from dashboard import auth, privacy, queries, schrijven, tabbladen, tabel_licht, ui
from dashboard.perioden import vaststelbaar
from vaststelling.besluit import Geweigerd

st.title("Data & kwaliteit")
FILTERS = "afgekeurd_filters"  # the rejected rows' filter panel
ZOEK = "afgekeurd_zoek_bewaard"  # its search text, kept while the panel is folded

st.subheader("Laadrondes")
# newest first; a few runs are read at once (static), a long history scrolls in a grid
tabel_licht.tabel_of_grid(
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

if schrijven.bron() is None:
    st.caption("Laden vanaf het platform staat uit (gestart zonder --source).")
else:
    # the controller's run (contract section 8), on the forms' single-flight runner
    if st.button("ETL nu starten", icon=":material/sync:", key="etl_starten"):
        schrijven.start_etl()
    schrijven.toon_etl_melding_live()

st.subheader("Bestanden van de laatste ronde")
# a static table (dashboard.tabel_licht): every file in view, lighter than a data grid;
# the load runs and the rejected rows, which grow with use, stay grids
tabel_licht.tabel(
    queries.etl_bestanden(),
    {
        "bestand": "Bestand",
        "soort": "Soort",
        "rijen_gelezen": "Gelezen",
        "rijen_geladen": "Geladen",
        "rijen_afgekeurd": "Afgekeurd",
        "opmerking": "Opmerking",
    },
    breedtes={"bestand": 200, "opmerking": 200},
)

st.subheader("Afgekeurde rijen")
afgekeurd = privacy.afgekeurd(queries.etl_afgekeurd(), auth.persoonsgegevens())
if afgekeurd.height == 0:
    st.success("De laatste ronde heeft geen enkele rij afgekeurd.")
else:
    # the filters are drawn only while their panel is open (as on the Werkvoorraad): folded,
    # as a visit finds it, the page mounts no multiselect or text field for them
    filters = st.expander("Filteren op bestand of reden", key=FILTERS, on_change="rerun")
    if filters.open:
        links, rechts = filters.columns(2)
        bestanden = tabbladen.blijvend(
            links.multiselect,
            "Bestand",
            afgekeurd.get_column("bestand").unique().sort().to_list(),
            key="afgekeurd_bestand",
            standaard=[],
            placeholder="alle",
        )
        st.session_state.setdefault("afgekeurd_zoek", st.session_state.get(ZOEK, ""))
        zoek = st.session_state[ZOEK] = rechts.text_input("Reden bevat", key="afgekeurd_zoek")
    else:
        bestanden = tabbladen.bewaard("afgekeurd_bestand", [])
        zoek = st.session_state.get(ZOEK, "")
        if bestanden or zoek:
            aan = [f"Bestand: {', '.join(bestanden)}"] if bestanden else []
            st.caption(
                ui.plat(
                    "Gefilterd op " + "; ".join(aan + [f"Reden bevat: {zoek}"] * bool(zoek)) + "."
                )
            )
    gefilterd = afgekeurd.filter(
        pl.col("bestand").is_in(bestanden) if bestanden else pl.lit(True),
        pl.col("reden").str.to_lowercase().str.contains(zoek.lower(), literal=True),
    )
    st.markdown(f"**{fmt.getal(gefilterd.height, 0)}** van {fmt.getal(afgekeurd.height, 0)} rijen")
    if gefilterd.height == 0:
        st.info("Geen afgekeurde rijen bij dit filter. Kies een ander bestand of zoekwoord.")
    else:
        # the reason is what a controller reads: the widest column, wrapped over two lines
        tabel_licht.tabel_of_grid(
            gefilterd,
            {"bestand": "Bestand", "regel": "Regel", "reden": "Reden"},
            breedtes={"bestand": 260, "regel": 70, "reden": 560},
            rijen=15,
            regels=2,
        )
    st.download_button(
        "Download als CSV",
        auth.download("afgekeurde-rijen.csv", lambda: export.naar_csv(gefilterd)),
        file_name="afgekeurde-rijen.csv",
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
    )

st.subheader("Controles op de urenbank")
mislukt = queries.mislukte_controles()
if not mislukt:
    st.success("Alle controles slagen: onder meer telt gebracht min gehaald op tot nul.")
for naam, rijen in mislukt.items():
    st.error(f"Controle **{naam}** faalt met {fmt.getal(rijen.height, 0)} rij(en).")
    st.dataframe(rijen, hide_index=True)

st.subheader("Vaststellen")
st.caption(
    "Stel een periode vast nadat de tussenstand is verantwoord: daarna veranderen haar "
    "cijfers niet meer, op de pagina's, in Excel en in het rapport. Gegevens die later "
    "binnenkomen tellen als correctie in de eerste open periode. Zie docs/boekjaren.md."
)
geschiedenis = queries.vaststellingen()
if geschiedenis.height:
    tabel_licht.tabel(
        geschiedenis,
        {
            "periode": "Periode",
            "vastgesteld_op": "Vastgesteld op",
            "door": "Door",
            "grondslag": "Gebouwd uit",
            "ingetrokken_op": "Ingetrokken op",
            "reden_intrekking": "Reden",
        },
        breedtes={"grondslag": 240},
    )
if schrijven.bron() is None:
    st.info(schrijven.UIT)
    st.stop()
keuzes = vaststelbaar(queries.boekjaren()["jaar"].to_list(), geschiedenis, date.today())
if not keuzes:
    st.info("Er is geen afgelopen periode meer die nog niet is vastgesteld.")
    st.stop()
periode = st.selectbox(
    "Periode", keuzes, format_func=lambda p: p.naam.capitalize(), placeholder="Maak een keuze"
)
wat = (
    f"de urenbalans, de tussenstand uren tegoed, de KPI's en de verrekening van {periode.code}"
    if periode.code.isdigit()
    else f"de urenbalans, de tussenstand uren tegoed en de KPI's op {fmt.datum(periode.einde)}"
)
zeker = st.checkbox(
    f"Ik stel {periode.naam} vast ({fmt.datum(periode.begin)} tot en met "
    f"{fmt.datum(periode.einde)}): {wat} liggen daarna vast."
)
if st.button("Vaststellen", type="primary", disabled=not zeker):
    try:
        besluit = schrijven.vaststellen(periode)
    except Geweigerd as exc:
        st.error(f"Niet vastgesteld: {exc}.")
    else:
        st.success(
            f"{besluit.periode.naam.capitalize()} is vastgesteld door {besluit.rij['door']}. "
            "De gegevens worden nu bijgewerkt."
        )
