"""Read a demo folder back with plain polars, independently of the ETL and the SQL.

Just enough of the contract to check the demo's own numbers: encodings, separators,
`kolommen.toml`, Dutch numbers and dates, and the hour bank's share rules (section 3).
"""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import polars as pl

GEMEENTEN = ("ALB", "DOR", "HIA", "PAP", "SLI", "ZWD")
BOM = b"\xef\xbb\xbf"


def decodeer(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for UTF-8 with BOM, UTF-8, or Windows-1252."""
    if data.startswith(BOM):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def scheiding(tekst: str) -> str:
    kop = tekst.splitlines()[0]
    return max(("\t", ";", ","), key=kop.count)


def lees(pad: Path) -> pl.DataFrame:
    """All cells as text, headers mapped by a `kolommen.toml` beside the file, plus regel."""
    if pad.suffix == ".xlsx":
        frame = pl.read_excel(pad)
        frame = frame.with_columns(pl.all().cast(pl.String))
    else:
        tekst, _ = decodeer(pad.read_bytes())
        frame = pl.read_csv(
            io.BytesIO(tekst.encode()), separator=scheiding(tekst), infer_schema=False
        )
    toml = pad.parent / "kolommen.toml"
    if toml.exists():
        mapping = tomllib.loads(toml.read_text(encoding="utf-8"))
        frame = frame.rename({k: v for k, v in mapping.items() if k in frame.columns})
    return frame.with_columns(regel=pl.int_range(2, pl.len() + 2))


def getal(kolom: str | pl.Expr) -> pl.Expr:
    """Decimal comma or point, no thousands separator (strip those first)."""
    tekst = pl.col(kolom) if isinstance(kolom, str) else kolom
    return tekst.str.replace(",", ".", literal=True).cast(pl.Float64, strict=False)


def datum(kolom: str) -> pl.Expr:
    """dd-mm-yyyy, d-m-yyyy or yyyy-mm-dd (XLSX dates arrive as yyyy-mm-dd text)."""
    tekst = pl.col(kolom).str.slice(0, 10)
    return pl.coalesce(
        tekst.str.to_date("%Y-%m-%d", strict=False), tekst.str.to_date("%d-%m-%Y", strict=False)
    )


def uren(map_: Path) -> pl.DataFrame:
    """Every hour row of the folder with bestand and regel, typed where possible (not the
    vastgestelde figures under platform/, such as `urenbalans_op.parquet`)."""
    delen = []
    for pad in sorted(map_.rglob("uren*")):
        rel = pad.relative_to(map_).as_posix()
        if rel.startswith("platform/"):
            continue
        frame = lees(pad).select(
            "registratie_id",
            "medewerker_id",
            "opdracht_id",
            "regel",
            pl.col("datum").alias("datum_tekst"),
            pl.col("uren").alias("uren_tekst"),
        )
        delen.append(frame.with_columns(bestand=pl.lit(rel)))
    return pl.concat(delen).with_columns(datum=datum("datum_tekst"), uren=getal("uren_tekst"))


def medewerkers(map_: Path) -> pl.DataFrame:
    return pl.concat(
        [lees(p).select("medewerker_id", "gemeente") for p in sorted(map_.rglob("medewerkers*"))]
    )


def aandelen(map_: Path) -> pl.DataFrame:
    """(opdracht_id, deelnemer, aandeel) per the contract's share rules."""
    opdrachten = lees(map_ / "regio/opdrachten.xlsx")
    deelnemers = lees(map_ / "regio/deelnemers.csv").with_columns(pl.col("aandeel").fill_null(""))
    expliciet = deelnemers.with_columns(
        n=pl.len().over("opdracht_id"),
        procent=pl.col("aandeel").str.ends_with("%"),
        waarde=pl.col("aandeel")
        .str.strip_suffix("%")
        .str.replace(",", ".", literal=True)
        .cast(pl.Float64, strict=False),
    ).select(
        "opdracht_id",
        pl.col("gemeente").alias("deelnemer"),
        aandeel=pl.when(pl.col("aandeel") == "")
        .then(1 / pl.col("n"))
        .when(pl.col("procent"))
        .then(pl.col("waarde") / 100)
        .otherwise(pl.col("waarde")),
    )
    rijen = []
    for o in opdrachten.filter(
        ~pl.col("opdracht_id").is_in(expliciet["opdracht_id"].implode())
    ).iter_rows(named=True):
        soort, oid = o["soort_opdracht"], o["opdracht_id"]
        if soort == "lokaal":
            rijen.append((oid, o["aanvrager"], 1.0))
        elif soort == "regionaal":
            rijen += [(oid, "DOR", 0.8), (oid, "ZWD", 0.2)]
        elif soort in ("ondersteuning", "ontwikkel"):
            rijen += [(oid, g, 1 / 6) for g in GEMEENTEN]
    standaard = pl.DataFrame(rijen, schema=["opdracht_id", "deelnemer", "aandeel"], orient="row")
    return pl.concat([expliciet, standaard])


def netto(registraties: pl.DataFrame, map_: Path) -> pl.DataFrame:
    """gebracht − gehaald per (opdracht_id, gemeente) for valid registrations."""
    mw = medewerkers(map_)
    gebracht = (
        registraties.join(mw, on="medewerker_id")
        .group_by("opdracht_id", "gemeente")
        .agg(effect=pl.col("uren").sum())
    )
    gehaald = (
        registraties.join(aandelen(map_), on="opdracht_id")
        .group_by("opdracht_id", pl.col("deelnemer").alias("gemeente"))
        .agg(effect=-(pl.col("uren") * pl.col("aandeel")).sum())
    )
    return (
        pl.concat([gebracht, gehaald])
        .group_by("opdracht_id", "gemeente")
        .agg(pl.col("effect").sum())
    )
