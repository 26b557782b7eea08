"""The report's tables as an Excel workbook: balance, the plan's matrix, the settlement, the
KPIs, with numbers as numbers, for a griffie or controller that works on.

Written by the project's one XLSX writer (`cijfers.export.naar_xlsx`): every text cell is
neutralised (an opdracht titled `=HYPERLINK(...)` stays text), dates are real dates. Each
figure is rounded as the PDF prints it (`dutch.afronding`), so the two agree.
"""

from __future__ import annotations

import polars as pl

from cijfers import kolommen, queries
from cijfers.boekjaren import met_namen
from cijfers.export import met_koppen, naar_xlsx
from cijfers.queries import Con
from dutch import format as fmt
from dutch.afronding import afgerond, tegoed_matrix
from report import afsluiting, inhoud
from report.inhoud import Document
from report.periode import Periode


def bladen(con: Con, periode: Periode) -> dict[str, pl.DataFrame]:
    """The sheets: Urenbalans, Matrix (with Uren totalen and Staat gelijk aan), Verrekening,
    Kengetallen (per winstpunt), each as of the peildatum."""
    namen = queries.gemeente_namen(con)
    balans_kolommen = list(kolommen.URENBALANS_MET_EURO)
    balans = afgerond(
        queries.urenbalans(con, periode.peildatum), kolommen.afronding(balans_kolommen)
    )
    matrix, _ = tegoed_matrix(
        queries.tussenstand_uren_tegoed(con, periode.peildatum),
        namen,
        inhoud.matrix_tarief(con, periode),
    )
    verrekening = met_namen(queries.verrekening(con, periode.peildatum), namen)
    kpi = queries.kpi_winstpunt(con, periode.peildatum)
    return {
        "Urenbalans": met_koppen(balans, kolommen.koppen(balans_kolommen)),
        "Matrix": matrix,
        "Verrekening": met_koppen(verrekening, kolommen.koppen(afsluiting.VERREKENING_KOLOMMEN)),
        "Kengetallen": met_koppen(
            kpi,
            {
                "winstpunt": "Winstpunt",
                "omschrijving": "Omschrijving",
                "aantal_opdrachten": "Opdrachten",
                "aantal_afgerond": "Afgerond",
                "aantal_akkoord": "Akkoord",
                "gerealiseerde_uren": "Uren",
                "aantal_evaluaties": "Evaluaties (per winstpunt)",
                "gemiddelde_score": "Gem. product",
                "gemiddelde_score_proces": "Gem. proces",
            },
        ),
    }


def naar_excel(con: Con, periode: Periode, document: Document) -> bytes:
    """The workbook of `bladen`, titled as `document` (tussenstand or statement)."""
    return naar_xlsx(
        bladen(con, periode),
        titel=f"{document.titel}, {document.ondertitel.lower()} (peildatum "
        f"{fmt.datum(periode.peildatum)})",
    )
