"""The Werkbank's reads over time and at scale (proeftuin-MT only: person-level data).

Capacity over the calendar (`bezetting`, `prognose_per_kwartaal`), signals grouped per
opdracht and per person-month of one boekjaar (the first screen stays a few hundred lines
at a million registrations; the drill-down reads one group), and the toewijzingsvoorstel
as the MT acts on it. Named, parameterised reads of interface views only, as in
`cijfers.werkbank_queries`.
"""

from __future__ import annotations

import polars as pl

from cijfers.queries import Con, lees

MAX_GROEPEN = 100
"""Groups a first screen lists per kind (largest first); the filters narrow the rest."""


def bezetting_per_gemeente(con: Con) -> pl.DataFrame:
    """Per gemeente × week of the current boekjaar: available, booked, planned and free
    hours of its medewerkers with known availability."""
    return lees(
        con,
        """
        select b.gemeente, coalesce(g.naam, b.gemeente) as gemeente_naam, b.week_start, b.week,
            sum(b.beschikbaar_uren) as beschikbaar_uren, sum(b.geboekte_uren) as geboekte_uren,
            sum(b.geplande_uren) as geplande_uren, sum(b.vrije_uren) as vrije_uren
        from bezetting as b
        left join gemeenten as g on g.code = b.gemeente
        where b.beschikbaar_uren is not null
        group by all
        order by b.gemeente, b.week_start
        """,
    )


def bezetting_medewerkers(con: Con, gemeente: str) -> pl.DataFrame:
    """Per medewerker of `gemeente` × week: free hours (the person timeline); only people
    with known availability."""
    return lees(
        con,
        """
        select medewerker_id, coalesce(naam, medewerker_id) as naam, week_start, week,
            beschikbaar_uren, geboekte_uren, geplande_uren, vrije_uren
        from bezetting
        where gemeente = ? and beschikbaar_uren is not null
        order by naam, medewerker_id, week_start
        """,
        gemeente,
    )


def prognose_per_kwartaal(con: Con) -> pl.DataFrame:
    """Expected saldo per gemeente at the end of each remaining quarter."""
    return lees(con, "select * from prognose_per_kwartaal order by kwartaal, gemeente")


def signalen_per_soort(con: Con, boekjaar: int) -> pl.DataFrame:
    """How many signals of each kind the boekjaar has (the first screen's summary)."""
    return lees(
        con,
        """
        select signaal, count(*) as aantal, count(distinct opdracht_id) as opdrachten,
            count(distinct medewerker_id) as medewerkers, sum(uren) as uren
        from signalen
        where boekjaar = ? or boekjaar is null
        group by signaal
        order by signaal
        """,
        boekjaar,
    )


def signalen_per_opdracht(
    con: Con, boekjaar: int, signalen: list[str], gemeenten: list[str]
) -> pl.DataFrame:
    """One row per opdracht with signals in the boekjaar (largest first, at most
    `MAX_GROEPEN`): how many, which kinds, hours; `totaal` = all such opdrachten."""
    return lees(
        con,
        """
        select s.opdracht_id, w.titel, coalesce(g.naam, s.gemeente) as gemeente_naam,
            count(*) as aantal, string_agg(distinct s.kort, ' · ' order by s.kort) as signalen,
            sum(s.uren) as uren, count(*) over () as totaal
        from signalen as s
        left join werkvoorraad as w on w.opdracht_id = s.opdracht_id
        left join gemeenten as g on g.code = s.gemeente
        where s.opdracht_id is not null and (s.boekjaar = ? or s.boekjaar is null)
            and (len(?::varchar[]) = 0 or list_contains(?::varchar[], s.signaal))
            and (len(?::varchar[]) = 0 or list_contains(?::varchar[], s.gemeente))
        group by all
        order by aantal desc, uren desc nulls last, s.opdracht_id
        limit ?
        """,
        boekjaar,
        signalen,
        signalen,
        gemeenten,
        gemeenten,
        MAX_GROEPEN,
    )


def signalen_per_persoon_maand(
    con: Con, boekjaar: int, signalen: list[str], gemeenten: list[str]
) -> pl.DataFrame:
    """One row per medewerker × month with person signals in the boekjaar (most hours
    first, at most `MAX_GROEPEN`); `totaal` = all such person-months."""
    return lees(
        con,
        """
        select s.medewerker_id, coalesce(m.naam, s.medewerker_id) as naam,
            coalesce(g.naam, s.gemeente) as gemeente_naam,
            date_trunc('month', s.periode_van)::date as maand,
            count(*) as aantal, string_agg(distinct s.signaal, ', ') as signalen,
            sum(s.uren) as uren, count(*) over () as totaal
        from signalen as s
        left join medewerkers as m on m.medewerker_id = s.medewerker_id
        left join gemeenten as g on g.code = s.gemeente
        where s.opdracht_id is null and s.medewerker_id is not null
            and (s.boekjaar = ? or s.boekjaar is null)
            and (len(?::varchar[]) = 0 or list_contains(?::varchar[], s.signaal))
            and (len(?::varchar[]) = 0 or list_contains(?::varchar[], s.gemeente))
        group by all
        order by uren desc nulls last, aantal desc, s.medewerker_id, maand
        limit ?
        """,
        boekjaar,
        signalen,
        signalen,
        gemeenten,
        gemeenten,
        MAX_GROEPEN,
    )


def signalen_van(
    con: Con, boekjaar: int, opdracht_id: str | None, medewerker_id: str | None
) -> pl.DataFrame:
    """The drill-down: every signal of one opdracht, or of one medewerker, in the boekjaar."""
    return lees(
        con,
        """
        select s.*, coalesce(g.naam, s.gemeente) as gemeente_naam,
            coalesce(s.opdracht_id, s.medewerker_id) as onderwerp
        from signalen as s
        left join gemeenten as g on g.code = s.gemeente
        where (s.boekjaar = ? or s.boekjaar is null)
            and (s.opdracht_id = ? or s.medewerker_id = ?)
        order by s.signaal, s.periode_van
        """,
        boekjaar,
        opdracht_id,
        medewerker_id,
    )
