"""`proeftuin demo` run again keeps what the platform wrote, or asks before it wipes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from demo.generate import write_demo
from invoer.schrijven import OPDRACHTEN, submit_opdracht
from proeftuin import demo_invoer
from tests.dashboard.chromium import vrije_poort, wacht_op_platform


@pytest.fixture(scope="module")
def geschreven(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo folder as `proeftuin demo` leaves it: written, its platform/ remembered."""
    bron = tmp_path_factory.mktemp("demo") / "bron"
    write_demo(bron)
    demo_invoer.onthoud(bron)
    return bron


def een_toets(bron: Path) -> str:
    """What an employee does on *Opdracht aanmelden*, through the platform's own writer;
    returns the new opdracht's id."""
    formulier = {"titel": "Nota speeltuinen", "soort_opdracht": "lokaal", "aanvrager": "PAP"}
    return submit_opdracht(bron, formulier | {"begrote_uren": 40}, "eva@papendrecht.nl").opdracht_id


def test_untouched_demo_may_be_rewritten(geschreven: Path):
    assert demo_invoer.invoer(geschreven) == []
    assert demo_invoer.schrijf_opnieuw(geschreven, False, vraag=None)


def test_an_entry_is_found_and_kept_without_a_terminal(tmp_path: Path, geschreven, capsys):
    bron = tmp_path / "bron"
    subprocess.run(["cp", "-r", str(geschreven), str(bron)], check=True)
    een_toets(bron)
    assert demo_invoer.invoer(bron) == [demo_invoer.Invoer(OPDRACHTEN, 1)]
    assert not demo_invoer.schrijf_opnieuw(bron, False, vraag=None)
    uit = capsys.readouterr().out
    assert f"{OPDRACHTEN} (1 regel erbij)" in uit
    assert "De invoer blijft bewaard" in uit
    assert f"proeftuin dashboard --source {bron}" in uit
    assert "proeftuin demo --opnieuw" in uit


@pytest.mark.parametrize(
    ("antwoord", "wissen"), [("", False), ("n", False), ("nee", False), ("j", True), ("Ja ", True)]
)
def test_asks_in_dutch_and_no_is_the_default(tmp_path, geschreven, antwoord, wissen):
    bron = tmp_path / "bron"
    subprocess.run(["cp", "-r", str(geschreven), str(bron)], check=True)
    een_toets(bron)
    gevraagd: list[str] = []

    def vraag(tekst: str) -> str:
        gevraagd.append(tekst)
        return antwoord

    assert demo_invoer.schrijf_opnieuw(bron, False, vraag) is wissen
    assert gevraagd == ["Demo opnieuw schrijven en deze invoer wissen? [j/N] "]


def test_end_of_input_is_no(tmp_path, geschreven):
    bron = tmp_path / "bron"
    subprocess.run(["cp", "-r", str(geschreven), str(bron)], check=True)
    een_toets(bron)

    def vraag(tekst: str) -> str:
        raise EOFError

    assert not demo_invoer.schrijf_opnieuw(bron, False, vraag)
    assert demo_invoer.schrijf_opnieuw(bron, True, vraag)  # --opnieuw: no question


def test_a_folder_without_remembered_state_is_kept(tmp_path: Path):
    bron = tmp_path / "bron"
    write_demo(bron)  # by `proeftuin demo-data`, or an older `demo`: nothing remembered
    gevonden = demo_invoer.invoer(bron)
    assert gevonden and all(i.regels_erbij is None for i in gevonden)
    assert not demo_invoer.schrijf_opnieuw(bron, False, vraag=None)


def demo_tot_het_dashboard_draait(bron: Path, warehouse: Path) -> str:
    """Run `proeftuin demo` without a terminal (stdin closed) until its dashboard answers,
    then stop it; returns what it printed."""
    poort = vrije_poort()
    opties = ["--source", str(bron), "--warehouse", str(warehouse)]
    proces = subprocess.Popen(
        [sys.executable, "-m", "proeftuin", "demo", *opties, "--port", str(poort)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        start_new_session=True,
    )
    try:
        wacht_op_platform(f"http://localhost:{poort}", proces)
    finally:
        os.killpg(proces.pid, signal.SIGTERM)
        uit, _ = proces.communicate(timeout=30)
    return uit


def test_the_demo_command_run_again_keeps_the_entry(tmp_path: Path):
    bron, warehouse = tmp_path / "bron", tmp_path / "proeftuin.duckdb"
    demo_tot_het_dashboard_draait(bron, warehouse)
    nieuw = een_toets(bron)
    voor = (bron / OPDRACHTEN).read_bytes()
    uit = demo_tot_het_dashboard_draait(bron, warehouse)
    assert (bron / OPDRACHTEN).read_bytes() == voor
    assert "De invoer blijft bewaard" in " ".join(uit.split())
    with duckdb.connect(str(warehouse), read_only=True) as con:
        titel = con.execute("select titel from werkvoorraad where opdracht_id = ?", [nieuw])
        assert titel.fetchone() == ("Nota speeltuinen",)
