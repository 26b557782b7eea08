"""Run `proeftuin etl` in a child process and measure it: exit code, output, peak memory, time.

Why a child: a hostile file must not take the ETL down, and memory must be measured for
the run alone (see `_MEASURE`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.console import REPO

GIB = 2**30
MAX_SECONDS = 10.0


@dataclass
class ChildRun:
    code: int
    out: str
    err: str
    rss_bytes: int
    seconds: float

    @property
    def text(self) -> str:
        return self.out + self.err

    def assert_sane(self) -> None:
        """The bar of every hostile case: no crash, under 1 GiB, under 10 s."""
        assert "Traceback" not in self.text, self.text
        assert self.rss_bytes < GIB, f"{self.rss_bytes / 2**20:.0f} MiB"
        assert self.seconds < MAX_SECONDS, f"{self.seconds:.1f} s"


def etl_args(source: Path, warehouse: Path, *extra: str) -> list[str]:
    """The command line of `proeftuin etl` on this checkout's code."""
    args = [sys.executable, "-m", "proeftuin", "etl", "--source", str(source)]
    return [*args, "--warehouse", str(warehouse), *extra]


def start_etl(source: Path, warehouse: Path, **popen: Any) -> subprocess.Popen:
    """`proeftuin etl` started in the background (to wait for, signal or run beside)."""
    env = os.environ | {"PYTHONPATH": str(REPO)}
    return subprocess.Popen(etl_args(source, warehouse), cwd=REPO, env=env, **popen)


def run_etl_child(source: Path, warehouse: Path, *extra: str, env: dict | None = None) -> ChildRun:
    return run_child(etl_args(source, warehouse, *extra), env=env)


# Runs the command and writes its peak memory (KiB) to the file named in the environment.
# Why this small wrapper: a child forked straight from pytest reports pytest's own peak
# (the forked image counts until exec); a child of a fresh small interpreter does not.
_MEASURE = """
import os, resource, subprocess, sys
code = subprocess.call(sys.argv[1:])
with open(os.environ["HOSTILE_RSS_FILE"], "w") as fh:
    fh.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code if code >= 0 else 128 - code)
"""


def run_child(args: list[str], env: dict | None = None) -> ChildRun:
    """Run `args` and return its exit code, output, peak memory and wall time."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as tmp,
    ):
        rss_file = Path(tmp) / "rss"
        start = time.perf_counter()
        code = subprocess.call(
            [sys.executable, "-c", _MEASURE, *args],
            stdout=out,
            stderr=err,
            cwd=REPO,
            env=os.environ
            | {"COLUMNS": "200", "PYTHONPATH": str(REPO), "HOSTILE_RSS_FILE": str(rss_file)}
            | (env or {}),
        )
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return ChildRun(
            code,
            out.read().decode("utf-8", errors="replace"),
            err.read().decode("utf-8", errors="replace"),
            int(rss_file.read_text()) * 1024,  # Linux reports KiB
            seconds,
        )
