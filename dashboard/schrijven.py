"""The platform's writing side: forms append rows to the source folder, then one ETL run.

Why a module of its own: the pages that write (Opdracht aanmelden, the MT's toets on the
werkbank) share where the source folder is, who is writing, the background run and what
to say when writing is off. Writing goes through `invoer.schrijven` (the ETL's own rules,
a lock, atomic files); the dashboard itself never opens the warehouse for writing.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb
import streamlit as st

from cijfers import queries as q
from dashboard import auth, db, formulier
from invoer import mensen, stappen
from invoer.achtergrond import Achtergrond, Uitkomst, achtergrond
from invoer.schrijven import (
    ALGEMEEN,
    Deelnemer,
    Geschreven,
    Geweigerd,
    platform_rows,
    submit_opdracht,
)
from invoer.stappen import Stap
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
    """Who is writing, as stored in `ingediend_door` / `door`: the login's verified e-mail,
    else its provider:sub (see `dashboard.auth.Gebruiker.door`)."""
    return _door(_sessie_gebruiker())


def _sessie_gebruiker() -> object:
    return st.session_state.get(auth.GEBRUIKER_SLEUTEL)


def _door(wie: object) -> str:
    return wie.door if isinstance(wie, auth.Gebruiker) and not wie.demo else DEMO_GEBRUIKER


def _runner() -> Achtergrond:
    map_ = bron()
    assert map_ is not None, UIT
    return achtergrond(map_, db.warehouse_path())


def _na_schrijven(geschreven: Geschreven, wie: object = None, **audit: str | None) -> Geschreven:
    """After a write: ask for the background ETL run, then write the audit record (`audit`:
    its details), then remember the run for this session's page (`etl_melding`).

    Why this order, with nothing that touches Streamlit between the write and the request:
    a second click makes Streamlit stop this script run at its next `st` call (reading the
    session state included). A write whose run was never asked for stayed out of the
    warehouse for good, since the second click finds the step written and wrote nothing
    (issue 20: the browser walk's double clicks on a loaded machine). For the same reason a
    repeated write (`nieuw=False`) asks for a run when none is on its way (`_komt_binnen`):
    the click that wrote may have been stopped before it asked, or the platform restarted.
    """
    runner = _runner()
    map_ = runner.source
    ticket = None
    if geschreven.nieuw or not _komt_binnen(runner, map_ / geschreven.bestand):
        ticket = runner.vraag()
    if geschreven.nieuw and audit:
        auth.gebeurtenis("actie", wie, **audit)
    if ticket is not None:
        st.session_state[TICKET] = ticket
    return geschreven


def _komt_binnen(runner: Achtergrond, pad: Path) -> bool:
    """Will the warehouse hold the file `pad` as it is now without asking again: this
    process asked for a run after the file changed, or the warehouse's last run started
    after that (it read the file under the writers' lock)."""
    try:
        gewijzigd = pad.stat().st_mtime
    except OSError:
        return True  # no file: nothing to load
    if runner.gevraagd_na(gewijzigd):
        return True
    versie = db.huidige_versie()
    if versie is None:
        return False
    try:
        runs = db.met_verbinding(versie, q.etl_runs)
    except duckdb.Error:
        return False
    gestart = runs["gestart_op"].max() if runs.height else None
    return isinstance(gestart, datetime) and gestart.timestamp() > gewijzigd


def _vraag_etl() -> None:
    """One background ETL run for this session (its outcome: `etl_melding`)."""
    st.session_state[TICKET] = _runner().vraag()


def aanmelden(velden: dict[str, object], deelnemers: list[Deelnemer]) -> Geschreven:
    """Save an opdrachtformulier and its deelnemers (raises `Geweigerd` with the fields
    that are wrong: the ETL's rules and the fields the plan requires)."""
    map_ = bron()
    assert map_ is not None, UIT
    wie = _sessie_gebruiker()
    geschreven = submit_opdracht(
        map_,
        velden,
        _door(wie),
        deelnemers=deelnemers,
        ontbreekt=formulier.ontbrekende_velden(velden),
        dubbel_binnen_s=DUBBEL_BINNEN_S,
    )
    return _na_schrijven(geschreven, wie, actie="aanmelden", opdracht=geschreven.opdracht_id)


def stap(gezet: Stap, indiener: str | None = None) -> Geschreven:
    """Take one step of an opdracht's life, once (`invoer.stappen`): refused in Dutch when
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
    wie = _sessie_gebruiker()
    geschreven = stappen.zet(map_, gezet, _door(wie))
    return _na_schrijven(geschreven, wie, actie=gezet.actie, opdracht=gezet.opdracht_id)


def vaststellen(periode: Periode) -> Besluit:
    """Vaststellen of `periode` by the logged-in controller, then one background ETL run
    that applies it (raises `vaststelling.besluit.Geweigerd` with the Dutch reason)."""
    map_ = bron()
    assert map_ is not None, UIT
    wie = _sessie_gebruiker()
    besluit = stel_vast(map_, db.warehouse_path(), periode, _door(wie))
    ticket = _runner().vraag()  # first: see `_na_schrijven`
    auth.gebeurtenis("actie", wie, actie="vaststellen", periode=periode.code)
    st.session_state[TICKET] = ticket
    return besluit


def start_etl() -> None:
    """The controller's ETL run from the platform (contract section 8): the same
    single-flight background run as the forms', so two clicks (or a form at the same
    moment) give one run over the folder as it is, never two writers."""
    assert bron() is not None, UIT
    auth.gebeurtenis("actie", actie="etl")
    _vraag_etl()


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


@st.fragment(run_every=2)
def _etl_loopt() -> None:
    """While the run goes: its line, looked at every 2 s; the whole page once it ended,
    so the load runs and files above show the new run."""
    melding = etl_melding()
    if melding is None or melding[0] != "info":
        st.rerun()
    st.info(melding[1])


def toon_etl_melding_live() -> None:
    """As `toon_etl_melding`, and while the run goes the page follows it by itself (the
    controller's ETL run on Data & kwaliteit)."""
    melding = etl_melding()
    if melding is not None and melding[0] == "info":
        _etl_loopt()
    else:
        toon_etl_melding()


def eigen_aanmeldingen(bestand: str) -> list[dict[str, str]]:
    """The rows of a platform file (cell text) with the line the ETL names, newest first.

    Raises `Geweigerd` (Dutch) when the ETL cannot read the file, e.g. after a hand edit.
    """
    map_ = bron()
    if map_ is None:
        return []
    return platform_rows(map_, bestand)[::-1]


def publiceer_nieuws(titel: str, datum: date, tekst: str, opdracht_id: str | None) -> Geschreven:
    """The MT publishes a nieuwsbericht (raises `Geweigerd` with the fields that are wrong)."""
    map_ = bron()
    assert map_ is not None, UIT
    return _na_schrijven(
        mensen.publiceer_nieuws(map_, titel, datum, tekst, gebruiker(), opdracht_id)
    )


def trek_nieuws_in(nieuws_id: str) -> Geschreven:
    map_ = bron()
    assert map_ is not None, UIT
    return _na_schrijven(mensen.trek_nieuws_in(map_, nieuws_id, gebruiker()))


def bied_ruimte(
    medewerker_id: str, van: date | None, tot: date | None, uren: float | None, soort: str
) -> Geschreven:
    map_ = bron()
    assert map_ is not None, UIT
    return _na_schrijven(
        mensen.bied_ruimte(map_, medewerker_id, van, tot, uren, soort, gebruiker())
    )


def trek_ruimte_in(ruimte_id: str, medewerker_id: str) -> Geschreven:
    map_ = bron()
    assert map_ is not None, UIT
    return _na_schrijven(mensen.trek_ruimte_in(map_, ruimte_id, medewerker_id, gebruiker()))


def interesse(
    medewerker_id: str, opdracht_id: str, motivatie: str | None = None, intrekken: bool = False
) -> Geschreven:
    map_ = bron()
    assert map_ is not None, UIT
    return _na_schrijven(
        mensen.interesse(map_, medewerker_id, opdracht_id, gebruiker(), motivatie, intrekken)
    )
