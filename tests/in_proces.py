"""The `proeftuin` command run inside the test process, through click's CliRunner.

Why: a child process pays the interpreter's start and the imports of polars, DuckDB,
plotly and Typst (about one CPU second) before it does anything, and a test of what a
report *says* or a load *holds* does not need that boundary. Tests of what only a process
shows (the exit code through `main`, a signal, a Streamlit-free import, an atomic write
under kill) keep `tests.console.run_console_script`.
"""

from __future__ import annotations

import subprocess

from click.testing import CliRunner

from proeftuin.cli import app


def run_in_process(*args: str) -> subprocess.CompletedProcess:
    """`proeftuin ARGS` through `proeftuin.cli.app`, answered as `run_console_script`
    answers (exit code, stdout, stderr apart). An unexpected exception is raised, as
    the child's traceback would fail the test."""
    resultaat = CliRunner().invoke(app, list(args), catch_exceptions=False, terminal_width=200)
    return subprocess.CompletedProcess(
        ["proeftuin", *args], resultaat.exit_code, resultaat.stdout, resultaat.stderr
    )
