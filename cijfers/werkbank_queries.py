"""The Werkbank's reads (proeftuin-MT only: kandidaten and person signals are person-level).

Split off `cijfers.queries` to keep both small; the same rules hold: named,
parameterised (`?`), on a connection passed in, and only the
interface views and macros of `sql/views` are read (`signalen`, `kandidaten`,
`combinatiekansen`, `toewijzingsvoorstel`, `prognose_met`), never the registrations.
"""

from __future__ import annotations

from typing import Any

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


def _lijst(toewijzingen: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    return [{"opdracht_id": o, "medewerker_id": m} for o, m in toewijzingen]


def prognose_met(con: Con, toewijzingen: tuple[tuple[str, str], ...]) -> pl.DataFrame:
    """Each gemeente's year-end prognose without and with the (opdracht, medewerker) pairs."""
    return lees(
        con, f"select * from prognose_met({TOEWIJZINGEN}) order by gemeente", _lijst(toewijzingen)
    )


def wat_als_totalen(con: Con, toewijzingen: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """Spread (sum of squares of the prognose saldi) and settlement in euros, now and with
    the toewijzingen."""
    return lees(
        con,
        f"""
        select
            sum(prognose_saldo_uren ^ 2) as spreiding_nu,
            sum(prognose_saldo_uren_met ^ 2) as spreiding_met,
            sum(te_betalen_eur) as te_betalen_nu_eur,
            sum(te_betalen_met_eur) as te_betalen_met_eur,
            sum(te_betalen_eur) - sum(te_betalen_met_eur) as vermeden_eur
        from prognose_met({TOEWIJZINGEN})
        """,
        _lijst(toewijzingen),
    ).row(0, named=True)


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
