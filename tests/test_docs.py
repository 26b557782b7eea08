"""The documentation names what the code has: every command and option, every interface
view and macro, every room and module.

Why a test: a command, view or module added without a word in the docs is invisible to the
controller, the analyst or the next developer; this fails until the docs say it.
"""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

from proeftuin.cli import app
from tests.test_structure import RANK, ROOT

DOCS = ROOT / "docs"


def _tekst(*paden: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in paden)


def _in_backticks(tekst: str) -> set[str]:
    """Every word of `tekst` written as code (`naam`, `naam.py`, `naam(...)`, `map/`),
    in a code span or a fenced block."""
    blokken = re.findall(r"```.*?```", tekst, flags=re.DOTALL)
    spans = re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", tekst, flags=re.DOTALL))
    return {w for code in [*blokken, *spans] for w in re.findall(r"[\w./-]+", code)}


ALLE_DOCS = _tekst(ROOT / "README.md", *sorted(DOCS.glob("*.md")))


@pytest.mark.parametrize("naam", sorted(app.commands))
def test_every_command_and_its_options_are_documented(naam):
    assert f"proeftuin {naam}" in ALLE_DOCS
    opties = [o for p in app.commands[naam].params for o in p.opts if o.startswith("--")]
    assert [o for o in opties if o not in ALLE_DOCS] == []


def test_every_view_and_macro_is_in_the_sql_interface():
    views = {p.stem for p in (ROOT / "sql" / "views").glob("*.sql")}
    assert views, "geen views gevonden"
    assert sorted(views - _in_backticks(_tekst(DOCS / "sql-interface.md"))) == []


def test_every_room_and_module_is_in_the_architecture():
    genoemd = _in_backticks(_tekst(DOCS / "architecture.md"))
    ontbreekt = [
        str(pad.relative_to(ROOT))
        for room in RANK
        for pad in sorted((ROOT / room).rglob("*.py"))
        if pad.stem != "__init__"
        and pad.name not in genoemd
        and pad.stem not in genoemd
        and f"{pad.parent.name}/" not in genoemd  # `pages/`: one module per page
    ]
    assert ontbreekt == []
    assert [r for r in RANK if f"{r}/" not in genoemd] == []


def test_the_cli_reference_is_the_help_of_today():
    """docs/cli.md is generated from `--help`; rerun scripts/cli_referentie.py after a
    change to a command."""
    script = runpy.run_path(str(ROOT / "scripts" / "cli_referentie.py"))
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == script["referentie"](), (
        "docs/cli.md is verouderd: .venv/bin/python scripts/cli_referentie.py"
    )
