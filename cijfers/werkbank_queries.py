"""The Werkbank's reads (proeftuin-MT only: kandidaten and person signals are person-level).

Split off `cijfers.queries` to keep both small; the same rules hold: named,
parameterised (`?`), on a connection passed in, and only the
interface views and macros of `sql/views` are read (`signalen`, `kandidaten`,
`combinatiekansen`, `toewijzingsvoorstel`, `prognose_met`), never the registrations.
"""

from __future__ import annotations

from datetime import date

import polars as pl

from cijfers.queries import Con, lees
from warehouse.referentie import OPEN_STATUSSEN


def signalen(con: Con) -> pl.DataFrame:
    """Every signal, with the opdracht's title and the medewerker's name."""
    return lees(
        con,
        """
        select s.*, w.titel, m.naam as medewerker_naam,
            coalesce(g.naam, lower(s.gemeente)) as gemeente_naam,
            coalesce(
                s.opdracht_id || ' · ' || w.titel,
                coalesce(m.naam, s.medewerker_id) || ' (' || s.medewerker_id || ')'
            ) as onderwerp
        from signalen s
        left join werkvoorraad w on w.opdracht_id = s.opdracht_id
        left join medewerkers m on m.medewerker_id = s.medewerker_id
        left join gemeenten g on g.code = s.gemeente
        order by s.signaal, s.opdracht_id, s.medewerker_id, s.periode_van
        """,
    )


def open_opdrachten(con: Con) -> pl.DataFrame:
    """Open opdrachten with hours to go; those without opdrachtnemer first."""
    return lees(
        con,
        """
        select opdracht_id, titel, aanvrager, status, resterende_uren, zonder_opdrachtnemer,
            opdrachtnemer_naam, opdrachtnemer_gemeente
        from werkvoorraad
        where list_contains(?, status) and resterende_uren > 0
        order by zonder_opdrachtnemer desc, opdracht_id
        """,
        list(OPEN_STATUSSEN),
    )


def kandidaten(con: Con, opdracht_id: str) -> pl.DataFrame:
    """Every medewerker ranked for one opdracht (see `kandidaten` in docs/sql-interface.md)."""
    return lees(con, "select * from kandidaten(?) order by rang", opdracht_id)


def combinatiekansen(con: Con) -> pl.DataFrame:
    """Pairs of similar open opdrachten, with both opdrachtformulier texts."""
    return lees(
        con,
        """
        select c.*,
            a.opdrachtformulering as opdrachtformulering_a, a.doel as doel_a,
            a.beoogd_resultaat as beoogd_resultaat_a,
            b.opdrachtformulering as opdrachtformulering_b, b.doel as doel_b,
            b.beoogd_resultaat as beoogd_resultaat_b
        from combinatiekansen c
        join werkvoorraad a on a.opdracht_id = c.opdracht_a
        join werkvoorraad b on b.opdracht_id = c.opdracht_b
        order by c.overeenkomst desc, c.opdracht_a, c.opdracht_b
        """,
    )


def toewijzingsvoorstel(con: Con) -> pl.DataFrame:
    """The proposal per open opdracht without opdrachtnemer (medewerker null: none)."""
    return lees(con, "select * from toewijzingsvoorstel order by opdracht_id")


def medewerkers(con: Con) -> pl.DataFrame:
    """Every medewerker (id, naam, gemeente): the what-if checks its choices against it."""
    return lees(con, "select medewerker_id, naam, gemeente from medewerkers order by medewerker_id")


TOEWIJZINGEN = "?::struct(opdracht_id varchar, medewerker_id varchar)[]"
HEFBOMEN = (
    f"{TOEWIJZINGEN}, wijzigingen := ?::struct(opdracht_id varchar, einddatum date, "
    "begrote_uren double)[], "
    "geldinbreng := ?::struct(gemeente varchar, bedrag_eur decimal(18, 2))[]"
)
Wijzigingen = tuple[tuple[str, date | None, float | None], ...]
"""(opdracht_id, new einddatum or None, new begrote uren or None) per moved or cut opdracht."""
Geldinbreng = tuple[tuple[str, float], ...]
"""(gemeente, bedrag in euros) per planned geldinbreng."""


def _lijst(toewijzingen: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    return [{"opdracht_id": o, "medewerker_id": m} for o, m in toewijzingen]


def _hefbomen(
    toewijzingen: tuple[tuple[str, str], ...], wijzigingen: Wijzigingen, geldinbreng: Geldinbreng
) -> list[object]:
    return [
        _lijst(toewijzingen),
        [{"opdracht_id": o, "einddatum": e, "begrote_uren": b} for o, e, b in wijzigingen],
        [{"gemeente": g, "bedrag_eur": b} for g, b in geldinbreng],
    ]


def prognose_met(
    con: Con,
    toewijzingen: tuple[tuple[str, str], ...],
    wijzigingen: Wijzigingen = (),
    geldinbreng: Geldinbreng = (),
) -> pl.DataFrame:
    """Each gemeente's year-end prognose and settlement without and with the MT's levers."""
    return lees(
        con,
        f"select * from prognose_met({HEFBOMEN}) order by gemeente",
        *_hefbomen(toewijzingen, wijzigingen, geldinbreng),
    )


def wat_als_totalen(prognose: pl.DataFrame) -> dict[str, float]:
    """Spread (sum of squares of the prognose saldi) and the settlement in euros (what the
    payers pay, by the Verrekening page's code), now and with the levers: summed from
    `prognose_met`'s rows, so the page asks the warehouse once."""
    som = prognose.select(
        (pl.col("prognose_saldo_uren") ** 2).sum().alias("spreiding_nu"),
        (pl.col("prognose_saldo_uren_met") ** 2).sum().alias("spreiding_met"),
        pl.col("te_betalen_eur").cast(pl.Float64).sum().alias("te_betalen_nu_eur"),
        pl.col("te_betalen_met_eur").cast(pl.Float64).sum().alias("te_betalen_met_eur"),
    ).row(0, named=True)
    return som | {"vermeden_eur": som["te_betalen_nu_eur"] - som["te_betalen_met_eur"]}


def toewijzingen_tonen(con: Con, toewijzingen: tuple[tuple[str, str], ...]) -> pl.DataFrame:
    """The what-if's pairs with titles and names (unknown ids stay, with empty names)."""
    return lees(
        con,
        f"""
        select t.opdracht_id, w.titel, coalesce(m.naam, t.medewerker_id) as naam,
            g.naam as gemeente_naam
        from (select unnest({TOEWIJZINGEN}, recursive := true)) t
        left join werkvoorraad w on w.opdracht_id = t.opdracht_id
        left join medewerkers m on m.medewerker_id = t.medewerker_id
        left join gemeenten g on g.code = m.gemeente
        """,
        _lijst(toewijzingen),
    )


def fouten_in_toewijzingen(con: Con, toewijzingen: tuple[tuple[str, str], ...]) -> list[str]:
    """Dutch reasons why a what-if cannot be computed (empty when every pair is usable)."""
    opdrachten = dict(lees(con, "select opdracht_id, status from werkvoorraad").iter_rows())
    bekend = set(medewerkers(con).get_column("medewerker_id").to_list())
    fouten = []
    for opdracht_id, medewerker_id in toewijzingen:
        if opdracht_id not in opdrachten:
            fouten.append(f"Opdracht {opdracht_id} bestaat niet (meer).")
        elif opdrachten[opdracht_id] not in OPEN_STATUSSEN:
            fouten.append(
                f"Opdracht {opdracht_id} is {opdrachten[opdracht_id]}: alleen open opdrachten "
                "kunnen worden toegewezen."
            )
        if medewerker_id not in bekend:
            fouten.append(f"Medewerker {medewerker_id} bestaat niet (meer).")
    return fouten


def aangemelde_opdrachten(con: Con) -> pl.DataFrame:
    """Opdrachten waiting for the MT's toets (status aangemeld), oldest submission first."""
    return lees(
        con,
        """
        select * from werkvoorraad where status = 'aangemeld'
        order by ingediend_op nulls first, opdracht_id
        """,
    )
