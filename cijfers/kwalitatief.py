"""Quality and learning in words (issue 22): the reads of the interview sample, the
interviews, the satisfaction measures, the MT's leerverhalen and the portefeuillehouders'
expectations, and the one rule for the persons in their free texts.

Why the rule lives here: the dashboard page and the eindevaluatie show the same texts,
and a text written about an opdracht may name the medewerker who did it. A role without
person-level data (contract section 8: all but the MT) reads the text with every known
name, personnel number and e-mail address of a medewerker, and any other e-mail address or
telephone number, replaced by a neutral word. Texts stay plain text; the pages and the
report never read them as markdown or HTML.
"""

from __future__ import annotations

import functools
import re
from datetime import date

import polars as pl

from cijfers.queries import Con, lees
from dutch import format as fmt

PERSOON = "[naam]"
NUMMER = "[nummer]"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_TELEFOON = re.compile(r"(?<!\w)(\+31|0)[\d -]{8,13}\d(?!\w)")


def persoonsaanduidingen(con: Con) -> tuple[str, ...]:
    """Every name, personnel number and e-mail address of a loaded medewerker, longest first."""
    return tuple(lees(con, "select tekst from intern.persoonsaanduidingen")["tekst"].to_list())


def zonder_personen(tekst: str | None, aanduidingen: tuple[str, ...]) -> str | None:
    """`tekst` with each person's name or number replaced (whole words, any case), one
    after the other in the given order.

    Only an aanduiding that occurs in the text (compared case-folded) is tried: with
    thousands of medewerkers a regular expression per aanduiding per text overflowed
    `re`'s cache and compiled a million patterns per page run (30 s at 1M registrations).
    """
    if tekst is None:
        return None
    tekst = _EMAIL.sub(PERSOON, tekst)
    gevouwen = tekst.casefold()
    for aanduiding in aanduidingen:
        if aanduiding.casefold() in gevouwen:
            tekst = _patroon(aanduiding).sub(PERSOON, tekst)
            gevouwen = tekst.casefold()
    return _TELEFOON.sub(NUMMER, tekst)


@functools.lru_cache(maxsize=4096)
def _patroon(aanduiding: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(aanduiding)}(?!\w)", flags=re.I)


def teksten_zonder_personen(
    frame: pl.DataFrame, kolommen: tuple[str, ...], aanduidingen: tuple[str, ...]
) -> pl.DataFrame:
    """`frame` with its free-text `kolommen` as a role without person-level data reads them."""
    # a list comprehension, not map_elements: no Python on polars' thread pool (test_structure)
    return frame.with_columns(
        pl.Series(k, [zonder_personen(t, aanduidingen) for t in frame[k]], dtype=pl.String)
        for k in kolommen
    )


def interviewsteekproef(con: Con, jaar: int | None = None) -> pl.DataFrame:
    """The opdrachten the platform drew for an interview, per kwartaal (of `jaar`, or all)."""
    return lees(
        con, "select * from interviewsteekproef where ?::integer is null or jaar = ?", jaar, jaar
    )


def interviews(con: Con, jaar: int | None = None) -> pl.DataFrame:
    """The recorded interviews (of `jaar`, or all), each marked in or out of the sample."""
    return lees(
        con, "select * from interviews_lijst where ?::integer is null or jaar = ?", jaar, jaar
    )


def tevredenheid(con: Con, jaar: int | None = None) -> pl.DataFrame:
    """The satisfaction measures per role (of `jaar`, or all)."""
    return lees(
        con, "select * from tevredenheid_per_rol where ?::integer is null or jaar = ?", jaar, jaar
    )


def leerverhalen(con: Con, jaar: int | None = None) -> pl.DataFrame:
    """The MT's leerverhalen (of `jaar`, or all)."""
    return lees(
        con, "select * from leerverhalen_lijst where ?::integer is null or jaar = ?", jaar, jaar
    )


def verwachtingen(con: Con, peildatum: date | None = None) -> pl.DataFrame:
    """The portefeuillehouders' expectations up to `peildatum`, each beside its measure."""
    return lees(con, "select * from verwachtingen_op(?)", peildatum)


ROL_WOORDEN = {
    "bestuurlijk_opdrachtgever": "bestuurlijk opdrachtgever",
    "ambtelijk_opdrachtgever": "ambtelijk opdrachtgever",
    "opdrachtnemer": "opdrachtnemer",
    "mt": "proeftuin-MT",
}
MAATSTAF_WOORDEN = {
    "afgeronde_opdrachten": "afgeronde opdrachten",
    "uren_gebracht": "gebrachte uren",
    "besparing_eur": "gerealiseerde besparing",
    "tevredenheid": "tevredenheid (cijfer)",
}


def _waarde(maatstaf: str | None, waarde: float | None) -> str:
    """A measured or aimed-at value in the unit of its maatstaf."""
    if maatstaf is None or waarde is None:
        return ""
    if maatstaf == "besparing_eur":
        return fmt.euro(waarde, 2)
    return fmt.getal(waarde, 1 if maatstaf == "tevredenheid" else 0)


def verwachtingen_getoond(frame: pl.DataFrame) -> pl.DataFrame:
    """The expectations as a reader sees them (page and report alike): the maatstaf in
    words, streefwaarde and gemeten in its unit, uitgekomen ja/nee (empty without maatstaf)."""
    rijen = list(frame.iter_rows(named=True))
    kolommen = {
        "maatstaf_tekst": [MAATSTAF_WOORDEN.get(r["maatstaf"] or "", "") for r in rijen],
        "streefwaarde_tekst": [_waarde(r["maatstaf"], r["streefwaarde"]) for r in rijen],
        "gemeten_tekst": [_waarde(r["maatstaf"], r["gemeten"]) for r in rijen],
        "uitgekomen": ["" if r["gehaald"] is None else fmt.ja_nee(r["gehaald"]) for r in rijen],
    }
    return frame.with_columns(pl.Series(k, v, dtype=pl.String) for k, v in kolommen.items())


def rol_woorden(frame: pl.DataFrame) -> pl.DataFrame:
    """The `rol` column in words."""
    return frame.with_columns(pl.col("rol").replace_strict(ROL_WOORDEN, default=pl.col("rol")))
