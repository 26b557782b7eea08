"""Werkvoorraad: every opdracht, searchable and filterable, and its opdrachtformulier."""

import polars as pl
import streamlit as st

from dashboard import auth, queries, ui
from dashboard import format as fmt

st.title("Werkvoorraad")
alles = queries.werkvoorraad()
if alles.height == 0:
    st.info("Er zijn nog geen opdrachten geladen.")
    st.stop()
namen = queries.gemeente_namen()

zoek = st.text_input("Zoeken", placeholder="titel, nummer of opdrachtformulering")
f1, f2, f3, f4, f5 = st.columns(5)


def keuzes(kolom: str) -> list[str]:
    return sorted(alles.get_column(kolom).drop_nulls().unique().to_list())


status = f1.multiselect("Status", keuzes("status"), format_func=fmt.label, placeholder="alle")
soort = f2.multiselect("Soort", keuzes("soort_opdracht"), format_func=fmt.label, placeholder="alle")
fase = f3.multiselect("Fase", keuzes("fase"), format_func=fmt.label, placeholder="alle")
eigen = auth.eigen_gemeente()
gemeente = f4.multiselect(
    "Gemeente",
    list(namen),
    default=[eigen] if eigen in namen else None,
    format_func=lambda c: namen.get(c, c),
    placeholder="alle",
)
winstpunt = f5.multiselect(
    "Winstpunt",
    sorted(alles.get_column("winstpunten").explode().drop_nulls().unique()),
    placeholder="alle",
)
gekozen = queries.filter_werkvoorraad(alles, zoek, status, soort, fase, gemeente, winstpunt)

zonder = gekozen.filter(pl.col("zonder_opdrachtnemer"))
st.markdown(f"**{fmt.getal(gekozen.height, 0)}** van {fmt.getal(alles.height, 0)} opdrachten")
if zonder.height:
    st.warning(
        f"{fmt.getal(zonder.height, 0)} opdracht(en) hebben nog geen opdrachtnemer "
        "(gemarkeerd met ⚠): een kans voor gemeenten met een negatief urensaldo."
    )

# Person-level data is for the MT only: the others see the opdrachtnemer's gemeente.
personen = auth.persoonsgegevens()
nemer_kolom = (
    pl.coalesce("opdrachtnemer_naam", "opdrachtnemer")
    if personen
    else pl.col("opdrachtnemer_gemeente").replace_strict(
        namen, default=pl.col("opdrachtnemer_gemeente")
    )
)
tonen = gekozen.with_columns(
    pl.when(pl.col("zonder_opdrachtnemer"))
    .then(pl.lit("⚠ nog geen opdrachtnemer"))
    .otherwise(nemer_kolom)
    .alias("nemer"),
    pl.col("soort_opdracht").map_elements(fmt.label, return_dtype=pl.String),
)
ui.tabel(
    tonen,
    {
        "opdracht_id": "Nummer",
        "titel": "Titel",
        "soort_opdracht": "Soort",
        "status": "Status",
        "fase": "Fase",
        "aanvrager": "Aanvrager",
        "nemer": "Opdrachtnemer" if personen else "Gemeente opdrachtnemer",
        "begrote_uren": "Begroot",
        "gerealiseerde_uren": "Gerealiseerd",
        "winstpunten": "Winstpunten",
        "signaal_tekst": "Signalen",
    },
    markeer=(tonen["zonder_opdrachtnemer"] | tonen["signaal_tekst"].is_not_null()).to_list(),
)
met_signaal = gekozen["signaal_tekst"].is_not_null().sum()
if met_signaal:
    st.caption(
        f"{fmt.getal(met_signaal, 0)} opdracht(en) met een signaal voor het proeftuin-MT, "
        "zoals uren zonder acceptatie of een overschreden budget (kolom Signalen)."
    )

st.subheader("Opdrachtformulier")
titels = dict(gekozen.select("opdracht_id", "titel").iter_rows())
if not titels:
    st.info("Geen opdrachten bij deze filters.")
    st.stop()
keuze = st.selectbox("Opdracht openen", list(titels), format_func=lambda i: f"{i} · {titels[i]}")
o = gekozen.filter(pl.col("opdracht_id") == keuze).row(0, named=True)

st.markdown(f"### {ui.plat(o['titel'])}")
if o["signaal_tekst"]:
    st.warning(f"Signaal: {o['signaal_tekst']}")
st.caption(
    f"{ui.plat(o['opdracht_id'])} · {fmt.label(o['soort_opdracht'])} · status {o['status']}"
    + (f" · fase {o['fase']}" if o["fase"] else "")
)
a, b, c = st.columns(3)
a.markdown(
    f"**Bestuurlijk opdrachtgever**  \n{ui.plat(o['bestuurlijk_opdrachtgever'] or '–')}  \n"
    f"**Ambtelijk opdrachtgever**  \n{ui.plat(o['ambtelijk_opdrachtgever'] or '–')}  \n"
    f"**Aanvrager**  \n{ui.plat(namen.get(o['aanvrager'], fmt.label(o['aanvrager'])))}"
)
nemer_gemeente = namen.get(o["opdrachtnemer_gemeente"], o["opdrachtnemer_gemeente"])
if o["zonder_opdrachtnemer"]:
    nemer = "⚠ nog geen opdrachtnemer"
elif personen:
    nemer = f"{o['opdrachtnemer_naam'] or o['opdrachtnemer']} ({nemer_gemeente})"
else:
    nemer = f"een medewerker van {nemer_gemeente}"
b.markdown(
    f"**Opdrachtnemer**  \n{ui.plat(nemer)}  \n"
    f"**Planning**  \n{fmt.datum(o['startdatum']) or '?'} tot "
    f"{fmt.datum(o['einddatum']) or '?'}  \n"
    f"**Budget**  \n{fmt.euro(o['budget_eur']) or '–'}"
)
c.markdown(
    f"**Begrote uren**  \n{fmt.getal(o['begrote_uren'], 0)}  \n"
    f"**Gerealiseerde uren**  \n{fmt.getal(o['gerealiseerde_uren'], 1)}  \n"
    f"**Winst**  \n{fmt.lijst(o['winst']) or '–'} · {fmt.lijst(o['winstpunten']) or '–'}"
)
for veld, kop in (
    ("opdrachtformulering", "Opdrachtformulering"),
    ("achtergrond", "Achtergrond"),
    ("doel", "Doel"),
    ("beoogd_resultaat", "Beoogd resultaat"),
    ("motivatie", "Motivatie (waarom via de proeftuin)"),
    ("profiel_opdrachtnemer", "Profiel opdrachtnemer"),
    ("lokale_gebruiken", "Lokale gebruiken"),
):
    st.markdown(f"**{kop}**")
    st.text(o[veld] or "–")  # plain text: no markdown, no HTML, no fetched images

st.markdown("**Deelnemers en aandelen**")
ui.tabel(
    queries.aandelen(keuze).with_columns(pl.col("aandeel") * 100),
    {"naam": "Gemeente", "aandeel": "Aandeel (%)"},
    {"aandeel": 1},
)

st.markdown("**Statusgeschiedenis**")
ui.tabel(
    queries.statushistorie(keuze).with_columns(
        pl.col("geldig_van")
        .map_elements(fmt.tijdstip, return_dtype=pl.String)
        .fill_null("vanaf het begin"),
        pl.col("actie").map_elements(fmt.label, return_dtype=pl.String),
    ),
    {
        "geldig_van": "Sinds",
        "status": "Status",
        "opdrachtnemer": "Opdrachtnemer",
        "door": "Door",
        "actie": "Actie",
        "toelichting": "Toelichting",
    },
)
