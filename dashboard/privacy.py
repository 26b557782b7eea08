"""Who a page names: persons for the MT, roles for everyone else (contract section 8).

Why a module of its own: the status history, the opdrachtformulier and the audit trail
all turn a person (a personnel number, an e-mail address) into the role that acted, and
they must say it alike. Pure functions over frames and texts, so tests check them without
a browser.
"""

from __future__ import annotations

import re

import polars as pl

from dashboard.werklijst import gemeente_naam

MT_NAAM = "het proeftuin-MT"
# The actions of the MT's toets (and a hand-made change): only the MT records these.
MT_ACTIES = frozenset({"accepteren", "terugsturen", "annuleren", "toewijzen", "wijzigen"})


def medewerker_van(gemeente: str | None, namen: dict[str, str]) -> str:
    """ "een medewerker van Dordrecht": an employee without their name."""
    return f"een medewerker van {gemeente_naam(gemeente, namen)}" if gemeente else ""


def door(actie: str | None, aanvrager: str | None, namen: dict[str, str]) -> str:
    """The role behind a status step: the MT for its toets, the aanvrager's employee for a
    submitted form, the gemeente's export for an opdracht read from a source file."""
    if actie in MT_ACTIES:
        return MT_NAAM
    if actie == "aanmelden":
        return medewerker_van(aanvrager, namen) or "een medewerker"
    return f"de export van {gemeente_naam(aanvrager, namen) or 'de gemeente'}"


def statushistorie(
    frame: pl.DataFrame, namen: dict[str, str], persoonsgegevens: bool
) -> pl.DataFrame:
    """The status history as a role may read it: with persons for the MT; for the others the
    opdrachtnemer and `door` become roles, and no column with a person is left in the frame
    (so neither the table nor its download holds one)."""
    if persoonsgegevens:
        return frame
    nemers = [
        medewerker_van(g, namen) if n else None
        for n, g in frame.select("opdrachtnemer", "opdrachtnemer_gemeente").iter_rows()
    ]
    wie = [door(a, v, namen) for a, v in frame.select("actie", "aanvrager").iter_rows()]
    anoniem = frame.drop("opdrachtnemer", "door").with_columns(
        pl.Series("opdrachtnemer", nemers, dtype=pl.String),
        pl.Series("door", wie, dtype=pl.String),
    )
    if "leidinggevende" in anoniem.columns:  # who agreed to a toewijzing: a person too
        anoniem = anoniem.with_columns(
            pl.when(pl.col("leidinggevende").is_not_null())
            .then(pl.lit("gegeven"))
            .alias("leidinggevende")
        )
    return anoniem


# The ETL's reason for a day over 24 hours (etl/rules.py) names the employee and their
# hours that day; a controller fixing the row needs the employee and the day, not the hours.
_DAG_UREN = re.compile(r"(medewerker \S+ heeft op \S+) al .*$")


def reden(tekst: str, persoonsgegevens: bool) -> str:
    """A rejection reason as a role may read it: without a person's hours for all but MT."""
    if persoonsgegevens:
        return tekst
    return _DAG_UREN.sub(r"\1 samen meer dan 24 uur geschreven (zie het bronbestand)", tekst)


def afgekeurd(frame: pl.DataFrame, persoonsgegevens: bool) -> pl.DataFrame:
    """The rejected rows (bestand, regel, reden) with each reason as the role may read it."""
    return frame.with_columns(
        pl.Series(
            "reden",
            [reden(t, persoonsgegevens) for t in frame.get_column("reden").to_list()],
            dtype=pl.String,
        )
    )
