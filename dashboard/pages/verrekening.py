"""Verrekening: who pays whom how much at the year end, to the cent.

The settlement of a boekjaar is on 31 December of it, at the gemiddeld tarief valid then
(data contract, section 3); it counts everything dated on or before that day. The page
says which date and tarief it used, and shows each payer's deficit as hours × tarief so a
controller can check every cent with a calculator.
"""

from datetime import date

import polars as pl
import streamlit as st

from cijfers import charts
from cijfers import format as fmt
from dashboard import export, queries, teksten, ui

st.title("Verrekening")
st.caption(
    "Een gemeente met een negatief urensaldo betaalt haar tekort aan de gemeenten met een "
    "positief saldo, naar rato van hun saldo, tegen het gemiddelde uurtarief op 31 december."
)
stand = queries.data_stand()
if stand["laatste_datum"] is None:
    st.info(teksten.GEEN_UREN)
    st.stop()
eerste, boekjaar = stand["eerste_datum"].year, stand["boekjaar"]
if eerste < boekjaar:
    st.warning(
        f"De gegevens lopen van {fmt.datum(stand['eerste_datum'])} tot en met "
        f"{fmt.datum(stand['laatste_datum'])}: over meer dan één jaar. Het boekjaar is het "
        f"jaar van de laatste datum ({boekjaar}); de verrekening van een jaar telt alles wat "
        "op of vóór 31 december van dat jaar gedateerd is. Het MT ziet de uren buiten het "
        "boekjaar als signaal; controleer of een datum een tikfout is."
    )
    jaar = st.selectbox("Boekjaar", list(range(boekjaar, eerste - 1, -1)))
else:
    jaar = boekjaar
verrekendatum = date(jaar, 12, 31)
namen = queries.gemeente_namen()
paren = queries.verrekening(verrekendatum)

if paren.height == 0:
    st.success(
        f"Op {fmt.datum(verrekendatum)} staat elke gemeente op nul, of er is geen gemeente "
        "met een positief saldo: er valt niets te verrekenen."
    )
    st.stop()

tarief = paren.get_column("uurtarief_eur")[0]
if tarief is None:
    st.warning(
        f"Er is geen gemiddeld uurtarief geldig op {fmt.datum(verrekendatum)}; alleen uren getoond."
    )
    st.metric("Totaal te verrekenen", f"{fmt.getal(paren['uren'].sum(), 2)} uur")
else:
    st.markdown(
        f"**Verrekend per {fmt.datum(verrekendatum)}** tegen het gemiddelde uurtarief van "
        f"**{fmt.euro(tarief, 2)}** dat op die dag geldt."
    )
    st.metric("Totaal te verrekenen", fmt.euro(paren.get_column("bedrag_eur").sum(), 2))

betalingen = paren.with_columns(
    pl.col("van_gemeente").replace_strict(namen, default=pl.col("van_gemeente")),
    pl.col("naar_gemeente").replace_strict(namen, default=pl.col("naar_gemeente")),
)
KOLOMMEN = {
    "van_gemeente": "Betaalt",
    "naar_gemeente": "Aan",
    "uren": "Uren",
    "bedrag_eur": "Bedrag (€)",
}
# the amounts beside the flows: the chart shows who pays whom, the table how much
grafiek, tabel = st.columns([5, 4])
with grafiek:
    ui.plotly(charts.verrekening(paren, namen))
with tabel:
    st.markdown("**Wie betaalt wie**")
    ui.tabel(
        betalingen,
        KOLOMMEN,
        {"uren": 2, "bedrag_eur": 2},
        breedtes={"van_gemeente": 135, "naar_gemeente": 100, "uren": 60, "bedrag_eur": 90},
    )
st.caption(
    "Elke betaler verdeelt zijn tekort naar rato van de positieve saldi. De bedragen zijn "
    "in hele centen: de centen die na het afronden naar beneden overblijven gaan één voor "
    "één naar de ontvangers met de grootste rest, zodat de bedragen van een betaler precies "
    "optellen tot zijn tekort."
)

st.subheader("Per gemeente")
balans = queries.urenbalans(verrekendatum).with_columns(
    pl.when(pl.col("saldo_uren") < 0).then(-pl.col("saldo_eur")).alias("betaalt_eur"),
    pl.when(pl.col("saldo_uren") > 0).then(pl.col("saldo_eur")).alias("tegoed_eur"),
)
ui.tabel(
    balans,
    {
        "naam": "Gemeente",
        "saldo_uren": "Saldo (uren)",
        "saldo_eur": "Saldo × tarief (€)",
        "betaalt_eur": "Betaalt (€)",
    },
    {"saldo_uren": 6, "saldo_eur": 2, "betaalt_eur": 2},
    teken=["saldo_uren", "saldo_eur"],
)
st.caption(
    "Het saldo in uren op zes decimalen (zoals het warehouse het bewaart) maal het uurtarief, "
    "afgerond op centen (een halve cent naar boven): dat is wat een gemeente met een tekort "
    "betaalt."
)

st.download_button(
    "Download deze verrekening (Excel)",
    lambda: export.naar_xlsx(
        {
            "Verrekening": export.met_koppen(betalingen, KOLOMMEN),
            "Per gemeente": export.met_koppen(
                balans,
                {
                    "naam": "Gemeente",
                    "saldo_uren": "Saldo (uren)",
                    "saldo_eur": "Saldo × tarief (€)",
                },
            ),
        }
    ),
    file_name=f"verrekening-{fmt.datum(verrekendatum)}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    icon=":material/download:",
    on_click="ignore",
)
