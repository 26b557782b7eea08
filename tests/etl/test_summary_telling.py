"""The rejection count a controller reads adds up: the table's total counts rows, and the
line naming the full list counts the same rows, with a rejected whole file apart."""

from __future__ import annotations

import io
import re

from rich.console import Console

from etl.report import Reporter
from tests.etl.helpers import UREN_HEADER, write_csv


def _tekst(outcome) -> str:
    console = Console(width=120, record=True, file=io.StringIO(), highlight=False)
    Reporter(console).summary(outcome)
    return console.export_text()


def test_a_rejected_file_is_not_counted_as_a_row(bron, etl):
    rijen = [["M-1", "PT-1", "01-02-2012", "25"], ["M-1", "PT-1", "31-02-2012", "3"]]
    write_csv(bron / "dordrecht" / "uren.csv", [UREN_HEADER, *rijen])
    write_csv(bron / "dordrecht" / "uren_zonder_datum.csv", [["medewerker_id"], ["M-1"]])
    tekst = _tekst(etl(bron))
    totaal = re.search(r"^totaal\s.*?(\d+)\s*$", tekst, re.MULTILINE)
    assert totaal and totaal.group(1) == "2"
    assert "Volledige lijst afgekeurd (2 rijen en 1 bestand): " in tekst


def test_only_rows_no_file(bron, etl):
    write_csv(bron / "dordrecht" / "uren.csv", [UREN_HEADER, ["M-1", "PT-1", "01-02-2012", "25"]])
    assert "Volledige lijst afgekeurd (1 rij): " in _tekst(etl(bron))
