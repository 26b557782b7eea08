"""A vastgesteld quarter's report stays the same after late data is loaded, word for word,
and says that it is vastgesteld; the report of the open quarter lists the correctie."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from proeftuin.cli import app
from tests.etl.helpers import write_csv
from tests.vaststelling.conftest import UREN, laad, vaststellen

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _rapport(warehouse: Path, periode: str, uit: Path, *extra: str) -> str:
    result = CliRunner().invoke(
        app,
        ["rapport", "--warehouse", str(warehouse), "--periode", periode, "--uit", str(uit), *extra],
    )
    assert result.exit_code == 0, result.output
    return "\n".join(pagina.extract_text() for pagina in PdfReader(uit).pages)


def test_the_report_of_a_vastgesteld_quarter_does_not_change(bron, warehouse, tmp_path):
    laad(bron, warehouse)
    assert vaststellen(bron, warehouse, "--periode", "2012-K1", "--door", "Carla")[0] == 0
    laad(bron, warehouse)
    voor = _rapport(warehouse, "2012-K1", tmp_path / "voor.pdf")
    gemeente_voor = _rapport(warehouse, "2012-K1", tmp_path / "alb-voor.pdf", "--gemeente", "ALB")
    assert "vastgesteld op" in voor and "door Carla (2012-K1)" in voor
    assert "saldi vanaf 1 januari 2012" in voor

    write_csv(bron / "uren_laat.csv", [UREN, ["M-DOR", "A", "15-03-2012", "3"]])
    laad(bron, warehouse)
    assert _rapport(warehouse, "2012-K1", tmp_path / "na.pdf") == voor
    assert _rapport(warehouse, "2012-K1", tmp_path / "alb-na.pdf", "--gemeente", "ALB") == (
        gemeente_voor
    )
    # the open quarter counts the late row and says so
    k2 = _rapport(warehouse, "2012-K2", tmp_path / "k2.pdf")
    assert "Correcties na vaststelling" in k2 and "uren_laat.csv" in k2
    assert "voorlopig" in k2
