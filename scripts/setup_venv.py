"""Create (or reuse) the checkout's virtual environment `.venv` and install proeftuin in it.

README command 1 runs this with whatever `python3` the user has. A distribution's Python
(Debian 12, Ubuntu 24.04) is "externally managed" (PEP 668): pip refuses to install into
it, so the project gets its own environment, which works the same on python.org, pyenv
and conda Pythons. Before anything is installed, the Python version is checked against
pyproject's `requires-python`, so an old Python gets one Dutch line instead of pip's
English resolver error. That is also why this file must still *parse* on old Pythons:
no f-strings or other syntax newer than Python 3.4 (the tests parse it with that grammar
and run it with every old Python found on the machine).
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python")
USAGE = "gebruik: python3 scripts/setup_venv.py [--test]"


def required_version(pyproject_text: str) -> "tuple[int, int]":
    """The minimum (major, minor) of `requires-python = ">=X.Y"` (read without tomllib,
    which old Pythons lack)."""
    found = re.search(r'^requires-python\s*=\s*">=\s*(\d+)\.(\d+)', pyproject_text, re.M)
    if found is None:
        raise ValueError('pyproject.toml mist requires-python = ">=X.Y"')
    return int(found.group(1)), int(found.group(2))


def version_error(version: "tuple[int, ...]", required: "tuple[int, int]", python: str) -> str:
    """The Dutch one-line refusal for a Python older than `required`, or "" if it will do."""
    if tuple(version[:2]) >= required:
        return ""
    return (
        "Fout: proeftuin vraagt Python "
        + ".".join(str(part) for part in required)
        + " of nieuwer, maar "
        + python
        + " is "
        + ".".join(str(part) for part in version[:3])
        + "; start deze opdracht met een nieuwere Python."
    )


def venv_is_usable(required: "tuple[int, int]") -> bool:
    """Whether an existing .venv runs, has pip and is new enough (a venv made by an old or
    since removed Python, or one whose creation failed half-way, is made again)."""
    if not os.path.exists(VENV_PYTHON):
        return False
    probe = subprocess.run(
        [VENV_PYTHON, "-c", "import pip, sys; print(*sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        return False
    return tuple(int(part) for part in probe.stdout.split()) >= required


def create_venv() -> None:
    """`python -m venv --clear .venv`, after checking the one part Debian ships apart."""
    try:
        import ensurepip  # noqa: F401  (Debian/Ubuntu split it off into python3-venv)
    except ImportError:
        sys.exit(
            "Fout: deze Python kan geen virtuele omgeving maken; installeer het pakket "
            "python3-venv (sudo apt install python3-venv) en start deze opdracht opnieuw."
        )
    print("== Virtuele omgeving .venv maken met " + sys.executable, flush=True)
    if subprocess.run([sys.executable, "-m", "venv", "--clear", VENV], check=False).returncode:
        sys.exit("Fout: de virtuele omgeving .venv kon niet gemaakt worden (zie hierboven).")


def main(args: "list[str]") -> int:
    if args not in ([], ["--test"]):
        sys.stderr.write("Fout: onbekende optie " + " ".join(args) + "; " + USAGE + "\n")
        return 2
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as pyproject:
        required = required_version(pyproject.read())
    refusal = version_error(tuple(sys.version_info), required, sys.executable)
    if refusal:
        sys.stderr.write(refusal + "\n")
        return 1
    if venv_is_usable(required):
        print("== Virtuele omgeving .venv hergebruiken", flush=True)
    else:
        create_venv()
    target = ".[test]" if args else "."
    print(
        "== proeftuin installeren in .venv (de eerste keer duurt dat een paar minuten)", flush=True
    )
    installed = subprocess.run(
        [
            VENV_PYTHON,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-e",
            target,
        ],
        cwd=ROOT,
        check=False,
    )
    if installed.returncode:
        sys.stderr.write("Fout: pip kon proeftuin niet installeren in .venv (zie hierboven).\n")
        return 1
    print(
        "Klaar. Start proeftuin voortaan met .venv/bin/proeftuin"
        " (of eerst: source .venv/bin/activate)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
