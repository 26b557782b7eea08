"""`proeftuin rapport` draws its charts in its own process: no Chromium, no browser driver.

The command runs in a child process with a PATH that holds no browser and `BROWSER_PATH`
(which the kaleido era read) pointing at nothing; the child reports which browser drivers
it imported. Had the report started a browser, it could not have found one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.console import REPO
from tests.report.pdf import Pdf

_DRIVERS = ("kaleido", "choreographer", "playwright", "selenium")
_WERK = """
import sys
from proeftuin.cli import app
try:
    app.main({args!r})
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
print(sorted(m for m in sys.modules if m.split(".")[0] in {drivers!r}))
"""


def test_the_report_is_written_without_any_browser(klein_warehouse: Path, tmp_path: Path):
    uit = tmp_path / "tussenstand.pdf"
    args = ["rapport", "--warehouse", str(klein_warehouse), "--periode", "2012", "--uit", str(uit)]
    env = os.environ | {
        "PATH": str(Path(sys.executable).parent),  # the venv's own commands only
        "BROWSER_PATH": str(tmp_path / "geen-chromium"),
    }
    resultaat = subprocess.run(
        [sys.executable, "-c", _WERK.format(args=args, drivers=_DRIVERS)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
    )
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    assert f"geschreven: {uit}" in resultaat.stdout
    assert resultaat.stdout.strip().endswith("[]")  # no browser driver imported
    assert "Chromium" not in resultaat.stderr
    assert Pdf(uit).paginas
