"""The read model's reads (`cijfers`) as the pages call them: on the dashboard's one
connection, cached per warehouse version.

Pages call these functions and never see SQL or a connection. Each result is cached with
`st.cache_data` keyed on the warehouse file's (inode, mtime_ns) (see `dashboard.db`), the
read's name and its arguments, so a rerun after an ETL run shows the new data without a
restart, and a warm page does not touch DuckDB at all. The reads themselves, their SQL and
their signatures live once, in `cijfers.queries` and `cijfers.werkbank_queries`; here each
is only wrapped, so a parameter added there reaches the pages unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

import duckdb
import streamlit as st

from cijfers import boekjaren as b
from cijfers import kwalitatief as kw
from cijfers import mensen as m
from cijfers import opdracht_queries as oq
from cijfers import queries as q
from cijfers import werkbank_queries as wq
from cijfers import werkbank_tijd as wt
from dashboard import db
from warehouse import guard
from warehouse.connect import WarehouseMissing

P = ParamSpec("P")
R = TypeVar("R")

_READS: dict[str, Callable[..., Any]] = {}


@st.cache_data(max_entries=512, show_spinner=False)
def _gecached(
    versie: db.Versie, naam: str, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]
) -> Any:
    return db.met_verbinding(versie, lambda con: _READS[naam](con, *args, **dict(kwargs)))


def _versie() -> db.Versie:
    versie = db.huidige_versie()
    if versie is None:
        raise WarehouseMissing(str(db.warehouse_path()))
    return versie


def _cached(read: Callable[Concatenate[duckdb.DuckDBPyConnection, P], R]) -> Callable[P, R]:
    """`read` without its connection argument, answered from the cache when it can."""
    naam = f"{read.__module__}.{read.__name__}"
    _READS[naam] = read

    def gelezen(*args: P.args, **kwargs: P.kwargs) -> R:
        return _gecached(_versie(), naam, args, tuple(sorted(kwargs.items())))

    gelezen.__name__ = read.__name__
    gelezen.__doc__ = read.__doc__
    return gelezen


def met_verbinding(werk: Callable[[duckdb.DuckDBPyConnection], R]) -> R:
    """Run `werk` on the current warehouse's connection, uncached (the PDF report: it reads
    many figures once, and its own checks decide what a missing view means)."""
    return db.met_verbinding(_versie(), werk)


@st.cache_data(max_entries=8, show_spinner=False)
def _van_ons(versie: db.Versie) -> bool:
    """Whether the file of `versie` holds our marker table: asked once per file version,
    not on every page run (it is a query under the connection's lock)."""
    sql, params = guard.marker_query()
    return bool(db.lees(versie, sql, params).item())


def probleem() -> str | None:
    """None when the warehouse can be read, else a Dutch reason why not."""
    versie = db.huidige_versie()
    if versie is None:
        return f"Er is nog geen warehouse op {db.warehouse_path()}."
    try:
        if not _van_ons(versie):  # a look-alike DuckDB file
            return db.niet_van_ons(db.warehouse_path())
        data_stand()
    except (duckdb.Error, OSError) as exc:
        return db.onleesbaar(db.warehouse_path(), exc)
    return None


data_stand = _cached(q.data_stand)
uitwisseling = _cached(q.uitwisseling)
gemeenten = _cached(q.gemeenten)
gemeente_namen = _cached(q.gemeente_namen)
urenbalans = _cached(q.urenbalans)
saldo_verloop = _cached(q.saldo_verloop)
tussenstand_uren_tegoed = _cached(q.tussenstand_uren_tegoed)
urenbalans_per_opdracht = _cached(q.urenbalans_per_opdracht)
prognose = _cached(q.prognose)
werkvoorraad = _cached(q.werkvoorraad)
opdrachten_per_status = _cached(q.opdrachten_per_status)
werkvoorraad_per_soort = _cached(q.werkvoorraad_per_soort)
aandelen = _cached(q.aandelen)
kpi_winstpunt = _cached(q.kpi_winstpunt)
kpi_dimensie = _cached(q.kpi_dimensie)
winstpunten_overzicht = _cached(q.winstpunten_overzicht)
efficiency = _cached(q.efficiency)
efficiency_per_winstpunt = _cached(q.efficiency_per_winstpunt)
besparing_per_gemeente = _cached(q.besparing_per_gemeente)
besparingen = _cached(q.besparingen)
besparing_lijst = _cached(q.besparing_lijst)
mobiliteit = _cached(q.mobiliteit)
inzet_per_schaal = _cached(q.inzet_per_schaal)
kwaliteit_per_rol = _cached(q.kwaliteit_per_rol)
leerervaringen_per_kwartaal = _cached(q.leerervaringen_per_kwartaal)
leerervaringen = _cached(q.leerervaringen)
verrekening = _cached(q.verrekening)
etl_runs = _cached(q.etl_runs)
evaluatie_teksten = _cached(q.evaluatie_teksten)

# quality and learning in words (issue 22)
persoonsaanduidingen = _cached(kw.persoonsaanduidingen)
interviewsteekproef = _cached(kw.interviewsteekproef)
interviews = _cached(kw.interviews)
tevredenheid = _cached(kw.tevredenheid)
leerverhalen = _cached(kw.leerverhalen)
verwachtingen = _cached(kw.verwachtingen)

# time: boekjaren, vaststellingen, corrections (cijfers.boekjaren)
boekjaren = _cached(b.boekjaren)
huidig_boekjaar = _cached(b.huidig_boekjaar)
stand_op = _cached(b.stand_op)
vaststellingen = _cached(b.vaststellingen)
correcties = _cached(b.correcties)
verrekening_per_gemeente = _cached(b.verrekening_per_gemeente)
etl_bestanden = _cached(q.etl_bestanden)
etl_afgekeurd = _cached(q.etl_afgekeurd)
mislukte_controles = _cached(q.mislukte_controles)
statushistorie = _cached(q.statushistorie)
afgekeurd_in = _cached(q.afgekeurd_in)

# the MT's Werkbank
signalen = _cached(wq.signalen)
open_opdrachten = _cached(wq.open_opdrachten)
kandidaten = _cached(wq.kandidaten)
combinatiekansen = _cached(wq.combinatiekansen)
toewijzingsvoorstel = _cached(wq.toewijzingsvoorstel)
medewerkers = _cached(wq.medewerkers)
prognose_met = _cached(wq.prognose_met)
toewijzingen_tonen = _cached(wq.toewijzingen_tonen)
fouten_in_toewijzingen = _cached(wq.fouten_in_toewijzingen)
aangemelde_opdrachten = _cached(wq.aangemelde_opdrachten)

# the employees' side: nieuws, ruimte, interesse, Mijn proeftuin (cijfers.mensen)
nieuws = _cached(m.nieuws)
medewerker_bij_email = _cached(m.medewerker_bij_email)
ruimte = _cached(m.ruimte)
interesse = _cached(m.interesse)
kandidaten_met_interesse = _cached(m.kandidaten_met_interesse)
mijn_opdrachten = _cached(m.mijn_opdrachten)
mijn_uren = _cached(m.mijn_uren)
mijn_evaluaties = _cached(m.mijn_evaluaties)

# the Werkbank over the calendar and at scale (cijfers.werkbank_tijd)
bezetting_per_gemeente = _cached(wt.bezetting_per_gemeente)
bezetting_medewerkers = _cached(wt.bezetting_medewerkers)
prognose_per_kwartaal = _cached(wt.prognose_per_kwartaal)
signalen_per_soort = _cached(wt.signalen_per_soort)
signalen_per_opdracht = _cached(wt.signalen_per_opdracht)
signalen_per_persoon_maand = _cached(wt.signalen_per_persoon_maand)
signalen_van = _cached(wt.signalen_van)

# one opdracht's life: the toets and its steps (cijfers.opdracht_queries)
uren_per_medewerker = _cached(oq.uren_per_medewerker)
opdrachten_in_uitvoering = _cached(oq.opdrachten_in_uitvoering)
teruggestuurd = _cached(oq.teruggestuurd)
