"""The Werkbank's Voorstel tab: the toewijzingsvoorstel as the MT acts on it.

Every open opdracht without opdrachtnemer with the proposed medewerker and the reason, the
ones nobody can take with why, an Excel for the meeting, and one action that assigns the
rows the MT accepts through the toets' own toewijzen step (`schrijven.stap`,
action `toewijzen`), one statuswijziging per row.
"""

from __future__ import annotations

from datetime import date

import polars as pl
import streamlit as st

import dutch.format as dutch
from cijfers import export
from dashboard import auth, levensloop, queries, schrijven, teksten, ui
from invoer import stappen
from invoer.schrijven import Geweigerd

TOEWIJSBAAR = ("geaccepteerd", "lopend")  # an aangemeld opdracht is toetsed first
GEDAAN = "_voorstel_gedaan"


def toon() -> None:
    """The proposal's table, its Excel and the action on accepted rows."""
    st.markdown(teksten.VOORSTEL)
    if GEDAAN in st.session_state:
        st.success(st.session_state.pop(GEDAAN))
    voorstel = queries.toewijzingsvoorstel()
    if voorstel.height == 0:
        st.info("Er zijn geen open opdrachten zonder opdrachtnemer.")
        return
    status = dict(queries.open_opdrachten().select("opdracht_id", "status").iter_rows())
    voorstel = voorstel.with_columns(
        pl.col("opdracht_id").replace_strict(status, default="aangemeld").alias("status")
    )
    niemand = voorstel.get_column("medewerker_id").is_null()
    st.markdown(
        f"**{dutch.geheel(voorstel.height - niemand.sum())}** van "
        f"{dutch.geheel(voorstel.height)} opdrachten bemenst; "
        f"{dutch.geheel(niemand.sum())} kan niemand nemen (geel, met de reden)."
    )
    ui.tabel(
        voorstel,
        teksten.VOORSTEL_KOLOMMEN,
        {"resterende_uren": 0},
        markeer=niemand.to_list(),
        regels=2,
        breedtes={
            "opdracht_id": 90,
            "titel": 230,
            "aanvrager": 80,
            "resterende_uren": 80,
            "naam": 130,
            "gemeente": 70,
            "reden": 520,
        },
    )
    st.download_button(
        "Download het voorstel als Excel",
        auth.download(
            "toewijzingsvoorstel.xlsx",
            lambda: export.naar_xlsx(
                {"Toewijzingsvoorstel": export.met_koppen(voorstel, teksten.VOORSTEL_KOLOMMEN)},
                titel=f"Toewijzingsvoorstel {dutch.datum(date.today())}",
            ),
        ),
        file_name="toewijzingsvoorstel.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        on_click="ignore",
    )
    _overnemen(voorstel)


def _overnemen(voorstel: pl.DataFrame) -> None:
    """Assign the rows the MT accepts (only staffed rows of accepted or running opdrachten)."""
    st.markdown("**Rijen overnemen als toewijzing**")
    if schrijven.bron() is None:
        st.info(schrijven.UIT)
        return
    kan = voorstel.filter(
        pl.col("medewerker_id").is_not_null() & pl.col("status").is_in(TOEWIJSBAAR)
    )
    if kan.height == 0:
        st.info("Geen rij om over te nemen: aangemelde opdrachten toetst het MT eerst.")
        return
    rijen = {r["opdracht_id"]: r for r in kan.iter_rows(named=True)}
    gekozen = st.multiselect(
        "Over te nemen",
        list(rijen),
        format_func=lambda i: f"{i} · {rijen[i]['titel']} → {rijen[i]['naam']}",
        placeholder="kies de rijen die het MT overneemt",
        key="voorstel_overnemen",
    )
    if st.button("Toewijzen", disabled=not gekozen, key="voorstel_toewijzen"):
        fouten = []
        for opdracht_id in gekozen:
            r = rijen[opdracht_id]
            try:
                schrijven.stap(
                    stappen.toewijzen(
                        opdracht_id,
                        levensloop.basis(opdracht_id),
                        r["status"],
                        r["medewerker_id"],
                    )
                )
            except Geweigerd as exc:
                fouten.append(f"{opdracht_id}: " + "; ".join(exc.fouten.values()))
        if fouten:
            st.error("Niet alles opgeslagen:  \n" + "  \n".join(ui.plat(f) for f in fouten))
            return
        st.session_state[GEDAAN] = f"{len(gekozen)} opdracht(en) toegewezen volgens het voorstel."
        st.rerun()
