"""The `proeftuin` command's own texts: help and usage errors in Dutch, exit codes kept."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from proeftuin.cli import app
from tests.console import run_console_script

ENGLISH = ("Usage", "Options", "Commands", "Error", "Missing", "required", "Show this", "Try ")


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})
    assert "Traceback" not in result.output
    return result


def assert_dutch(text: str) -> None:
    for word in ENGLISH:
        assert word not in text, f"Engels '{word}' in:\n{text}"


def test_no_arguments_shows_the_dutch_overview():
    result = invoke()
    assert result.exit_code == 2
    assert "Gebruik: proeftuin [OPTIES] OPDRACHT [ARGUMENTEN]..." in result.output
    assert "Opdrachten:" in result.output
    for command in ("dashboard", "demo", "demo-data", "etl"):
        assert f"  {command} " in result.output
    assert_dutch(result.output)


def test_etl_help_names_the_required_options():
    result = invoke("etl", "--help")
    assert result.exit_code == 0
    assert "Gebruik: proeftuin etl [OPTIES]" in result.output
    assert "--source MAP" in result.output and "--warehouse BESTAND" in result.output
    assert result.output.count("[verplicht]") == 1
    assert "--help               Toon deze hulp en stop." in result.output
    assert_dutch(result.output)


def test_dashboard_help_gives_the_defaults():
    result = invoke("dashboard", "--help")
    assert result.exit_code == 0
    text = " ".join(result.output.split())  # the help wraps at the terminal's width
    assert "Het warehouse-bestand (DuckDB). Standaard: data/proeftuin.duckdb." in text
    assert "Poort. Standaard: 8501." in text
    assert "Standaard: 127.0.0.1 (alleen deze computer); elk ander adres vraagt --auth." in text
    assert_dutch(result.output)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["etl", "--warehouse", "w.duckdb"], "Fout: optie --source ontbreekt"),
        (["etl", "--source"], "Fout: optie --source heeft een waarde nodig"),
        (["etl", "--strict=ja"], "Fout: optie --strict neemt geen waarde"),
        (
            ["etl", "--source", "b", "--warehous", "w"],
            "Fout: onbekende optie --warehous; bedoelt u --warehouse?",
        ),
        (
            ["etll"],
            "Fout: onbekende opdracht 'etll' "
            "(kies uit: audit, dashboard, demo, demo-data, etl, rapport, vaststellen)",
        ),
        (["demo-data"], "Fout: argument MAP ontbreekt"),
        (
            ["demo-data", "d", "--registraties", "nul"],
            "Fout: ongeldige waarde voor --registraties: 'nul' is geen geheel getal",
        ),
        (
            ["demo-data", "d", "--registraties", "0"],
            "Fout: ongeldige waarde voor --registraties: 0 valt buiten het bereik (van 1 of meer)",
        ),
        (
            ["dashboard", "--port", "70000"],
            "Fout: ongeldige waarde voor --port: 70000 valt buiten het bereik "
            "(van 1 tot en met 65535)",
        ),
    ],
)
def test_usage_errors_are_dutch_with_exit_code_2(args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.output
    assert_dutch(result.output)


def test_usage_error_says_where_help_is():
    result = invoke("etl")
    assert "Gebruik: proeftuin etl [OPTIES]" in result.output
    assert "Hulp: proeftuin etl --help" in result.output


def test_console_script_flushes_its_output_and_keeps_the_exit_code(bron, tmp_path):
    target = tmp_path / "w.duckdb"
    ok = run_console_script("etl", "--source", str(bron), "--warehouse", str(target))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.rstrip().splitlines()[-1].startswith("Duur: ")  # the last line arrived
    assert target.is_file()

    missing = run_console_script("etl", "--source", str(tmp_path / "nergens"), "--warehouse", "w")
    assert missing.returncode == 1
    assert f"bronmap '{tmp_path / 'nergens'}' bestaat niet" in missing.stdout

    usage = run_console_script("etl")
    assert usage.returncode == 2
    assert "Fout: optie --source ontbreekt" in usage.stderr
