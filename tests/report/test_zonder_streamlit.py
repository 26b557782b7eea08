"""`proeftuin rapport` works without Streamlit: the report reads through the read model
(`cijfers`), never through the dashboard.

Each check runs in a child process whose `sys.modules` maps `streamlit` to None, so any
`import streamlit` fails there exactly as in a venv without it installed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.console import REPO
from tests.report.pdf import Pdf

_ZONDER = """
import sys
sys.modules["streamlit"] = None  # every import of streamlit now raises ImportError
{werk}
print(sorted(
    m for m, mod in sys.modules.items()
    if mod is not None and m.split(".")[0] in ("streamlit", "dashboard")
))
"""


def _zonder_streamlit(werk: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _ZONDER.format(werk=werk)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )


def test_every_module_of_the_report_and_the_read_model_imports_without_streamlit():
    modules = [
        ".".join(p.relative_to(REPO).with_suffix("").parts)
        for room in ("report", "cijfers")
        for p in sorted((REPO / room).glob("*.py"))
    ]
    assert "report.maak" in modules and "cijfers.queries" in modules
    resultaat = _zonder_streamlit("\n".join(f"import {m}" for m in modules))
    assert resultaat.returncode == 0, resultaat.stderr
    assert resultaat.stdout.strip() == "[]"


def test_the_rapport_command_writes_its_pdf_without_streamlit(demo_warehouse, tmp_path: Path):
    uit = tmp_path / "tussenstand.pdf"
    args = ["rapport", "--warehouse", str(demo_warehouse), "--periode", "2012-K1"]
    args += ["--uit", str(uit)]
    resultaat = _zonder_streamlit(
        "from proeftuin.cli import app\n"
        "try:\n"
        f"    app.main({args!r})\n"
        "except SystemExit as exc:\n"
        "    assert exc.code in (0, None), exc.code\n"
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    assert f"geschreven: {uit}" in resultaat.stdout
    assert resultaat.stdout.strip().endswith("[]")
    assert Pdf(uit).paginas
