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
from etl.levensloop import Rij, Stand, na, reden
from etl.rules import (
    BESTAND,
    OK,
    REDEN,
    REGEL,
    Registry,
    add_reasons,
    reject_duplicates,
    set_reasons,
)
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
    status; a step of the opdracht's life (`actie`) must follow the stand before it
    (`etl.levensloop`), and a step's key (`stap`) is written once per opdracht. The
    cancelled opdrachten (by their own row or by a change) are what the hour
    rule needs: no hours on a cancelled opdracht after it was cancelled.
    """
    wijzigingen = add_reasons(
        wijzigingen,
        [opdracht.check("opdracht_id"), medewerker.check("opdrachtnemer", "opdrachtnemer: ")],
    )
    wijzigingen = reject_duplicates(
        wijzigingen, ["stap", "opdracht_id"], "stap {} van opdracht {}", "stap dubbel"
    )
    loaded = opdrachten.filter(OK)
    standen = {
        r["opdracht_id"]: Stand(
            r["status"],
            r["opdrachtnemer"],
            False,
            r["startdatum"],
            r["einddatum"],
            r["begrote_uren"],
        )
        for r in loaded.select(
            "opdracht_id", "status", "opdrachtnemer", "startdatum", "einddatum", "begrote_uren"
        ).iter_rows(named=True)
    }
    ingediend = dict(zip(loaded["opdracht_id"], loaded["ingediend_op"], strict=True))
    sinds: dict[str, str] = {o: "de eigen rij van de opdracht" for o in standen}
    geannuleerd = {o: Geannuleerd(None) for o, s in standen.items() if s.status == GEANNULEERD}

    row = pl.int_range(pl.len(), dtype=pl.UInt32).alias("_rij")
    velden = [n for n in Rij.__dataclass_fields__ if n != "opdracht_id"]
    todo = (
        wijzigingen.select(row, "opdracht_id", "tijdstip", BESTAND, REGEL, REDEN, *velden)
        .filter(OK)
        .with_columns(pl.col(BESTAND).cast(pl.String))
        .sort("tijdstip", BESTAND, REGEL)
    )
    rows: list[int] = []
    reasons: list[str] = []
    soorten: list[str] = []
    for r in todo.iter_rows(named=True):
        rij, opdracht_id, tijdstip = r["_rij"], r["opdracht_id"], r["tijdstip"]
        bestand, regel = r[BESTAND], r[REGEL]
        stap = Rij(opdracht_id, **{v: r[v] for v in velden})
        huidig = standen[opdracht_id].status
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
        elif fout := reden(standen[opdracht_id], stap, standen):
            rows.append(rij)
            reasons.append(f"opdracht {opdracht_id}: {fout}")
            soorten.append("stap niet toegestaan")
        else:
            standen[opdracht_id] = na(standen[opdracht_id], stap)
            sinds[opdracht_id] = f"{bestand} regel {regel}"
            if stap.status == GEANNULEERD:
                geannuleerd[opdracht_id] = Geannuleerd(tijdstip.date())
    if rows:
        wijzigingen = set_reasons(
            wijzigingen,
            pl.Series(rows, dtype=pl.UInt32),
            pl.Series(reasons, dtype=pl.String),
            pl.Series(soorten, dtype=pl.String),
        )
    return wijzigingen, geannuleerd
