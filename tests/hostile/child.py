"""Run `proeftuin etl` in a child process and measure it: exit code, output, peak memory, time.

Why a child: a hostile file must not take the ETL down, and memory must be measured for
the run alone. `os.wait4` returns the resource usage of exactly that child.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

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


def run_etl_child(source: Path, warehouse: Path, *extra: str, env: dict | None = None) -> ChildRun:
    args = [sys.executable, "-m", "proeftuin", "etl", "--source", str(source)]
    args += ["--warehouse", str(warehouse), *extra]
    return run_child(args, env=env)


def run_child(args: list[str], env: dict | None = None) -> ChildRun:
    """Run `args`, wait for exactly this child and return what it did."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            args,
            stdout=out,
            stderr=err,
            cwd=REPO,
            env=os.environ | {"COLUMNS": "200", "PYTHONPATH": str(REPO)} | (env or {}),
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ChildRun(
            proc.returncode,
            out.read().decode("utf-8", errors="replace"),
            err.read().decode("utf-8", errors="replace"),
            usage.ru_maxrss * 1024,  # Linux reports KiB
            seconds,
        )
