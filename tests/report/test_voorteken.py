"""Charts drawn ahead after a load (`report.voorteken`): the first report of a new
warehouse build then starts no browser."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from report.grafieken import CACHE_ENV
from report.voorteken import standaard_perioden, voorteken
from tests.console import run_console_script
from tests.dashboard.conftest import demo_warehouse  # noqa: F401


def test_the_reports_drawn_ahead_are_the_latest_quarter_half_year_and_year():
    assert standaard_perioden(date(2012, 8, 15)) == ["2012-K3", "2012-H2", "2012"]
    assert standaard_perioden(date(2026, 12, 7)) == ["2026-K4", "2026-H2", "2026"]
    assert standaard_perioden(date(2013, 1, 1)) == ["2013-K1", "2013-H1", "2013"]


@pytest.mark.slow
@pytest.mark.browser
def test_the_year_report_after_drawing_ahead_starts_no_browser(
    demo_warehouse: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """Drawn ahead with the real Chromium; then the report gets a 'browser' that only
    leaves a trace: had the report started it, the trace would be there (and the report
    would fail, as that browser draws nothing)."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "grafieken"))
    assert voorteken(demo_warehouse) == ["2012-K4", "2012-H2", "2012"]
    spoor = tmp_path / "browser-gestart"
    nep = tmp_path / "chromium"
    nep.write_text(f"#!/bin/sh\ntouch {spoor}\nexit 1\n")
    nep.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(nep))
    uit = tmp_path / "tussenstand-2012.pdf"
    resultaat = run_console_script(
        "rapport", "--warehouse", str(demo_warehouse), "--periode", "2012", "--uit", str(uit)
    )
    assert resultaat.returncode == 0, resultaat.stderr
    assert uit.read_bytes().startswith(b"%PDF")
    assert not spoor.exists()
