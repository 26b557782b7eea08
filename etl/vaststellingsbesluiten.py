"""What the ETL checks of the vaststellingen in the source folder (contract section 10).

A vaststelling is a row of `platform/vaststellingsbesluiten.csv` plus the folder
`platform/vastgesteld/<map>/` with the figures as vastgesteld (written by
`proeftuin vaststellen`). A row whose folder is gone is rejected with that reason, so the
run report says which period now counts as open instead of failing the whole run.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from etl.rules import Check, add_reasons
from warehouse.vastgesteld import EFFECTEN, MAP, RIJEN

NIET_HERKEND = "niet herkend, niet geladen"


def mappen_aanwezig(besluiten: pl.DataFrame, bron: Path) -> pl.DataFrame:
    """Reject a vaststelling whose folder lacks its effects or rows."""
    mappen = besluiten.get_column("map").drop_nulls().unique().to_list() if besluiten.height else []
    ontbreekt = [
        m
        for m in mappen
        if Path(m).name != m or not all((bron / MAP / m / f).is_file() for f in (EFFECTEN, RIJEN))
    ]
    return add_reasons(
        besluiten,
        [
            Check(
                (pl.col("actie") == "vaststellen") & pl.col("map").is_in(ontbreekt),
                pl.format(
                    "de map {}/{} met de vastgestelde cijfers ontbreekt of is onvolledig; "
                    "de periode telt als open",
                    pl.lit(MAP.as_posix()),
                    pl.col("map"),
                ),
                "vastgestelde cijfers ontbreken",
            )
        ],
    )


def vastgesteld_of(bestand: str) -> str:
    """The run report's remark on a file of no kind: the vastgestelde figures that the
    build reads itself, or a file the ETL does not know."""
    if bestand.startswith(MAP.as_posix() + "/"):
        return "vastgestelde cijfers (gelezen bij het bouwen)"
    return NIET_HERKEND
