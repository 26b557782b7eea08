"""The platform's writing side: forms append rows to the source folder, then one ETL run.

Why a module of its own: the pages that write (Opdracht aanmelden, the MT's toets on the
werkbank) share where the source folder is, who is writing, the background run and what
to say when writing is off. Writing goes through `etl.platform_writer` (the ETL's own rules,
a lock, atomic files); the dashboard itself never opens the warehouse for writing.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import auth, db, formulier
from etl import stappen
from etl.achtergrond import Uitkomst, achtergrond
from etl.platform_writer import (
    ALGEMEEN,
    Deelnemer,
    Geschreven,
    Geweigerd,
    platform_rows,
    submit_opdracht,
)
from etl.stappen import Stap
from report.periode import Periode
from vaststelling.besluit import Besluit, stel_vast
from warehouse.settings import source_path

UIT = (
    "Aanmelden en toetsen staan uit: het platform is gestart zonder bronmap. Start het met "
    "`proeftuin dashboard --source MAP` (de map die de ETL leest) om formulieren op te slaan."
)
DEMO_GEBRUIKER = "demo@localhost"
TICKET = "_proeftuin_etl_ticket"
# The same form by the same person within this many seconds is one submission sent twice.
DUBBEL_BINNEN_S = 120.0


def bron() -> Path | None:
    """The source folder the forms write to, or None: writing is off."""
    return source_path()


def gebruiker() -> str:
    """Who is writing, as stored in `ingediend_door` / `door`: the login's e-mail."""
    user = getattr(st, "user", None)
    email = user.get("email") if user is not None and user.get("is_logged_in") else None
    return email or DEMO_GEBRUIKER


def _na_schrijven(geschreven: Geschreven) -> Geschreven:
    """Ask for one background ETL run; the page shows its outcome on the next load."""
    _vraag_etl()
    return geschreven


def _vraag_etl() -> None:
    """One background ETL run for this session (its outcome: `etl_melding`)."""
    map_ = bron()
    assert map_ is not None
    st.session_state[TICKET] = achtergrond(map_, db.warehouse_path()).vraag()


def aanmelden(velden: dict[str, object], deelnemers: list[Deelnemer]) -> Geschreven:
    """Save an opdrachtformulier and its deelnemers (raises `Geweigerd` with the fields
    that are wrong: the ETL's rules and the fields the plan requires)."""
    map_ = bron()
    assert map_ is not None, UIT
    geschreven = submit_opdracht(
        map_,
        velden,
        gebruiker(),
        deelnemers=deelnemers,
        ontbreekt=formulier.ontbrekende_velden(velden),
        dubbel_binnen_s=DUBBEL_BINNEN_S,
    )
    return _na_schrijven(geschreven) if geschreven.nieuw else geschreven


def stap(gezet: Stap, indiener: str | None = None) -> Geschreven:
    """Take one step of an opdracht's life, once (`etl.stappen`): refused in Dutch when
    the role may not take it (contract section 8; `indiener`: who submitted the opdracht,
    who may resubmit it), or when the ETL's rules would reject it. The write returns at
    once; the ETL that follows runs in the background (`etl_melding`)."""
    map_ = bron()
    assert map_ is not None, UIT
    rol = auth.rol()
    if not stappen.mag(rol.soort, gezet.actie, indiener is not None and indiener == gebruiker()):
        raise Geweigerd(
            {ALGEMEEN: f"{gezet.actie} mag niet met de rol {rol.label}; er is niets opgeslagen"}
        )
    geschreven = stappen.zet(map_, gezet, gebruiker())
    return _na_schrijven(geschreven) if geschreven.nieuw else geschreven


def vaststellen(periode: Periode) -> Besluit:
    """Vaststellen of `periode` by the logged-in controller, then one background ETL run
    that applies it (raises `vaststelling.besluit.Geweigerd` with the Dutch reason)."""
    map_ = bron()
    assert map_ is not None, UIT
    besluit = stel_vast(map_, db.warehouse_path(), periode, gebruiker())
    _vraag_etl()
    return besluit


def etl_melding() -> tuple[str, str] | None:
    """(kind, Dutch text) about the background run this session asked for, if any:
    kind is 'info' while it runs, 'success' or 'error' when it ended."""
    map_ = bron()
    ticket = st.session_state.get(TICKET)
    if map_ is None or ticket is None:
        return None
    runner = achtergrond(map_, db.warehouse_path())
    uitkomst: Uitkomst | None = runner.wacht(ticket, timeout=0)
    if uitkomst is None:
        return "info", "De gegevens worden bijgewerkt (ETL loopt)… ververs de pagina zo."
    if uitkomst.gelukt:
        return "success", f"Gegevens bijgewerkt: {uitkomst.melding}."
    return "error", f"Het bijwerken is mislukt: {uitkomst.melding}."


def toon_etl_melding() -> None:
    melding = etl_melding()
    if melding:
        soort, tekst = melding
        getattr(st, soort)(tekst)


def eigen_aanmeldingen(bestand: str) -> list[dict[str, str]]:
    """The rows of a platform file (cell text) with the line the ETL names, newest first.

    Raises `Geweigerd` (Dutch) when the ETL cannot read the file, e.g. after a hand edit.
    """
    map_ = bron()
    if map_ is None:
        return []
    return platform_rows(map_, bestand)[::-1]
