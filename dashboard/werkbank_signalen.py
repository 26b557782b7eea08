"""The Werkbank's Signalen tab at scale: per boekjaar, grouped per opdracht and per
person-month with counts, and a drill-down into one group.

Why grouped: at a million registrations `signalen` has tens of thousands of rows (mostly
person-weeks above availability); no MT works through that list. The first screen shows
one line per kind of signal and at most `MAX_GROEPEN` groups of each kind (largest first);
clicking a group shows its signals; the Excel has every row of the choice.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl
import streamlit as st

import dutch.format as dutch
from cijfers import export
from cijfers.werkbank_tijd import MAX_GROEPEN
from dashboard import auth, queries, tabbladen, tabel_licht, teksten, ui, werklijst

FILTERS = "signalen_filters"
"""The widget key of the signal filters' panel (an expander that reruns when opened)."""
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
    boekjaar = tabbladen.blijvend(
        st.columns([2, 8])[0].selectbox,
        "Boekjaar",
        jaren,
        key="signalen_boekjaar",
        standaard=huidig if huidig in jaren else jaren[0],
        placeholder="Maak een keuze",
    )
    soort, gemeente = _filters(namen)
    _samenvatting(queries.signalen_per_soort(boekjaar), soort)
    st.markdown("**Per opdracht**")
    per_opdracht = queries.signalen_per_opdracht(boekjaar, soort, gemeente)
    gekozen = _groepen(
        per_opdracht,
        PER_OPDRACHT,
        "signalen_opdracht",
        "opdrachten",
        "Signalen van de opdracht",
        lambda g: f"{g['opdracht_id']} · {g['titel']}",
    )
    if gekozen:
        _details(queries.signalen_van(boekjaar, gekozen["opdracht_id"], None))
    st.markdown("**Per medewerker en maand**")
    per_persoon = queries.signalen_per_persoon_maand(boekjaar, soort, gemeente)
    gekozen = _groepen(
        per_persoon,
        PER_PERSOON,
        "signalen_persoon",
        "medewerker-maanden",
        "Signalen van de medewerker in de maand",
        lambda g: f"{g['naam']} · {dutch.datum(g['maand'])[3:]}",
    )
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


def _filters(namen: dict[str, str]) -> tuple[list[str], list[str]]:
    """The signal and gemeente filters, drawn only while their panel is open: folded, as a
    visit finds it, the tab mounts no multiselect, whose code a new tab would load and run
    first (docs/benchmarks.md, "First visits of the Werkbank, Data & kwaliteit and
    Werkvoorraad (h53)"). The choices are kept while the panel is folded, and named."""
    paneel = st.expander("Filteren op signaal of gemeente", key=FILTERS, on_change="rerun")
    if not paneel.open:
        soort = [s for s in tabbladen.bewaard("signalen_soort", []) if s in teksten.SIGNALEN]
        gemeente = [g for g in tabbladen.bewaard("signalen_gemeente", []) if g in namen]
        aan = [f"Signaal: {', '.join(teksten.SIGNALEN[s][0] for s in soort)}"] if soort else []
        aan += [f"Gemeente: {', '.join(namen[g] for g in gemeente)}"] if gemeente else []
        if aan:
            st.caption(ui.plat("Gefilterd op " + "; ".join(aan) + "."))
        return soort, gemeente
    links, rechts = paneel.columns(2)
    soort = tabbladen.blijvend(
        links.multiselect,
        "Signaal",
        list(teksten.SIGNALEN),
        key="signalen_soort",
        format_func=lambda s: teksten.SIGNALEN[s][0],
        placeholder="alle",
    )
    gemeente = tabbladen.blijvend(
        rechts.multiselect,
        "Gemeente",
        list(namen),
        key="signalen_gemeente",
        format_func=lambda c: namen.get(c, c),
        placeholder="alle",
    )
    return soort, gemeente


def _groepen(
    groepen: pl.DataFrame,
    kolommen: dict[str, str],
    sleutel: str,
    wat: str,
    label: str,
    naam: Callable[[dict], str],
) -> dict | None:
    """The groups (the largest first) and a choice of one for its signals: the group
    chosen, or None. Up to `tabel_licht.GRENS` groups a static table (the demo's, and a
    year's in most use), beyond a data grid whose rows can also be clicked."""
    if groepen.height == 0:
        st.caption("Geen.")
        return None
    keuze = f"{sleutel}_keuze"
    rijen = [groepen.row(i, named=True) for i in range(groepen.height)]
    sleutels = [_sleutel(g) for g in rijen]
    if groepen.height <= tabel_licht.GRENS:
        tabel_licht.tabel(groepen, kolommen, {"uren": 0})
        klik = ""
    else:

        def aangeklikt() -> None:
            gekozen = st.session_state[sleutel].selection.rows
            if gekozen:
                st.session_state[keuze] = sleutels[gekozen[0]]

        ui.tabel(groepen, kolommen, {"uren": 0}, kies=sleutel, bij_keuze=aangeklikt, rijen=10)
        klik = "Klik een rij of kies"
    totaal = int(groepen.get_column("totaal")[0])
    st.caption(
        f"{dutch.geheel(groepen.height)} van {dutch.geheel(totaal)} {wat}"
        + (
            f" (de grootste {MAX_GROEPEN}; kies een signaal of gemeente)"
            if totaal > groepen.height
            else ""
        )
        + f". {klik or 'Kies'} hieronder een rij voor haar signalen."
    )
    if st.session_state.get(keuze) not in sleutels:
        st.session_state.pop(keuze, None)
    namen = dict(zip(sleutels, map(naam, rijen), strict=True))
    gekozen = st.selectbox(
        label,
        sleutels,
        index=None,
        format_func=namen.get,
        key=keuze,
        placeholder="Kies een rij",
        width=480,  # an opdracht's number and title, or a name and a month
    )
    return None if gekozen is None else rijen[sleutels.index(gekozen)]


def _sleutel(groep: dict) -> str:
    """What identifies a group over reruns (its row number changes with the filters)."""
    return "|".join(str(groep.get(k) or "") for k in ("opdracht_id", "medewerker_id", "maand"))


def _details(signalen: pl.DataFrame) -> None:
    tabel_licht.tabel_of_grid(signalen, teksten.SIGNAAL_KOLOMMEN, {"uren": 0}, regels=2)
