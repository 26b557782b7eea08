"""Statuswijzigingen: the platform's status changes, applied in `tijdstip` order.

Why a sequential walk: whether a change is allowed depends on the status left by the
changes before it (no change once an opdracht is `afgerond` or `geannuleerd`), and a
rejected change does not count for the ones after it. There are few changes (people
click them), so a walk in Python is cheap. The warehouse recomputes the same history in
SQL (`stg_statushistorie`) from the loaded rows only, in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from dutch import format as nl
from etl.rules import BESTAND, OK, REGEL, Registry, add_reasons, set_reasons
from warehouse.referentie import EINDSTATUSSEN

GEANNULEERD = "geannuleerd"


@dataclass(frozen=True)
class Geannuleerd:
    """Since when an opdracht is cancelled: `sinds` None means by its own row (always)."""

    sinds: date | None


def apply_statuswijzigingen(
    wijzigingen: pl.DataFrame,
    opdrachten: pl.DataFrame,
    opdracht: Registry,
    medewerker: Registry,
) -> tuple[pl.DataFrame, dict[str, Geannuleerd]]:
    """Check every change; return the rows (reasons filled in) and the cancelled opdrachten.

    A change needs a loaded opdracht and (if it names one) a loaded opdrachtnemer, may not
    come before the opdracht was submitted (`ingediend_op`), and may not leave a final
    status. The cancelled opdrachten (by their own row or by a change) are what the hour
    rule needs: no hours on a cancelled opdracht after it was cancelled.
    """
    wijzigingen = add_reasons(
        wijzigingen,
        [opdracht.check("opdracht_id"), medewerker.check("opdrachtnemer", "opdrachtnemer: ")],
    )
    loaded = opdrachten.filter(OK)
    status = dict(zip(loaded["opdracht_id"], loaded["status"], strict=True))
    ingediend = dict(zip(loaded["opdracht_id"], loaded["ingediend_op"], strict=True))
    sinds: dict[str, str] = {o: "de eigen rij van de opdracht" for o in status}
    geannuleerd = {o: Geannuleerd(None) for o, s in status.items() if s == GEANNULEERD}

    row = pl.int_range(pl.len(), dtype=pl.UInt32).alias("_rij")
    todo = (
        wijzigingen.select(row, "opdracht_id", "tijdstip", "status", BESTAND, REGEL, "_reden")
        .filter(OK)
        .with_columns(pl.col(BESTAND).cast(pl.String))
        .sort("tijdstip", BESTAND, REGEL)
    )
    rows: list[int] = []
    reasons: list[str] = []
    soorten: list[str] = []
    for rij, opdracht_id, tijdstip, nieuw, bestand, regel, _ in todo.iter_rows():
        huidig = status[opdracht_id]
        begin = ingediend.get(opdracht_id)
        if begin is not None and tijdstip < begin:
            rows.append(rij)
            reasons.append(
                f"tijdstip {nl.tijdstip(tijdstip)} ligt voor de aanmelding van opdracht "
                f"{opdracht_id} ({nl.tijdstip(begin)})"
            )
            soorten.append("statuswijziging voor aanmelding")
        elif huidig in EINDSTATUSSEN:
            rows.append(rij)
            reasons.append(
                f"opdracht {opdracht_id} is al {huidig} (zie {sinds[opdracht_id]}): een "
                "afgeronde of geannuleerde opdracht verandert niet meer van status"
            )
            soorten.append("wijziging na eindstatus")
        else:
            status[opdracht_id] = nieuw
            sinds[opdracht_id] = f"{bestand} regel {regel}"
            if nieuw == GEANNULEERD:
                geannuleerd[opdracht_id] = Geannuleerd(tijdstip.date())
    if rows:
        wijzigingen = set_reasons(
            wijzigingen,
            pl.Series(rows, dtype=pl.UInt32),
            pl.Series(reasons, dtype=pl.String),
            pl.Series(soorten, dtype=pl.String),
        )
    return wijzigingen, geannuleerd
