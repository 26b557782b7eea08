"""Vaststellen: a controller freezes a reported period, and may withdraw that, with a reason.

Why in the source folder: it is the system of record and the warehouse is rebuilt from it
on every run (data contract, sections 7 and 10). A vaststelling is therefore a row of
`platform/vaststellingsbesluiten.csv` (who, when, which period, what the figures were
built from) plus a folder `platform/vastgesteld/<map>/` holding what was vastgesteld: the
hour bank's effects of the period, the source rows it knew, and the rows of every as-of
macro on each quarter end of the period. Both are written under the platform's lock, the
folder by a rename and the row by the platform writer's atomic append, so a vaststelling
is whole or absent, and it survives every rebuild; the next ETL run applies it.

Periods are vastgesteld in order within a boekjaar: a gap would let a late row count in
an open period before a vastgesteld one, and appear twice in the year's course.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import polars as pl

from dutch import format as nl
from invoer import schrijven
from invoer.schrijven import BESLUITEN, add_vaststellingsbesluit, platform_rows
from report.periode import Periode, lees_periode
from warehouse.connect import WarehouseMissing, connect_readonly
from warehouse.vastgesteld import CIJFERS, EFFECTEN, MAP, RIJEN, vast_tables


class Geweigerd(RuntimeError):
    """The vaststelling (or its withdrawal) is refused; the message says why, in Dutch."""


@dataclass(frozen=True)
class Besluit:
    """What was done: the period, and the row written to the record."""

    periode: Periode
    rij: dict[str, str]


def stel_vast(bron: Path, warehouse: Path, periode: Periode, door: str) -> Besluit:
    """Vaststellen of `periode` by `door`, from the warehouse built from `bron`."""
    _nog_niet_besloten(bron, periode)
    with _lees(warehouse) as con:
        grondslag = _grondslag(con, bron)
        _mag_vaststellen(con, periode)
        # what an earlier vaststelling of the year froze stays in its own folder: this one
        # stores only the rest of the period, so no day or effect is frozen twice
        vanaf = max(periode.begin, _vast_tot(con, periode.begin.year) + timedelta(days=1))
        dagen = [d for d in _kwartaaleinden(periode) if d >= vanaf]
        cijfers = {m: _cijfers(con, m, dagen) for m in vast_tables(con)}
        effecten = con.sql(
            "select * from intern.fct_effect where datum between ? and ?",
            params=[vanaf, periode.einde],
        ).pl()
        rijen = _rijen(con, vanaf, periode.einde)
    nu = datetime.now().replace(microsecond=0)
    naam = f"{periode.code}-{nu:%Y%m%dT%H%M%S}"
    rij = {
        "periode": periode.code,
        "actie": "vaststellen",
        "tijdstip": nu.isoformat(sep=" "),
        "door": door,
        "map": naam,
        "grondslag": grondslag,
    }

    def vooraf() -> None:
        _nog_niet_besloten(bron, periode)  # again: another controller may have been first
        _schrijf_map(bron / MAP, naam, effecten, rijen, cijfers)

    _schrijf(bron, rij, vooraf)
    return Besluit(periode, rij)


def _nog_niet_besloten(bron: Path, periode: Periode) -> None:
    """Refuse when the record already says the period is vastgesteld, also before the
    ETL has loaded that besluit: a second click, or two controllers at once, write one."""
    laatste = [r for r in platform_rows(bron, BESLUITEN) if r.get("periode") == periode.code]
    if laatste and laatste[-1].get("actie") == "vaststellen":
        raise Geweigerd(
            f"{periode.code} is al vastgesteld op {laatste[-1].get('tijdstip')} door "
            f"{laatste[-1].get('door')}"
        )


def trek_in(bron: Path, warehouse: Path, periode: Periode, door: str, reden: str) -> Besluit:
    """Withdraw the vaststelling of `periode` (the besluit stays in the record's history)."""
    if not reden.strip():
        raise Geweigerd("geef met --reden op waarom de vaststelling wordt ingetrokken")
    with _lees(warehouse) as con:
        geldig = _geldig(con)
        if periode.code not in {p for p, *_ in geldig}:
            raise Geweigerd(f"{periode.code} is niet vastgesteld; er is niets in te trekken")
        jaar = periode.begin.year
        later = [p for p, van, _ in geldig if van > periode.einde and van.year == jaar]
        if later:
            raise Geweigerd(f"trek eerst {later[-1]} in: die periode komt na {periode.code}")
        groter = [
            p
            for p, van, tot in geldig
            if p != periode.code and van <= periode.begin and periode.einde <= tot
        ]
        if groter:
            raise Geweigerd(f"trek eerst {groter[0]} in: die periode omvat {periode.code}")
    rij = {
        "periode": periode.code,
        "actie": "intrekken",
        "tijdstip": datetime.now().replace(microsecond=0).isoformat(sep=" "),
        "door": door,
        "reden": reden.strip(),
    }
    _schrijf(bron, rij)
    return Besluit(periode, rij)


@contextlib.contextmanager
def _lees(warehouse: Path):
    try:
        con = connect_readonly(warehouse)
    except (WarehouseMissing, duckdb.Error) as exc:
        raise Geweigerd(
            f"het warehouse '{warehouse}' kan niet worden gelezen; laad eerst met proeftuin etl"
        ) from exc
    try:
        yield con
    finally:
        con.close()


def _grondslag(con: duckdb.DuckDBPyConnection, bron: Path) -> str:
    """What the figures are built from: the last ETL run, which must have read `bron` as
    it is now (a file changed since would make the vastgestelde figures not the folder's)."""
    run = con.execute(
        "select run_id, gestart_op, bron, bestanden, rijen_geladen from etl_runs "
        "order by run_id desc limit 1"
    ).fetchone()
    if run is None:
        raise Geweigerd("het warehouse heeft nog geen ETL-run; laad eerst met proeftuin etl")
    run_id, gestart_op, gelezen, bestanden, rijen = run
    if Path(gelezen).resolve() != bron.resolve():
        raise Geweigerd(
            f"het warehouse is gebouwd uit de bronmap '{gelezen}', niet uit '{bron}'; "
            "laad eerst deze bronmap met proeftuin etl"
        )
    for pad in sorted(bron.rglob("*")):
        deel = pad.relative_to(bron).parts
        if any(d.startswith(".") for d in deel) or deel[:2] == MAP.parts or not pad.is_file():
            continue
        if datetime.fromtimestamp(pad.stat().st_mtime) > gestart_op:
            raise Geweigerd(
                f"{pad.relative_to(bron).as_posix()} is gewijzigd na de laatste ETL-run "
                f"({nl.tijdstip(gestart_op)}); laad eerst opnieuw met proeftuin etl, "
                "zodat wordt vastgesteld wat in de bronmap staat"
            )
    return (
        f"ETL-run {run_id} van {nl.tijdstip(gestart_op)}: {nl.geheel(bestanden)} bestanden, "
        f"{nl.geheel(rijen)} rijen geladen"
    )


def _geldig(con: duckdb.DuckDBPyConnection) -> list[tuple[str, date, date]]:
    sql = "select periode, van, tot from intern.dim_vaststelling order by van"
    return con.execute(sql).fetchall()


def _mag_vaststellen(con: duckdb.DuckDBPyConnection, periode: Periode) -> None:
    """The refusals of the contract: an unknown period, one not yet ended, one already
    vastgesteld; and a gap before it in its boekjaar."""
    jaren = {j for (j,) in con.execute("select jaar from intern.dim_boekjaar").fetchall()}
    if periode.begin.year not in jaren:
        raise Geweigerd(
            f"{periode.code} is een onbekende periode: het warehouse heeft geen gegevens in "
            f"{periode.begin.year}"
        )
    if periode.einde >= date.today():
        raise Geweigerd(
            f"{periode.code} is nog niet afgelopen: de periode eindigt op "
            f"{nl.datum(periode.einde)}; stel vast na die dag"
        )
    for code, van, tot in _geldig(con):
        if van <= periode.begin and periode.einde <= tot:
            wie = con.execute(
                "select vastgesteld_op, door from intern.dim_vaststelling where periode = ?",
                [code],
            ).fetchone()
            binnen = "" if code == periode.code else f" (als deel van {code})"
            raise Geweigerd(
                f"{periode.code} is al vastgesteld{binnen} op {nl.tijdstip(wie[0])} door {wie[1]}"
            )
    vanaf = _vast_tot(con, periode.begin.year) + timedelta(days=1)
    if periode.begin > vanaf:
        eerst = lees_periode(f"{vanaf.year}-K{(vanaf.month - 1) // 3 + 1}")
        raise Geweigerd(
            f"stel eerst {eerst.code} vast: perioden worden op volgorde vastgesteld, en "
            f"{periode.begin.year} is vastgesteld tot {nl.datum(vanaf)}"
        )


def _vast_tot(con: duckdb.DuckDBPyConnection, jaar: int) -> date:
    """The last day `jaar` is vastgesteld up to (31 December of the year before: none)."""
    rij = con.execute("select max(tot) from intern.dim_vaststelling where jaar = ?", [jaar])
    tot = rij.fetchone()[0]
    return tot if tot is not None else date(jaar - 1, 12, 31)


def _kwartaaleinden(periode: Periode) -> list[date]:
    """The quarter ends in the period: the days whose as-of figures it freezes."""
    dagen = []
    for kwartaal in range(4):
        einde = lees_periode(f"{periode.begin.year}-K{kwartaal + 1}").einde
        if periode.begin <= einde <= periode.einde:
            dagen.append(einde)
    return dagen


def _cijfers(con: duckdb.DuckDBPyConnection, macro: str, dagen: list[date]) -> pl.DataFrame:
    """The rows of interface macro `macro` on each day, as the pages and reports read them,
    in the macro's own order (one query per day: a lateral join over all days returned
    the rows in any order, and a sum over the frozen rows, `uren_totalen_op`, then
    differed in its last digits from run to run)."""
    frames = [
        con.sql(
            f"select ?::date as vast_peildatum, * from {macro}(?::date)", params=[dag, dag]
        ).pl()
        for dag in dagen
    ]
    if frames:
        return pl.concat(frames)
    return con.sql(f"select null::date as vast_peildatum, * from {macro}(null::date) limit 0").pl()


def _rijen(con: duckdb.DuckDBPyConnection, van: date, tot: date) -> pl.DataFrame:
    """The source rows dated `van` … `tot`, and the corrections booked then (the rows a
    later run compares the folder with)."""
    bekend = con.sql(
        "select soort, sleutel, volgnummer, null::varchar as wijziging, null::date as geboekt_op, "
        "registratie_id, bestand, regel, datum, gemeente, opdracht_id, medewerker_id, uren, "
        "bedrag_eur from intern.bron_rijen_op_dagen((select list(d::date) "
        "from range(?::timestamp, ?::timestamp + interval 1 day, interval 1 day) as t(d)))",
        params=[van, tot],
    ).pl()
    geboekt = con.sql(
        "select soort, sleutel, volgnummer, "
        "case when uren < 0 or bedrag_eur < 0 then 'verwijderd' else 'toegevoegd' end "
        "as wijziging, geboekt_op, registratie_id, bestand, regel, datum, gemeente, "
        "opdracht_id, medewerker_id, abs(uren) as uren, abs(bedrag_eur) as bedrag_eur "
        "from correcties_na_vaststelling where not al_geboekt and geboekt_op between ? and ?",
        params=[van, tot],
    ).pl()
    return pl.concat([bekend, geboekt], how="vertical_relaxed")


def _schrijf(bron: Path, rij: dict[str, str], vooraf: Callable[[], None] | None = None) -> None:
    """The besluit by the platform writer (its lock, the ETL's rules, an atomic file);
    its refusal in Dutch, as this module's."""
    try:
        add_vaststellingsbesluit(bron, rij, vooraf)
    except schrijven.Geweigerd as exc:
        raise Geweigerd("; ".join(exc.fouten.values())) from exc


def _schrijf_map(
    root: Path,
    naam: str,
    effecten: pl.DataFrame,
    rijen: pl.DataFrame,
    cijfers: dict[str, pl.DataFrame],
) -> None:
    """Every file in a hidden folder first, then one rename: the folder is whole or absent."""
    tmp = root / f".{naam}.{uuid.uuid4().hex}.tmp"
    (tmp / CIJFERS).mkdir(parents=True)
    try:
        effecten.write_parquet(tmp / EFFECTEN)
        rijen.write_parquet(tmp / RIJEN)
        for macro, frame in cijfers.items():
            frame.write_parquet(tmp / CIJFERS / f"{macro}.parquet")
        os.replace(tmp, root / naam)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
