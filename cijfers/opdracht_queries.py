"""Reads about one opdracht's life for the MT's toets and its steps (person-level: MT).

Split off `cijfers.werkbank_queries` (the MT's wider reads) so the toets and the steps of
an opdracht's life (contract section 7) read what they need from interface views only:
`werkvoorraad`, `uren_per_medewerker`, `statushistorie`.
"""

from __future__ import annotations

import polars as pl

from cijfers.queries import Con, lees


def uren_per_medewerker(con: Con, opdracht_id: str) -> pl.DataFrame:
    """Who booked how many hours on one opdracht, most first."""
    return lees(
        con,
        """
        select medewerker_id, naam, gemeente, uren, aantal_registraties, eerste_datum,
            laatste_datum
        from uren_per_medewerker where opdracht_id = ?
        order by uren desc, medewerker_id
        """,
        opdracht_id,
    )


def opdrachten_in_uitvoering(con: Con) -> pl.DataFrame:
    """Geaccepteerd and lopend opdrachten, whose life the MT steers (assign, start, move,
    merge, finish), by number."""
    return lees(
        con,
        """
        select * from werkvoorraad where status in ('geaccepteerd', 'lopend')
        order by opdracht_id
        """,
    )


def teruggestuurd(con: Con) -> pl.DataFrame:
    """Opdrachten the MT sent back, waiting for the indiener to resubmit them."""
    return lees(
        con,
        """
        select * from werkvoorraad where status = 'aangemeld' and laatste_actie = 'terugsturen'
        order by opdracht_id
        """,
    )
