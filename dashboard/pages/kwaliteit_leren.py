"""Kwaliteit en leren: what people said about the proeftuin, beside the figures (issue 22).

The evaluaties in words, the platform's interview sample and the interviews' outcomes,
the satisfaction with the mechanism per role, the MT's leerverhalen and the
portefeuillehouders' expectations against the result. Texts are shown as plain text in
tables; for every role but the MT without persons' names and numbers (cijfers.kwalitatief).
"""

from datetime import date
from typing import Any

import polars as pl
import streamlit as st

from cijfers import kwalitatief as kw
from cijfers.format import per_waarde
from dashboard import auth, queries, tabel_licht

st.title("Kwaliteit en leren")
st.caption(
    "Wat opdrachtgevers, opdrachtnemers, het proeftuin-MT en de portefeuillehouders over de "
    "proeftuin zeggen, naast de cijfers. Hoe de interviewsteekproef getrokken wordt en wat "
    "de maatstaven meten, staat in de handleiding (kwalitatief.md)."
)
jaren = queries.boekjaren()["jaar"].to_list() or [queries.huidig_boekjaar()]
jaar = int(st.selectbox("Boekjaar", jaren))
persoonlijk = auth.persoonsgegevens()
namen = () if persoonlijk else queries.persoonsaanduidingen()
if not persoonlijk:
    st.caption(
        "Namen, personeelsnummers, e-mailadressen en telefoonnummers van personen zijn uit de "
        "teksten gehaald ([naam], [nummer]); alleen het proeftuin-MT ziet ze."
    )


def teksten(frame: pl.DataFrame, *kolommen: str) -> pl.DataFrame:
    """`frame` with its free texts as this role may read them, and roles in words."""
    if not persoonlijk:
        frame = kw.teksten_zonder_personen(frame, kolommen, namen)
    return kw.rol_woorden(frame) if "rol" in frame.columns else frame


def toon(frame: pl.DataFrame, leeg: str, kolommen: dict[str, str], **opties: Any) -> None:
    """`frame` as a table, or `leeg` when it has no rows: static while it is small (a
    year's texts mostly are), a data grid when it grows (`tabel_licht.tabel_of_grid`; see
    `ui.tabel` for `opties`)."""
    if frame.height:
        tabel_licht.tabel_of_grid(frame, kolommen, **opties)
    else:
        st.info(leeg)


st.subheader("Evaluaties in woorden")
toon(
    teksten(queries.evaluatie_teksten(date(jaar, 12, 31)), "toelichting"),
    f"In {jaar} is geen evaluatie met een toelichting ingevuld.",
    {
        "datum": "Datum",
        "titel": "Opdracht",
        "rol": "Rol",
        "score_product": "Product",
        "toelichting": "Toelichting",
    },
    breedtes={"titel": 190, "rol": 160, "toelichting": 340},
    rijen=8,
    regels=3,
)

st.subheader("Interviewsteekproef")
st.caption(
    "Per kwartaal trekt het platform uit de afgeronde opdrachten één opdracht per aanvrager "
    "en soort opdracht: de opdracht met de laagste MD5 van 'proeftuin-interview-<jaar>-"
    "K<kwartaal>-<opdracht_id>'. Dezelfde gegevens geven dus dezelfde steekproef."
)
gehouden = queries.interviews(jaar)
bevraagd = gehouden.filter("in_steekproef")["opdracht_id"].to_list()
toon(
    per_waarde(queries.interviewsteekproef(jaar), "soort_opdracht").with_columns(
        pl.format("K{}", "kwartaal").alias("kwartaal"),
        pl.col("opdracht_id").is_in(bevraagd).alias("geinterviewd"),
    ),
    f"In {jaar} is nog geen opdracht afgerond: er is niets te trekken.",
    {
        "kwartaal": "Kwartaal",
        "aanvrager_naam": "Aanvrager",
        "soort_opdracht": "Soort",
        "opdracht_id": "Nummer",
        "titel": "Getrokken opdracht",
        "kandidaten": "Getrokken uit",
        "geinterviewd": "Interview vastgelegd",
    },
    breedtes={"aanvrager_naam": 150, "soort_opdracht": 130, "titel": 220},
    rijen=16,
)

st.subheader("Uitkomst van de interviews")
toon(
    teksten(gehouden, "uitkomst"),
    f"In {jaar} is geen interview vastgelegd (bronbestand interviews).",
    {
        "datum": "Datum",
        "titel": "Opdracht",
        "rol": "Geïnterviewd",
        "oordeel": "Cijfer",
        "uitkomst": "Uitkomst",
        "in_steekproef": "In steekproef",
    },
    breedtes={"titel": 150, "rol": 160, "uitkomst": 330},
    regels=3,
)

st.subheader("Tevredenheid over het mechanisme")
toon(
    teksten(queries.tevredenheid(jaar), "toelichting"),
    f"Voor {jaar} is geen tevredenheidsmeting vastgelegd (bronbestand tevredenheid).",
    {
        "rol": "Rol",
        "respondenten": "Respondenten",
        "gemiddelde": "Gemiddeld cijfer",
        "toelichting": "Toelichting",
    },
    decimalen={"gemiddelde": 1},
    breedtes={"rol": 180, "toelichting": 430},
    regels=2,
)

st.subheader("Leerverhalen van het proeftuin-MT")
toon(
    teksten(queries.leerverhalen(jaar), "titel", "verhaal"),
    f"In {jaar} is geen leerverhaal vastgelegd (bronbestand leerverhalen).",
    {"datum": "Datum", "titel": "Titel", "verhaal": "Verhaal", "opdracht_titel": "Opdracht"},
    breedtes={"titel": 190, "verhaal": 400, "opdracht_titel": 170},
    regels=3,
)

st.subheader("Verwachtingen van de portefeuillehouders")
st.caption(
    "Wanneer is de proeftuin voor u een succes? Het antwoord letterlijk, en waar een maatstaf "
    f"is gegeven de gemeten waarde op 31-12-{jaar} ernaast."
)
toon(
    kw.verwachtingen_getoond(teksten(queries.verwachtingen(date(jaar, 12, 31)), "verwachting")),
    "Er zijn geen verwachtingen van portefeuillehouders vastgelegd.",
    {
        "naam": "Gemeente",
        "verwachting": "Verwachting",
        "maatstaf_tekst": "Maatstaf",
        "streefwaarde_tekst": "Streefwaarde",
        "gemeten_tekst": "Gemeten",
        "uitgekomen": "Uitgekomen",
    },
    breedtes={"naam": 130, "verwachting": 300, "maatstaf_tekst": 150},
    regels=3,
)
