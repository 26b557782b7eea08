"""README command 1's install part, `python3 scripts/setup_venv.py`, up to where pip starts.

The whole install with the distribution's Python (Debian's /usr/bin/python3 on a PATH
without any other Python) is proven by every CI run: `.ci/run` builds its .venv with it
and runs this suite from there. These tests cover what that run cannot: the Dutch refusal
of an old Python (with every old Python found on this machine, plus one that only claims
to be 3.9), and the reuse of an existing .venv.
"""

from __future__ import annotations

import ast
import glob
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "setup_venv.py"

spec = importlib.util.spec_from_file_location("setup_venv", SCRIPT)
assert spec is not None and spec.loader is not None
setup_venv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(setup_venv)

REQUIRED = setup_venv.required_version((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def old_pythons() -> list[str]:
    """Interpreters on this machine older than requires-python (pyenv's, a distribution's)."""
    found = set()
    candidates = glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3"))
    candidates += [shutil.which(f"python3.{minor}") or "" for minor in range(4, REQUIRED[1])]
    for python in filter(None, candidates):
        version = subprocess.run(
            [python, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if version and tuple(map(int, version)) < REQUIRED:
            found.add(os.path.realpath(python))
    return sorted(found)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the two files the script reads, so a broken gate cannot touch the repo."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(SCRIPT, tmp_path / "scripts")
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    return tmp_path


def fake_old_python(tmp_path: Path) -> str:
    """This test's own Python, claiming to be 3.9.18 (for machines without a real old one)."""
    fake = tmp_path / "python3.9"
    claim = (
        f"import runpy, sys; sys.version_info = (3, 9, 18, 'final', 0); sys.executable = '{fake}'; "
        "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
    )
    fake.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "{claim}" "$@"\n')
    fake.chmod(0o755)
    return str(fake)


def test_requires_python_is_the_one_bound_the_gate_reads() -> None:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    declared = tomllib.loads(text)["project"]["requires-python"]
    assert declared == f">={REQUIRED[0]}.{REQUIRED[1]}"


def test_the_script_still_parses_on_old_pythons() -> None:
    """Old Pythons must reach the version check, not a SyntaxError. ast's 3.4 grammar is
    best-effort (it lets f-strings through), so the newer syntax is also looked for."""
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"), feature_version=(3, 4))
    newer = (ast.JoinedStr, ast.NamedExpr, ast.AnnAssign, ast.Match, ast.AsyncFunctionDef)
    assert [type(node).__name__ for node in ast.walk(tree) if isinstance(node, newer)] == []
    # evaluated at def time: `tuple[int, int]` or `str | None` fail before 3.9/3.10
    generic = [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        for note in [node.returns, *(arg.annotation for arg in node.args.args)]
        if isinstance(note, (ast.Subscript, ast.BinOp))
    ]
    assert generic == []
    assert "version_error" in {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}


@pytest.mark.parametrize("real", [*old_pythons(), "fake"])
def test_an_old_python_gets_one_dutch_line_and_nothing_is_made(real: str, checkout: Path) -> None:
    python = fake_old_python(checkout) if real == "fake" else real
    done = subprocess.run(
        [python, str(checkout / "scripts" / "setup_venv.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    line = f"Python {REQUIRED[0]}.{REQUIRED[1]} of nieuwer"
    assert done.stderr.startswith(f"Fout: proeftuin vraagt {line}, maar {python} is 3.")
    assert done.stderr.count("\n") == 1
    assert not (checkout / ".venv").exists()


def test_a_python_that_will_do_passes_the_gate() -> None:
    assert setup_venv.version_error((*REQUIRED, 0), REQUIRED, "python3") == ""
    assert setup_venv.version_error((REQUIRED[0], REQUIRED[1] - 1, 9), REQUIRED, "python3")


def test_an_existing_venv_is_reused_and_a_failing_pip_is_reported(checkout: Path) -> None:
    bin_dir = checkout / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    log = checkout / "calls.log"
    # a venv python that answers the probe and fails pip, logging how it was called
    (bin_dir / "python").write_text(
        f'#!/bin/sh\necho "$*" >> "{log}"\n'
        f'[ "$1" = -c ] && {{ echo {REQUIRED[0]} {REQUIRED[1]}; exit 0; }}\nexit 3\n'
    )
    (bin_dir / "python").chmod(0o755)
    done = subprocess.run(
        [sys.executable, str(checkout / "scripts" / "setup_venv.py"), "--test"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert "hergebruiken" in done.stdout
    assert done.stderr.strip().endswith(
        "Fout: pip kon proeftuin niet installeren in .venv (zie hierboven)."
    )
    calls = log.read_text().splitlines()
    assert calls[1:] == ["-m pip install --quiet --disable-pip-version-check -e .[test]"]


def test_a_broken_venv_is_made_again(checkout: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = checkout / ".venv" / "bin" / "python"
    broken.parent.mkdir(parents=True)
    broken.write_text("#!/bin/sh\nexit 1\n")  # e.g. the Python it pointed to was removed
    broken.chmod(0o755)
    monkeypatch.setattr(setup_venv, "VENV_PYTHON", str(broken))
    assert not setup_venv.venv_is_usable(REQUIRED)


def test_without_ensurepip_the_debian_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ensurepip", None)  # as on Debian without python3-venv
    with pytest.raises(SystemExit, match=r"installeer het pakket python3-venv \(sudo apt"):
        setup_venv.create_venv()
