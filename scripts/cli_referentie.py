"""Write docs/cli.md: the help of `proeftuin` and of each of its commands, exactly as
`--help` shows it (100 columns wide).

Why generated: the help is the one description of each option; a copy written by hand
drifts. `tests/test_docs.py` fails when docs/cli.md differs from what this writes; then
run `.venv/bin/python scripts/cli_referentie.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
DOEL = REPO / "docs" / "cli.md"


def referentie() -> str:
    """The reference as Markdown: one section per command, its help in a code block."""
    sys.path.insert(0, str(REPO))
    from proeftuin.cli import app

    runner = CliRunner(env={"COLUMNS": "100"})
    delen = [
        "# The `proeftuin` command: every command's help\n",
        "Generated from `--help` by `scripts/cli_referentie.py`; do not edit by hand "
        "(`tests/test_docs.py` checks that it is current).\n",
    ]
    for naam in ["", *app.commands]:
        uitkomst = runner.invoke(app, [naam, "--help"] if naam else ["--help"])
        assert uitkomst.exit_code == 0, uitkomst.output
        delen.append(f"## `proeftuin{' ' + naam if naam else ''}`\n")
        delen.append(f"```text\n{uitkomst.output.rstrip()}\n```\n")
    return "\n".join(delen)


if __name__ == "__main__":
    DOEL.write_text(referentie(), encoding="utf-8")
    print(f"{DOEL} geschreven")
