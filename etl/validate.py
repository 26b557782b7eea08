"""The contract's row rules across all files, kind by kind in dependency order.

Input and output: one frame per kind holding every row read (typed contract columns,
`bestand`, `regel`, and the reason if rejected so far). Each kind is checked after the
kinds it refers to, so a reference can say whether its target is missing or rejected.
That order (gemeenten, tarieven, medewerkers, opdrachten with deelnemers, their
statuswijzigingen and herindieningen, then uren, geldinbreng, evaluaties, leerervaringen)
is the order of the steps in `validate`: the one place it is written.
"""

from __future__ import annotations

from datetime import date
from typing import cast

import polars as pl

from dutch import format as nl
from etl.besparingen import besparingen_regels
from etl.kinds import BUILTIN_GEMEENTEN
from etl.kwalitatief import kwalitatief_regels
from etl.medewerkerszijde import medewerkerszijde
from etl.rules import (
    OK,
    Check,
    Registry,
    add_reasons,
    gemeente_lookup,
    map_gemeente,
    reject_duplicates,
    reject_over_day_limit,
)
from etl.shares import settle_opdrachten
from etl.status import Geannuleerd, apply_statuswijzigingen
from warehouse.referentie import REGIO


def validate(
    frames: dict[str, pl.DataFrame], unread: dict[str, pl.DataFrame] | None = None
) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Apply every row rule; return the frames (reasons filled in) and the gemeenten table.

    `unread` holds, per kind, what could be read of files rejected as a whole (contract
    columns as text, `bestand`, `regel`): a reference to an id in such a file says where
    it is ("opdracht PT-7 is afgekeurd: zie x.csv regel 2 (het hele bestand is afgekeurd)").
    """
    unread = unread or {}
    f = dict(frames)
    f["gemeenten"], gemeenten = _gemeenten(f["gemeenten"])
    lookup = gemeente_lookup(gemeenten)

    f["tarieven"] = reject_duplicates(
        f["tarieven"], ["schaal", "geldig_vanaf"], "tarief voor schaal {} vanaf {}", "tarief dubbel"
    )

    medewerkers = map_gemeente(f["medewerkers"], "gemeente", lookup)
    medewerkers = reject_duplicates(
        medewerkers, ["medewerker_id"], "medewerker_id {}", "medewerker_id dubbel"
    )
    f["medewerkers"] = medewerkers
    medewerker = Registry.of(medewerkers, "medewerker_id", "medewerker", unread.get("medewerkers"))

    opdrachten = map_gemeente(
        f["opdrachten"], "aanvrager", lookup | {REGIO.lower(): REGIO}, wat="aanvrager"
    )
    end_before_start = pl.col("einddatum") < pl.col("startdatum")
    opdrachten = add_reasons(
        opdrachten,
        [
            Check(
                end_before_start,
                pl.format(
                    "einddatum {} ligt voor startdatum {}",
                    pl.col("einddatum").dt.strftime(nl.DATUM),
                    pl.col("startdatum").dt.strftime(nl.DATUM),
                ),
                "einddatum voor startdatum",
            )
        ],
    )
    opdrachten = reject_duplicates(
        opdrachten, ["opdracht_id"], "opdracht_id {}", "opdracht_id dubbel"
    )
    opdrachten = add_reasons(opdrachten, [medewerker.check("opdrachtnemer", "opdrachtnemer: ")])
    deelnemers = map_gemeente(f["deelnemers"], "gemeente", lookup)
    deelnemers = reject_duplicates(
        deelnemers, ["opdracht_id", "gemeente"], "deelnemer {} / {}", "deelnemer dubbel"
    )
    f["opdrachten"], f["deelnemers"] = settle_opdrachten(
        opdrachten, deelnemers, unread.get("opdrachten")
    )
    opdracht = Registry.of(f["opdrachten"], "opdracht_id", "opdracht", unread.get("opdrachten"))

    f["statuswijzigingen"], geannuleerd = apply_statuswijzigingen(
        f["statuswijzigingen"], f["opdrachten"], opdracht, medewerker
    )
    f["herindieningen"] = add_reasons(f["herindieningen"], [opdracht.check("opdracht_id")])
    f["uren"] = _uren(f["uren"], medewerker, opdracht, geannuleerd)
    f["geldinbreng"] = _geldinbreng(
        map_gemeente(f["geldinbreng"], "gemeente", lookup), f["tarieven"]
    )
    f["evaluaties"] = add_reasons(f["evaluaties"], [opdracht.check("opdracht_id")])
    f["leerervaringen"] = add_reasons(f["leerervaringen"], [opdracht.check("opdracht_id")])
    f |= medewerkerszijde(f, medewerker, opdracht)
    f["besparingen"] = besparingen_regels(f["besparingen"], opdracht, lookup)
    f |= kwalitatief_regels(f, opdracht, lookup)
    f["vaststellingsbesluiten"] = _vaststellingsbesluiten(f["vaststellingsbesluiten"])
    return f, gemeenten


def _vaststellingsbesluiten(rows: pl.DataFrame) -> pl.DataFrame:
    """A period as `proeftuin vaststellen` writes it; a vaststelling names its folder, a
    withdrawal its reason."""
    return add_reasons(
        rows,
        [
            Check(
                ~pl.col("periode").str.contains(r"^\d{4}(-(K[1-4]|H[12]))?$"),
                pl.format(
                    "periode '{}' is geen jaar (2012), halfjaar (2012-H1) of kwartaal (2012-K1)",
                    pl.col("periode"),
                ),
                "periode onbekend",
            ),
            Check(
                (pl.col("actie") == "vaststellen") & pl.col("map").is_null(),
                pl.lit("een vaststelling zonder map met de vastgestelde cijfers"),
                "map ontbreekt",
            ),
            Check(
                (pl.col("actie") == "intrekken") & pl.col("reden").is_null(),
                pl.lit("intrekken zonder reden"),
                "reden ontbreekt",
            ),
        ],
    )


def _gemeenten(rows: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Gemeenten files add or rename gemeenten; codes are upper case, REGIO is reserved."""
    rows = rows.with_columns(pl.col("code").str.to_uppercase())
    rows = add_reasons(
        rows,
        [
            Check(
                pl.col("code") == REGIO,
                pl.lit("code REGIO is gereserveerd voor regionale opdrachten"),
                "code gereserveerd",
            )
        ],
    )
    rows = reject_duplicates(rows, ["code"], "gemeente {}", "gemeente dubbel")
    table = dict(BUILTIN_GEMEENTEN)
    table |= dict(rows.filter(OK).select("code", "naam").iter_rows())
    gemeenten = pl.DataFrame(
        {"code": list(table), "naam": list(table.values())},
        schema={"code": pl.String, "naam": pl.String},
    )
    return rows, gemeenten


def _uren(
    uren: pl.DataFrame,
    medewerker: Registry,
    opdracht: Registry,
    geannuleerd: dict[str, Geannuleerd],
) -> pl.DataFrame:
    """No hours on a cancelled opdracht: never when its own row says `geannuleerd`, and
    not dated after the day a statuswijziging cancelled it (work before that counts)."""
    altijd = [o for o, g in geannuleerd.items() if g.sinds is None]
    sinds = {o: g.sinds for o, g in geannuleerd.items() if g.sinds is not None}
    na_annulering = pl.col("datum") > pl.col("opdracht_id").replace_strict(
        sinds, default=None, return_dtype=pl.Date
    )
    uren = add_reasons(
        uren,
        [
            medewerker.check("medewerker_id"),
            opdracht.check("opdracht_id"),
            Check(
                pl.col("opdracht_id").is_in(altijd),
                pl.format("opdracht {} is geannuleerd", "opdracht_id"),
                "opdracht geannuleerd",
            ),
            Check(
                na_annulering if sinds else pl.lit(False),
                pl.format(
                    "opdracht {} is geannuleerd op {}: na die dag kunnen er geen uren op",
                    "opdracht_id",
                    pl.col("opdracht_id")
                    .replace_strict(sinds, default=None, return_dtype=pl.Date)
                    .dt.strftime(nl.DATUM),
                ),
                "opdracht geannuleerd",
            ),
        ],
    )
    uren = reject_duplicates(uren, ["registratie_id"], "registratie_id {}", "registratie dubbel")
    return reject_over_day_limit(uren)


def _geldinbreng(geldinbreng: pl.DataFrame, tarieven: pl.DataFrame) -> pl.DataFrame:
    """Money counts as hours at the `gemiddeld` tarief valid on its date: there must be one."""
    # geldig_vanaf is a Date column, so its minimum is a date (or None: no rows)
    first = cast(
        date | None, tarieven.filter(OK, pl.col("schaal") == "gemiddeld")["geldig_vanaf"].min()
    )
    datum = pl.col("datum").dt.strftime(nl.DATUM)
    if first is None:
        bad = pl.col("datum").is_not_null()
        reden = pl.format("geen tarief 'gemiddeld' geldig op {} (er is geen enkel geladen)", datum)
    else:
        bad = pl.col("datum") < pl.lit(first)
        reden = pl.format(
            f"geen tarief 'gemiddeld' geldig op {{}} (het eerste geldt vanaf {nl.datum(first)})",
            datum,
        )
    return add_reasons(geldinbreng, [Check(bad, reden, "geen geldig tarief")])
