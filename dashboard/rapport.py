"""The PDF report as the Tussenstand page offers it: the command's report, read on the
dashboard's own connection to the warehouse it shows."""

from __future__ import annotations

from functools import partial

from dashboard import queries
from report.maak import maak_document, teken_pdf
from report.periode import Periode


def pdf(periode: Periode, gemeente_code: str | None = None) -> bytes:
    """The tussenstand (or a gemeente's statement) of `periode`, as `proeftuin rapport`
    writes it. Read uncached, under the connection's lock; drawn after the lock is free."""
    lees = partial(maak_document, periode=periode, gemeente_code=gemeente_code)
    return teken_pdf(lambda: queries.met_verbinding(lees))
