"""The Werkvoorraad list as an employee looking for work reads it: forgiving search, the
orderings on offer, and the few columns that fit a laptop screen (the rest is in the
opdrachtformulier below the list).

Why search is normalised on both sides: people type `PT-7` for `PT-07`, `cafe` for
`café` and `wmo` for `Wmo`; lower case, accents dropped and leading zeros of numbers
dropped make those the same text.
"""

from __future__ import annotations

import re
import unicodedata

import polars as pl

from cijfers.format import per_waarde
from dutch import format as nl
from warehouse.referentie import EINDSTATUSSEN

ZOEKVELDEN = (
    "opdracht_id",
    "titel",
    "type_werk",
    "opdrachtformulering",
    "achtergrond",
    "doel",
    "beoogd_resultaat",
    "motivatie",
    "profiel_opdrachtnemer",
    "lokale_gebruiken",
)
"""The opdrachtformulier's texts a search looks in."""

_VOORLOOPNULLEN = r"(^|[^0-9])0+([0-9])"

VOLGORDES = {
    "zonder_eerst": "zonder opdrachtnemer eerst",
    "nummer": "nummer",
    "meeste_uren": "meeste uren over",
}
"""Orderings of the list; the first is the default: work that needs someone comes first."""

FILTERS = "werkvoorraad_filters"
"""The widget key of the Werkvoorraad's filter panel (an expander that reruns the page when
opened or folded: its five multiselects are drawn only while it is open)."""

KLASSE = "werklijst"
"""The class of the element around the static list (`dashboard.werklijst_tabel`): a box of
about fifteen rows that scrolls, its header in view (`dashboard.stijl`)."""

GEMARKEERD = "gemarkeerd"
"""The class of a row of the static list that needs attention: no opdrachtnemer, a signal."""

KOLOMMEN = {
    "nummer": "Nummer",
    "titel": "Titel",
    "status": "Status",
    "gemeente": "Gemeente",
    "resterende_uren": "Uren over",
    "profiel_opdrachtnemer": "Profiel opdrachtnemer",
    "signaal_tekst": "Signalen",
}
"""What an employee needs first, in that order; the rest lives in the opdrachtformulier.
⚠ before the number marks an open opdracht without opdrachtnemer (not by colour alone)."""

BREEDTES: dict[str, str | int] = {
    "nummer": 80,
    "titel": 240,
    "status": 100,
    "gemeente": 140,
    "resterende_uren": 80,
    "profiel_opdrachtnemer": 220,
    "signaal_tekst": 220,
}
"""Pixels: up to the profile they fit the main column of a 1366 px screen beside the
sidebar; the werkbank's signals for the proeftuin-MT follow."""


def normaal(tekst: str) -> str:
    """`tekst` as search compares it: lower case, no accents, no leading zeros."""
    zonder = unicodedata.normalize("NFKD", tekst.lower())
    zonder = "".join(t for t in zonder if not unicodedata.combining(t))
    return re.sub(_VOORLOOPNULLEN, r"\1\2", zonder)


def normaal_expr(expr: pl.Expr) -> pl.Expr:
    """The same normalisation as `normaal`, for a column."""
    return (
        expr.str.to_lowercase()
        .str.normalize("NFKD")
        .str.replace_all(r"\p{Mn}", "")
        .str.replace_all(_VOORLOOPNULLEN, "${1}${2}")
    )


def zoek_voorwaarde(zoek: str) -> pl.Expr | None:
    """Rows whose opdrachtformulier holds every word of `zoek` (None: no search)."""
    woorden = normaal(zoek).split()
    if not woorden:
        return None
    tekst = normaal_expr(pl.concat_str(list(ZOEKVELDEN), separator=" ", ignore_nulls=True))
    return pl.all_horizontal(tekst.str.contains(w, literal=True) for w in woorden)


def sorteer(frame: pl.DataFrame, volgorde: str) -> pl.DataFrame:
    """The list in one of the `VOLGORDES`."""
    if volgorde == "zonder_eerst":
        return frame.sort(zoekt_nemer(), "opdracht_id", descending=[True, False])
    if volgorde == "meeste_uren":
        return frame.sort(
            ["resterende_uren", "opdracht_id"], descending=[True, False], nulls_last=True
        )
    return frame.sort("opdracht_id")


def zoekt_nemer() -> pl.Expr:
    """An opdracht that still needs someone: no opdrachtnemer and not closed."""
    return pl.col("zonder_opdrachtnemer") & ~pl.col("status").is_in(EINDSTATUSSEN)


def gemeente_naam(code: str | None, namen: dict[str, str]) -> str:
    """A gemeente code as a person reads it; `REGIO` (the region as aanvrager) included."""
    if code is None:
        return ""
    return namen.get(code) or ("Regio Drechtsteden" if code == "REGIO" else code)


def lijst(frame: pl.DataFrame, namen: dict[str, str]) -> pl.DataFrame:
    """The shown columns: gemeente names, and ⚠ where the opdracht still needs someone."""
    met_naam = per_waarde(frame, "aanvrager", lambda c: gemeente_naam(c, namen), "gemeente")
    return met_naam.with_columns(
        pl.when(zoekt_nemer())
        .then(pl.lit("⚠ ") + pl.col("opdracht_id"))
        .otherwise(pl.col("opdracht_id"))
        .alias("nummer"),
    )


def filter_werkvoorraad(
    frame: pl.DataFrame,
    zoek: str = "",
    status: list[str] | None = None,
    soort: list[str] | None = None,
    fase: list[str] | None = None,
    gemeente: list[str] | None = None,
    winstpunt: list[str] | None = None,
) -> pl.DataFrame:
    """Apply the Werkvoorraad page's filters; an empty filter lets everything through.

    `zoek` looks in the opdrachtformulier's texts, forgiving case, accents and leading
    zeros (see `normaal`). `gemeente` matches the aanvrager, a deelnemer or the
    opdrachtnemer's gemeente.
    """
    voorwaarden: list[pl.Expr] = []
    gezocht = zoek_voorwaarde(zoek)
    if gezocht is not None:
        voorwaarden.append(gezocht)
    for kolom, waarden in (("status", status), ("soort_opdracht", soort), ("fase", fase)):
        if waarden:
            voorwaarden.append(pl.col(kolom).is_in(waarden))
    if gemeente:
        voorwaarden.append(
            pl.col("aanvrager").is_in(gemeente)
            | pl.col("opdrachtnemer_gemeente").is_in(gemeente)
            | pl.col("deelnemers").list.eval(pl.element().is_in(gemeente)).list.any()
        )
    if winstpunt:
        voorwaarden.append(
            pl.col("winstpunten").list.eval(pl.element().is_in(winstpunt)).list.any()
        )
    return frame.filter(*voorwaarden) if voorwaarden else frame


def filter_signalen(
    frame: pl.DataFrame, signaal: list[str] | None = None, gemeente: list[str] | None = None
) -> pl.DataFrame:
    """The Werkbank's signal filters; an empty filter lets everything through."""
    voorwaarden = []
    if signaal:
        voorwaarden.append(pl.col("signaal").is_in(signaal))
    if gemeente:
        voorwaarden.append(pl.col("gemeente").is_in(gemeente))
    return frame.filter(*voorwaarden) if voorwaarden else frame


def stap_tekst(stap: dict) -> str:
    """What a step of the opdracht's life set, in Dutch (empty for a plain status change)."""
    delen = []
    if stap["startdatum"] or stap["einddatum"]:
        van, tot = nl.datum(stap["startdatum"]) or "…", nl.datum(stap["einddatum"]) or "…"
        delen.append(f"planning {van} tot {tot}")
    if stap["begrote_uren"] is not None:
        delen.append(f"{nl.getal(stap['begrote_uren'], 1)} begrote uren")
    if stap["samengevoegd_uit"]:
        delen.append(f"{stap['samengevoegd_uit']} samengevoegd hierin")
    if stap["leidinggevende"]:
        delen.append(f"akkoord leidinggevende {stap['leidinggevende']}")
    if stap["akkoord_opdrachtgever"] is not None:
        delen.append(
            "akkoord opdrachtgevers" if stap["akkoord_opdrachtgever"] else "zonder akkoord"
        )
    if stap["akkoord_op"]:
        delen.append(f"akkoord op {nl.datum(stap['akkoord_op'])}")
    return "; ".join(delen)


def met_stapgegevens(historie: pl.DataFrame) -> pl.DataFrame:
    """The status history with `wat`: what each step set (planning, hours, akkoord, …)."""
    return historie.with_columns(
        pl.Series("wat", [stap_tekst(r) for r in historie.iter_rows(named=True)], pl.String)
    )
