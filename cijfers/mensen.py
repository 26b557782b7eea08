"""Reads of the employees' side of the platform: nieuws, ruimte, interesse, and what one
employee sees of their own work on Mijn proeftuin (the connection passed in).

Why a module apart from `werkbank_queries`: these reads serve every role (the news) or one
employee (their own rows), and the interest joins the MT's kandidaten as a column of its
own, so the ranking of `kandidaten` itself stays in SQL untouched.
"""

from __future__ import annotations

import polars as pl

from cijfers.queries import Con, lees


def nieuws(con: Con, met_ingetrokken: bool = False) -> pl.DataFrame:
    """The nieuwsberichten, newest first; withdrawn ones only when asked (for the MT)."""
    waar = "" if met_ingetrokken else "where ingetrokken_op is null"
    return lees(
        con, f"select * from nieuwsberichten {waar} order by datum desc, gepubliceerd_op desc"
    )


def medewerker_bij_email(con: Con, email: str | None) -> str | None:
    """The medewerker whose `email` is this login's (case-insensitive), or None."""
    if not email:
        return None
    gevonden = lees(
        con,
        "select medewerker_id from medewerkers where lower(trim(email)) = lower(trim(?)) "
        "order by medewerker_id limit 1",
        email,
    )
    return gevonden.item() if gevonden.height else None


def ruimte(con: Con, medewerker_id: str | None = None) -> pl.DataFrame:
    """Offers of room that stand (not withdrawn); of one medewerker, or all (MT)."""
    return lees(
        con,
        "select * from ruimte_aanbod where ingetrokken_op is null "
        "and (?::varchar is null or medewerker_id = ?) order by van, medewerker_id",
        medewerker_id,
        medewerker_id,
    )


def interesse(
    con: Con, medewerker_id: str | None = None, opdracht_id: str | None = None
) -> pl.DataFrame:
    """Active interest, of one medewerker and/or in one opdracht."""
    return lees(
        con,
        "select * from interesses where actief "
        "and (?::varchar is null or medewerker_id = ?) and (?::varchar is null or opdracht_id = ?) "
        "order by sinds desc",
        medewerker_id,
        medewerker_id,
        opdracht_id,
        opdracht_id,
    )


def kandidaten_met_interesse(con: Con, opdracht_id: str) -> pl.DataFrame:
    """`kandidaten(opdracht_id)` with `interesse` (bool), its `motivatie` and the room the
    medewerker offers from today on (`ruimte`, text; null: none), ranked again:
    an interested medewerker comes first among those with an equal expertise match (any
    matching term or none); otherwise the order of `kandidaten` stands. `rang` is renumbered."""
    return lees(
        con,
        """
        select k.* exclude (rang),
            row_number() over (
                order by k.expertise_match > 0 desc, i.medewerker_id is not null desc, k.rang
            ) as rang,
            i.medewerker_id is not null as interesse,
            i.motivatie,
            r.ruimte
        from kandidaten(?) as k
        left join interesses as i
            on i.medewerker_id = k.medewerker_id and i.opdracht_id = ? and i.actief
        left join (
            select medewerker_id,
                string_agg(
                    intern.nl_uren(uren_per_week) || ' uur/week t/m ' || strftime(tot, '%d-%m-%Y')
                    || coalesce(' (' || soort_werk || ')', ''), '; ' order by van
                ) as ruimte
            from ruimte_aanbod
            where ingetrokken_op is null and tot >= current_date
            group by medewerker_id
        ) as r on r.medewerker_id = k.medewerker_id
        order by rang
        """,
        opdracht_id,
        opdracht_id,
    )


def mijn_opdrachten(con: Con, medewerker_id: str | None, email: str | None) -> pl.DataFrame:
    """The opdrachten of one person: as opdrachtnemer, and those they submitted (indiener)."""
    return lees(
        con,
        """
        select opdracht_id, titel, status, aanvrager, begrote_uren, gerealiseerde_uren,
            startdatum, einddatum,
            concat_ws(' en ',
                case when opdrachtnemer = ? then 'opdrachtnemer' end,
                case when lower(ingediend_door) = lower(?) then 'indiener' end) as rol
        from werkvoorraad
        where opdrachtnemer = ? or lower(ingediend_door) = lower(?)
        order by opdracht_id
        """,
        medewerker_id,
        email,
        medewerker_id,
        email,
    )


def mijn_uren(con: Con, medewerker_id: str) -> pl.DataFrame:
    """One medewerker's hours per opdracht × month."""
    return lees(
        con,
        "select * from medewerker_uren_per_maand where medewerker_id = ? "
        "order by jaar, maand, opdracht_id",
        medewerker_id,
    )


def mijn_evaluaties(con: Con, medewerker_id: str) -> pl.DataFrame:
    """The evaluations of the opdrachten this medewerker is opdrachtnemer of."""
    return lees(
        con,
        "select * from evaluaties_per_opdrachtnemer where medewerker_id = ? "
        "order by opdracht_id, datum",
        medewerker_id,
    )
