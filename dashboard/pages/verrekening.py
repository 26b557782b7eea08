"""Verrekening: who pays whom how much if the proeftuin year closed on the chosen date."""

import polars as pl
import streamlit as st

from dashboard import charts, queries, teksten, ui
from dashboard import format as fmt

st.title("Verrekening")
st.caption(
    "Een gemeente met een negatief urensaldo betaalt haar tekort aan de gemeenten met een "
    "positief saldo, naar rato van hun saldo, tegen het gemiddelde uurtarief."
)
stand = queries.data_stand()
if stand["laatste_datum"] is None:
    st.info(teksten.GEEN_UREN)
    st.stop()
peildatum = st.date_input(
    "Als het jaar afgesloten werd op",
    value=stand["laatste_datum"],
    min_value=stand["eerste_datum"],
    format="DD-MM-YYYY",
)
namen = queries.gemeente_namen()
paren = queries.verrekening(peildatum)

if paren.height == 0:
    st.success(
        f"Op {fmt.datum(peildatum)} staat elke gemeente op nul: er valt niets te verrekenen."
    )
    st.stop()

tarief = paren.get_column("uurtarief_eur")[0]
totaal = paren.get_column("bedrag_eur").sum() if tarief is not None else None
st.metric(
    "Totaal te verrekenen",
    fmt.euro(totaal) if totaal is not None else f"{fmt.getal(paren['uren'].sum(), 0)} uur",
    help="Tegen het gemiddelde uurtarief dat op de peildatum geldt.",
)
if tarief is None:
    st.warning("Er is geen gemiddeld uurtarief geldig op deze datum; alleen uren getoond.")
else:
    st.caption(f"Gemiddeld uurtarief op {fmt.datum(peildatum)}: {fmt.euro(tarief, 2)}.")

# the amounts beside the flows: the chart shows who pays whom, the table how much
grafiek, tabel = st.columns([5, 4])
with grafiek:
    ui.plotly(charts.verrekening(paren, namen))
tabel.markdown("**Betalingen**")
with tabel:
    ui.tabel(
        paren.with_columns(
            pl.col("van_gemeente").replace_strict(namen, default=pl.col("van_gemeente")),
            pl.col("naar_gemeente").replace_strict(namen, default=pl.col("naar_gemeente")),
        ),
        {
            "van_gemeente": "Betaalt",
            "naar_gemeente": "Aan",
            "uren": "Uren",
            "bedrag_eur": "Bedrag (€)",
        },
        {"uren": 1},
        breedtes={"van_gemeente": 135, "naar_gemeente": 105, "uren": 55, "bedrag_eur": 85},
    )
