"""Werkvoorraad: every opdracht, searchable and filterable, and its opdrachtformulier."""

import polars as pl
import streamlit as st

from cijfers import format as fmt
from dashboard import (
    auth,
    formulier_html,
    privacy,
    queries,
    tabbladen,
    tabel_licht,
    ui,
    werklijst,
    werklijst_tabel,
)

st.title("Werkvoorraad")
alles = queries.werkvoorraad()
if alles.height == 0:
    st.info("Er zijn nog geen opdrachten geladen.")
    st.stop()
namen = queries.gemeente_namen()

links, rechts = st.columns([3, 1])
zoek = links.text_input(
    "Zoeken",
    placeholder="titel, nummer (PT-7) of tekst uit het opdrachtformulier",
    live=True,
    type="search",
)
volgorde = rechts.selectbox(
    "Volgorde",
    list(werklijst.VOLGORDES),
    format_func=werklijst.VOLGORDES.get,
    placeholder="Maak een keuze",
)


def keuzes(kolom: str) -> list[str]:
    return sorted(alles.get_column(kolom).drop_nulls().unique().to_list())


FILTERVELDEN = {  # the filter's key: its label, its options, how an option reads
    "status": ("Status", keuzes("status"), fmt.label),
    "soort": ("Soort", keuzes("soort_opdracht"), fmt.label),
    "fase": ("Fase", keuzes("fase"), fmt.label),
    "gemeente": ("Gemeente", list(namen), lambda c: namen.get(c, c)),
    "winstpunt": (
        "Winstpunt",
        sorted(alles.get_column("winstpunten").explode().drop_nulls().unique()),
        str,
    ),
}
eigen = auth.eigen_gemeente()
standaard = {"gemeente": [eigen] if eigen in namen else []}
# the five filters are drawn only while their panel is open: folded, as a visit finds it,
# the page mounts no multiselect, whose code a new tab would load and run first
# (docs/benchmarks.md, "First visits of the Werkbank, Data & kwaliteit and Werkvoorraad
# (h53)"); the choices are kept under plain session keys while the panel is folded
filters = st.expander(
    "Filteren op status, soort, fase, gemeente of winstpunt",
    key=werklijst.FILTERS,
    on_change="rerun",
)
if filters.open:
    filterkeuze = {
        veld: tabbladen.blijvend(
            kolom.multiselect,
            label,
            opties,
            key=f"werkvoorraad_{veld}",
            standaard=standaard.get(veld, []),
            format_func=opmaak,
            placeholder="alle",
        )
        for kolom, (veld, (label, opties, opmaak)) in zip(
            filters.columns(5), FILTERVELDEN.items(), strict=True
        )
    }
else:
    filterkeuze = {
        veld: [
            w
            for w in tabbladen.bewaard(f"werkvoorraad_{veld}", standaard.get(veld, []))
            if w in opties
        ]
        for veld, (_, opties, _) in FILTERVELDEN.items()
    }
    aan = [
        f"{label}: {', '.join(map(opmaak, filterkeuze[veld]))}"
        for veld, (label, _, opmaak) in FILTERVELDEN.items()
        if filterkeuze[veld]
    ]
    if aan:
        st.caption(ui.plat("Gefilterd op " + "; ".join(aan) + "."))
if filterkeuze["gemeente"]:
    (filters if filters.open else st).caption(
        "Het filter Gemeente toont elke opdracht waarin de gekozen gemeente aanvrager, "
        "deelnemer of gemeente van de opdrachtnemer is; de kolom Gemeente noemt de aanvrager. "
        "Daarom staan er ook opdrachten van een andere aanvrager in de lijst."
    )
gekozen = werklijst.sorteer(werklijst.filter_werkvoorraad(alles, zoek, **filterkeuze), volgorde)

st.markdown(f"**{fmt.getal(gekozen.height, 0)}** van {fmt.getal(alles.height, 0)} opdrachten")
if gekozen.height == 0:
    st.info("Geen opdrachten bij deze zoekterm en filters.")
    st.stop()

LIJST = "werkvoorraad_lijst"
KEUZE = "werkvoorraad_keuze"


def open_aangeklikte() -> None:
    """A click on a row of the grid opens its opdrachtformulier (the select box follows it)."""
    rijen = st.session_state[LIJST].selection.rows
    if rijen:
        st.session_state[KEUZE] = gekozen.get_column("opdracht_id")[rijen[0]]


# an opdracht is opened by the select box right under the count, by mouse or keyboard; the
# list below it is a static table up to werklijst_tabel.GRENS rows (no data grid, whose
# code a new tab loads first) and a grid beyond, where a click on a row opens it too
titels = dict(gekozen.select("opdracht_id", "titel").iter_rows())
if st.session_state.get(KEUZE) not in titels:
    st.session_state.pop(KEUZE, None)
keuze = st.selectbox(
    "Opdracht openen",
    list(titels),
    format_func=lambda i: f"{i} · {titels[i]}",
    key=KEUZE,
    placeholder="Maak een keuze",
)
st.caption(
    "Klik op een opdracht in de lijst of kies hem bij Opdracht openen: zijn "
    "opdrachtformulier staat onder de lijst."
    if werklijst_tabel.is_grid(gekozen)
    else "Kies een opdracht bij Opdracht openen (of typ een deel van het nummer of de "
    "titel): zijn opdrachtformulier staat onder de lijst."
)
zonder = gekozen.filter(werklijst.zoekt_nemer())
if zonder.height:
    st.warning(
        f"{fmt.getal(zonder.height, 0)} open opdracht(en) hebben nog geen opdrachtnemer "
        "(gemarkeerd met ⚠): een kans voor gemeenten met een negatief urensaldo."
    )
werklijst_tabel.toon(gekozen, namen, LIJST, open_aangeklikte)
met_signaal = gekozen["signaal_tekst"].is_not_null().sum()
if met_signaal:
    st.caption(
        f"{fmt.getal(met_signaal, 0)} opdracht(en) met een signaal voor het proeftuin-MT, "
        "zoals uren zonder acceptatie of een overschreden budget (kolom Signalen)."
    )

st.subheader("Opdrachtformulier")
o = gekozen.filter(pl.col("opdracht_id") == keuze).row(0, named=True)

# Person-level data is for the MT only: the others read the opdrachtnemer's gemeente. The
# list has no opdrachtnemer column; the opdrachtformulier is where it is read.
nemer_gemeente = werklijst.gemeente_naam(o["opdrachtnemer_gemeente"], namen)
if o["zonder_opdrachtnemer"]:
    nemer = "⚠ nog geen opdrachtnemer"
elif auth.persoonsgegevens():
    nemer = f"{o['opdrachtnemer_naam'] or o['opdrachtnemer']} ({nemer_gemeente})"
else:
    nemer = privacy.medewerker_van(o["opdrachtnemer_gemeente"], namen)
if o["opdrachtnemer_voorlopig"]:
    nemer += " · voorlopig, tot de leidinggevende instemt"
# the formulier is read, never clicked: one static HTML element (dashboard.formulier_html)
# instead of ~24 markdown/text elements each first visit mounted; its two small tables are
# static tables inside it (dashboard.tabel_licht)
aandelen, _ = tabel_licht.blok(
    queries.aandelen(keuze).with_columns(pl.col("aandeel") * 100),
    {"naam": "Gemeente", "aandeel": "Aandeel (%)"},
    {"aandeel": 1},
)
historie, _ = tabel_licht.blok(
    fmt.per_waarde(
        fmt.per_waarde(
            werklijst.met_stapgegevens(
                privacy.statushistorie(
                    queries.statushistorie(keuze), namen, auth.persoonsgegevens()
                )
            ),
            "geldig_van",
            lambda t: "vanaf het begin" if t is None else fmt.tijdstip(t),
        ),
        "actie",
    ),
    {
        "geldig_van": "Sinds",
        "status": "Status",
        "opdrachtnemer": "Opdrachtnemer",
        "door": "Door",
        "actie": "Actie",
        "wat": "Wat",
        "toelichting": "Toelichting",
    },
)
st.html(
    formulier_html.formulier_html(
        o,
        werklijst.gemeente_naam(o["aanvrager"], namen),
        nemer,
        (("Deelnemers en aandelen", aandelen), ("Statusgeschiedenis", historie)),
    )
)
