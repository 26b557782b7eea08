"""Verrekening: the settlement that closes each boekjaar, to the cent.

Every calendar year is its own hour bank, settled on its 31 December at the gemiddeld
tarief valid then (data contract, sections 3 and 10): the deficits are paid to the
gemeenten with a positive saldo, and the money brought in during the year (the
geldinbreng pot) is paid out to them too, so every euro in has a receiver. The page shows
every boekjaar (the current one first), says whether its settlement is vastgesteld or
voorlopig, and shows each payer's deficit as hours × tarief so a controller can check
every cent with a calculator.
"""

from datetime import date

import polars as pl
import streamlit as st

from cijfers import boekjaren, export
from cijfers import format as fmt
from cijfers import stromen as geldstromen
from dashboard import auth, queries, stromen, tabel_licht, tegels, teksten, ui
from dashboard.perioden import kies_boekjaar
from dashboard.tegels import Tegel

# up to this many corrections the page shows them as a static table, more as a grid (a
# bare string here would be shown on the page: Streamlit's magic)
LICHT_TOT = 30

st.title("Verrekening")
st.caption(
    "Elk kalenderjaar is een eigen boekjaar. Op 31 december betaalt een gemeente met een "
    "negatief urensaldo haar tekort aan de gemeenten met een positief saldo, naar rato van "
    "hun saldo, tegen het gemiddelde uurtarief van die dag; het geld dat in het jaar is "
    "ingebracht (de geldinbreng) gaat op dezelfde manier naar hen. Daarna begint elke "
    "gemeente het nieuwe boekjaar op nul."
)
jaren = queries.boekjaren()
if jaren.height == 0:
    st.info(teksten.GEEN_UREN)
    st.stop()
jaar = kies_boekjaar(jaren)["jaar"]
verrekendatum = date(jaar, 12, 31)
stand = queries.stand_op(verrekendatum)
voorbij = verrekendatum < date.today()
woord = "De verrekening" if voorbij else "De verwachte verrekening"
if stand.vastgesteld:
    st.success(f"{woord} van {jaar} is {stand.tekst}. Deze bedragen veranderen niet meer.")
else:
    st.info(
        f"{woord} van {jaar} is voorlopig: "
        + (
            "het boekjaar is afgelopen maar nog niet vastgesteld."
            if voorbij
            else "het boekjaar loopt nog; de bedragen tellen wat er tot nu toe is geregistreerd."
        )
    )

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
else:
    st.markdown(
        f"**Verrekend per {fmt.datum(verrekendatum)}** tegen het gemiddelde uurtarief van "
        f"**{fmt.euro(tarief, 2)}** dat op die dag geldt."
    )
tekort = paren.filter(pl.col("soort") == "tekort")
pot = paren.filter(pl.col("soort") == "geldinbreng")
# static tiles (dashboard.tegels), not st.metric: no lazily loaded chunk on a first visit
tegels.tegels(
    [
        Tegel("Tekorten betaald", fmt.euro(tekort.get_column("bedrag_eur").sum(), 2)),
        Tegel("Geldinbreng uitbetaald", fmt.euro(pot.get_column("bedrag_eur").sum(), 2)),
    ]
)

betalingen = boekjaren.met_namen(paren, namen)
KOLOMMEN = {
    "van": "Betaalt (uit)",
    "naar": "Aan",
    "uren": "Uren",
    "bedrag_eur": "Bedrag (€)",
}
# the chart shows who pays whom, the table under it how much (wide enough for the pot's
# "geldinbreng van Hendrik-Ido-Ambacht" and every amount, at 1366 px too); the page's
# small tables are static tables (dashboard.tabel_licht), the corrections, which grow
# with the data, a grid when there are many; the chart is a light SVG flow
# (dashboard.stromen), not Plotly
stromen.stromen(geldstromen.verrekening(paren, namen), "verrekening")
st.markdown("**Wie betaalt wie**")
tabel_licht.tabel(
    betalingen, KOLOMMEN, {"uren": 2, "bedrag_eur": 2}, breedtes={"van": 240, "naar": 160}
)
st.caption(
    "Elke betaler verdeelt zijn tekort naar rato van de positieve saldi; de geldinbreng van "
    "elke gemeente gaat naar dezelfde gemeenten in dezelfde verhouding. De bedragen zijn in "
    "hele centen: de centen die na het afronden naar beneden overblijven gaan één voor één "
    "naar de ontvangers met de grootste rest, zodat de bedragen van een betaler precies "
    "optellen tot zijn tekort en de geldinbreng precies wordt uitbetaald."
)

st.subheader("Per gemeente")
PER_GEMEENTE = {
    "naam": "Gemeente",
    "saldo_uren": "Saldo (uren)",
    "saldo_eur": "Saldo × tarief (€)",
    "betaalt_eur": "Betaalt (€)",
    "ontvangt_tekort_eur": "Ontvangt voor tegoed (€)",
    "ontvangt_geldinbreng_eur": "Uit geldinbreng (€)",
    "tariefverschil_eur": "Tariefverschil (€)",
}
per_gemeente = queries.verrekening_per_gemeente(verrekendatum)
tabel_licht.tabel(
    per_gemeente,
    PER_GEMEENTE,
    {"saldo_uren": 6} | dict.fromkeys(list(PER_GEMEENTE)[2:], 2),
    teken=["saldo_uren", "saldo_eur", "tariefverschil_eur"],
)
st.caption(
    "Het saldo in uren op zes decimalen (zoals het warehouse het bewaart) maal het uurtarief, "
    "afgerond op centen: dat is wat een gemeente met een tekort betaalt. De geldinbreng kwam "
    "binnen tegen het uurtarief van haar datum en wordt uitbetaald zoals ze binnenkwam; het "
    "verschil met de waarde tegen het tarief van 31 december (en een enkele cent afronding) "
    "staat als tariefverschil."
)

correcties = queries.correcties(date(jaar, 1, 1), verrekendatum)
if correcties.height:
    st.subheader("Correcties na vaststelling in dit boekjaar")
    st.caption(
        "Rijen uit een periode die al was vastgesteld, die later zijn toegevoegd of "
        "verwijderd: ze tellen mee in de eerste open periode (hier), niet in de vastgestelde."
    )
    # a few corrections (the demo's eight) as a static table, drawn with the page; many as
    # the data grid, which scrolls: its code loads only on a page that needs it
    toon = tabel_licht.tabel if correcties.height <= LICHT_TOT else ui.tabel
    toon(
        correcties,
        {
            "wijziging": "Wijziging",
            "bestand": "Bestand",
            "regel": "Regel",
            "datum": "Gedateerd",
            "gemeente": "Gemeente",
            "uren": "Uren",
            "bedrag_eur": "Bedrag (€)",
            "geboekt_in": "Telt in",
        },
        {"uren": 2, "bedrag_eur": 2},
        teken=["uren", "bedrag_eur"],
    )

st.download_button(
    "Download deze verrekening (Excel)",
    auth.download(
        f"verrekening-{jaar}.xlsx",
        lambda: export.naar_xlsx(
            {
                "Verrekening": export.met_koppen(betalingen, KOLOMMEN),
                "Per gemeente": export.met_koppen(per_gemeente, PER_GEMEENTE),
            }
        ),
    ),
    file_name=f"verrekening-{jaar}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    icon=":material/download:",
    on_click="ignore",
)

st.subheader("Alle boekjaren")
tabel_licht.tabel(
    jaren.with_columns(
        pl.when(pl.col("is_afgesloten"))
        .then(pl.lit("vastgesteld"))
        .when(pl.col("vast_tot").is_not_null())
        .then(pl.lit("vastgesteld t/m ") + pl.col("vast_tot").dt.strftime("%d-%m-%Y"))
        .otherwise(pl.lit("voorlopig"))
        .alias("status")
    ),
    {"jaar": "Boekjaar", "status": "Stand", "verrekendatum": "Verrekend op"},
)
