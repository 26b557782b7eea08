"""docs/deploy.md followed on this machine, as far as a test can (issue 21's "done when").

What a test cannot do is left out: apt-get, useradd, sudo, systemd and nginx with TLS.
What it does, in the doc's order: the service user's folder (the venv, `bron/`, `audit/`
0700), the server files written by `scripts/deploy_bestanden.py` (the doc shows the same,
`tests/docs/test_deploy_script.py`), the first ETL run with the ETL unit's own
`ExecStart`, an auth file made 0600 for a real `oidc-provider-mock`, and the platform
started with the service unit's own `ExecStart`. Then a controller logs in, starts a load
from the platform (a form action, on only with `--source`) and the audit trail holds the
login and the action.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard import audit
from tests.dashboard import chromium
from tests.dashboard.chromium import vereis_chromium, vrije_poort
from tests.dashboard.test_login_browser import _gebruiker

pytestmark = pytest.mark.browser

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "deploy_bestanden.py"
CONTROLLER = "controller@sliedrecht.nl"


def exec_start(unit: Path) -> list[str]:
    """The unit's `ExecStart` as an argument list (continuation lines joined)."""
    tekst = unit.read_text(encoding="utf-8").replace("\\\n", " ")
    [regel] = re.findall(r"^ExecStart=(.*)$", tekst, re.M)
    return shlex.split(regel)


def test_a_fresh_machine_following_deploy_md_serves_forms_login_and_an_audit_trail(
    demo_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, browser
):
    vereis_chromium()
    from oidc_provider_mock import run_server_in_thread

    # 1. install: the service user's home with the venv, the source and the audit folder
    thuis, wortel = tmp_path / "srv", tmp_path / "wortel"
    thuis.mkdir()
    (thuis / ".venv").symlink_to(Path(sys.executable).parents[1])
    shutil.copytree(demo_warehouse.parent / "bron", thuis / "bron")
    (thuis / "audit").mkdir(mode=0o700)
    for map_ in (thuis, thuis / "bron"):
        map_.chmod(0o750)
    auth = tmp_path / "etc" / "auth.toml"
    poort = vrije_poort()
    gemaakt = subprocess.run(
        [
            *(sys.executable, str(SCRIPT), "--doel", str(wortel), "--thuis", str(thuis)),
            *("--auth", str(auth), "--poort", str(poort), "--domein", "localhost"),
        ],
        capture_output=True,
        text=True,
    )
    assert gemaakt.returncode == 0, gemaakt.stderr
    units = wortel / "etc" / "systemd" / "system"
    # 2. the first ETL, as the nightly unit runs it
    subprocess.run(exec_start(units / "proeftuin-etl.service"), cwd=thuis, check=True)
    assert (thuis / "proeftuin.duckdb").is_file()
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")  # the mock speaks plain http
    with run_server_in_thread(port=vrije_poort()) as sli:
        _gebruiker(sli.server_port, CONTROLLER, {"email": CONTROLLER, "email_verified": True})
        # 4. the auth file, 0600 from the start (`install -m 600`)
        auth.parent.mkdir()
        os.close(os.open(auth, os.O_CREAT | os.O_WRONLY, 0o600))
        auth.write_text(
            f"""[oidc]
redirect_uri = "http://localhost:{poort}/oauth2callback"
cookie_secret = "{"k" * 40}"

[oidc.SLI]
server_metadata_url = "http://localhost:{sli.server_port}/.well-known/openid-configuration"
client_id = "proeftuin"
client_secret = "geheim"
email = true

[rollen]
"{CONTROLLER}" = "controller"
""",
            encoding="utf-8",
        )
        # 7. the service, with the unit's own command line and working folder
        log = tmp_path / "journal.log"
        with open(log, "w") as uit:
            proces = subprocess.Popen(
                exec_start(units / "proeftuin.service"),
                cwd=thuis,
                stdout=uit,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        url = f"http://localhost:{poort}"
        try:
            chromium.wacht_op_platform(url, proces)
            _laad_als_controller(browser, url)
        finally:
            os.killpg(proces.pid, 15)
            proces.wait(timeout=30)
    journaal = log.read_text(encoding="utf-8")
    assert f"Formulieren schrijven naar {thuis / 'bron'}/platform" in journaal
    assert f"Het auditlog staat in {thuis / 'audit'}" in journaal
    records = list(audit.zoek(thuis / "audit", date.today(), date.today()))
    # one login, though the controller opened two pages (two Streamlit sessions)
    ingelogd = [(r["rol"], r["gemeente"]) for r in records if r["soort"] == "inloggen"]
    assert ingelogd == [("controller", "SLI")]
    assert any(r["soort"] == "actie" and r.get("actie") == "etl" for r in records), records
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in (thuis / "audit").iterdir())


def _laad_als_controller(browser, url: str) -> None:
    pagina = browser.new_page(viewport=chromium.SCHERM, locale="nl-NL")
    pagina.goto(url)
    pagina.get_by_role("button", name="Inloggen", exact=True).click(timeout=60_000)
    pagina.wait_for_url("**/oauth2/authorize**", timeout=30_000)
    pagina.fill("input[name=sub]", CONTROLLER)
    pagina.get_by_role("button", name="Authorize").click()
    expect(pagina.get_by_role("button", name="Uitloggen")).to_be_visible(timeout=60_000)
    pagina.goto(f"{url}/data_kwaliteit")
    pagina.get_by_role("button", name="ETL nu starten").click(timeout=60_000)
    expect(pagina.get_by_text("Gegevens bijgewerkt").first).to_be_visible(timeout=300_000)
