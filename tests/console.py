"""The `proeftuin` command as a user runs it, in a child process, for the tests of every area."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_console_script(*args: str) -> subprocess.CompletedProcess:
    """`proeftuin ARGS` from this checkout: `python -m proeftuin` runs the console
    script's `main` (which ends the process with os._exit)."""
    return subprocess.run(
        [sys.executable, "-m", "proeftuin", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ | {"COLUMNS": "200", "PYTHONPATH": str(REPO)},
        timeout=300,
    )
