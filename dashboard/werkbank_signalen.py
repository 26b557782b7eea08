"""The Werkbank's Signalen tab at scale: per boekjaar, grouped per opdracht and per
person-month with counts, and a drill-down into one group.

Why grouped: at a million registrations `signalen` has tens of thousands of rows (mostly
person-weeks above availability); no MT works through that list. The first screen shows
one line per kind of signal and at most `MAX_GROEPEN` groups of each kind (largest first);
clicking a group shows its signals; the Excel has every row of the choice.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

import dutch.format as dutch
from cijfers import export
from cijfers.werkbank_tijd import MAX_GROEPEN
from dashboard import auth, queries, tabbladen, teksten, ui, werklijst

PER_OPDRACHT = {
    "opdracht_id": "Opdracht",
    "titel": "Titel",
    "gemeente_naam": "Gemeente",
    "aantal": "Signalen",
    "signalen": "Welke",
    "uren": "Uren",
}
PER_PERSOON = {
    "naam": "Medewerker",
    "gemeente_naam": "Gemeente",
    "maand": "Maand",
    "aantal": "Signalen",
    "signalen": "Welke",
    "uren": "Uren",
}


def toon(namen: dict[str, str]) -> None:
    """Boekjaar and filters, the summary per kind, the groups and their drill-down."""
    huidig = queries.huidig_boekjaar()
    jaren = queries.boekjaren().get_column("jaar").to_list() or [huidig]
    b1, b2, b3 = st.columns([2, 4, 4])
    boekjaar = tabbladen.blijvend(
        b1.selectbox,
        "Boekjaar",
        jaren,
        key="signalen_boekjaar",
        standaard=huidig if huidig in jaren else jaren[0],
        placeholder="Maak een keuze",
    )
    soort = tabbladen.blijvend(
        b2.multiselect,
        "Signaal",
        list(teksten.SIGNALEN),
        key="signalen_soort",
        format_func=lambda s: teksten.SIGNALEN[s][0],
        placeholder="alle",
    )
    gemeente = tabbladen.blijvend(
        b3.multiselect,
        "Gemeente",
        list(namen),
        key="signalen_gemeente",
        format_func=lambda c: namen.get(c, c),
        placeholder="alle",
    )
    _samenvatting(queries.signalen_per_soort(boekjaar), soort)
    st.markdown("**Per opdracht**")
    per_opdracht = queries.signalen_per_opdracht(boekjaar, soort, gemeente)
    _groepen(per_opdracht, PER_OPDRACHT, "signalen_opdracht", "opdrachten")
    gekozen = _gekozen("signalen_opdracht", per_opdracht)
    if gekozen:
        _details(queries.signalen_van(boekjaar, gekozen["opdracht_id"], None))
    st.markdown("**Per medewerker en maand**")
    per_persoon = queries.signalen_per_persoon_maand(boekjaar, soort, gemeente)
    _groepen(per_persoon, PER_PERSOON, "signalen_persoon", "medewerker-maanden")
    gekozen = _gekozen("signalen_persoon", per_persoon)
    if gekozen:
        alle = queries.signalen_van(boekjaar, None, gekozen["medewerker_id"])
        maand = gekozen["maand"]
        _details(alle.filter(pl.col("periode_van").dt.truncate("1mo") == maand))
    st.download_button(
        "Download alle signalen van deze keuze als Excel",
        auth.download(
            f"signalen-{boekjaar}.xlsx",
            lambda: export.naar_xlsx(
                {
                    "Signalen": export.met_koppen(
                        werklijst.filter_signalen(
                            queries.signalen().filter(
                                pl.col("boekjaar").is_null() | (pl.col("boekjaar") == boekjaar)
                            ),
                            soort,
                            gemeente,
                        ),
                        teksten.SIGNAAL_EXPORT,
                    )
                }
            ),
        ),
        file_name=f"signalen-{boekjaar}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        on_click="ignore",
    )


def _samenvatting(per_soort: pl.DataFrame, soort: list[str]) -> None:
    """One line per kind of signal: its title, how many, and what to do."""
    if soort:
        per_soort = per_soort.filter(pl.col("signaal").is_in(soort))
    if per_soort.height == 0:
        st.info("Geen signalen in dit boekjaar bij deze keuze.")
        return
    regels = []
    for code, aantal in per_soort.select("signaal", "aantal").iter_rows():
        titel, wat_te_doen = teksten.SIGNALEN.get(code, (code, ""))
        regels.append(f"- **{titel} ({dutch.geheel(aantal)})** · Wat te doen: {wat_te_doen}")
    st.markdown("\n".join(regels))


def _groepen(groepen: pl.DataFrame, kolommen: dict[str, str], sleutel: str, wat: str) -> None:
    if groepen.height == 0:
        st.caption("Geen.")
        return
    totaal = int(groepen.get_column("totaal")[0])
    ui.tabel(groepen, kolommen, {"uren": 0}, kies=sleutel, rijen=10)
    st.caption(
        f"{dutch.geheel(groepen.height)} van {dutch.geheel(totaal)} {wat}"
        + (
            f" (de grootste {MAX_GROEPEN}; kies een signaal of gemeente)"
            if totaal > groepen.height
            else ""
        )
        + ". Klik een rij voor de signalen."
    )


def _gekozen(sleutel: str, groepen: pl.DataFrame) -> dict | None:
    keuze = st.session_state.get(sleutel)
    rijen = keuze.selection.rows if keuze is not None else []
    return groepen.row(rijen[0], named=True) if rijen and rijen[0] < groepen.height else None


def _details(signalen: pl.DataFrame) -> None:
    ui.tabel(signalen, teksten.SIGNAAL_KOLOMMEN, {"uren": 0}, regels=2)
