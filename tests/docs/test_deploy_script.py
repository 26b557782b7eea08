"""docs/deploy.md shows exactly the server files `scripts/deploy_bestanden.py` writes.

Why: the admin follows the page or runs the script; both must give the same units and
nginx site. Each file of the script appears in the doc as a fenced block right after a
line naming its path; the platform's and the ETL's command lines appear as the doc's
commands too.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "deploy_bestanden.py"


def _script():
    spec = importlib.util.spec_from_file_location("deploy_bestanden", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _blokken_per_pad(tekst: str) -> dict[str, str]:
    """Fenced blocks keyed by the last `/path` named on the line before them."""
    blokken = {}
    for m in re.finditer(r"([^\n]*)\n\n?```[a-z]*\n(.*?)```", tekst, re.S):
        paden = re.findall(r"`(/[^`]+)`", m.group(1))
        if paden:
            blokken[paden[-1]] = m.group(2)
    return blokken


def test_the_doc_shows_the_files_the_script_writes():
    script = _script()
    doc = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    blokken = _blokken_per_pad(doc)
    for pad, inhoud in script.bestanden().items():
        assert blokken.get(pad) == inhoud, f"{pad} in docs/deploy.md wijkt af van het script"
    assert script.platform_opdracht(script.THUIS, script.AUTH, script.POORT) in doc
    assert script.etl_opdracht(script.THUIS) in doc
    assert "scripts/deploy_bestanden.py" in doc


def test_the_script_writes_below_a_folder_and_never_over_a_file(tmp_path):
    def draai(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(SCRIPT), "--doel", str(tmp_path), *args],
            capture_output=True,
            text=True,
        )

    eerste = draai("--domein", "proeftuin.dordrecht.nl", "--poort", "8600")
    assert eerste.returncode == 0, eerste.stderr
    site = (tmp_path / "etc/nginx/sites-available/proeftuin").read_text(encoding="utf-8")
    assert "server_name proeftuin.dordrecht.nl;" in site
    assert "proxy_pass http://127.0.0.1:8600;" in site
    unit = (tmp_path / "etc/systemd/system/proeftuin.service").read_text(encoding="utf-8")
    assert "--port 8600" in unit and "--source /srv/proeftuin/bron" in unit
    tweede = draai()
    assert tweede.returncode == 1 and "bestaan al" in tweede.stderr
    assert "proeftuin.dordrecht.nl" in (tmp_path / "etc/nginx/sites-available/proeftuin").read_text(
        encoding="utf-8"
    )
