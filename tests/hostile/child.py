"""Run `proeftuin etl` in a child process and measure it: exit code, output, peak memory,
CPU time.

Why a child: a hostile file must not take the ETL down, and memory must be measured for
the run alone (see `_MEASURE`). Why CPU time and not wall time: the wall time of a run
depends on what else the machine does (a bar of 10 s wall failed at 10,7 s on a loaded
2-core CI machine), the CPU time the run itself spent does not; a run that hangs without
spending CPU is caught by `HANG_SECONDS` instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.console import REPO

GIB = 2**30
# An ordinary hostile run spends 1–3 s of CPU (interpreter start, imports, DuckDB build);
# the bar leaves a margin of more than three times that, and a runaway parse exceeds it.
MAX_CPU_SECONDS = 10.0
# Wall time only to end a run that hangs: generous, so no load on the machine reaches it.
HANG_SECONDS = 300


@dataclass
class ChildRun:
    code: int
    out: str
    err: str
    rss_bytes: int
    cpu_seconds: float

    @property
    def text(self) -> str:
        return self.out + self.err

    def assert_sane(self) -> None:
        """The bar of every hostile case: no crash, under 1 GiB, under 10 s of CPU."""
        assert "Traceback" not in self.text, self.text
        assert self.rss_bytes < GIB, f"{self.rss_bytes / 2**20:.0f} MiB"
        assert self.cpu_seconds < MAX_CPU_SECONDS, f"{self.cpu_seconds:.1f} s CPU"


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


# Runs the command and writes its peak memory (KiB) and CPU seconds (user + system) to the
# file named in the environment.
# Why this small wrapper: a child forked straight from pytest reports pytest's own peak
# (the forked image counts until exec); a child of a fresh small interpreter does not.
_MEASURE = """
import os, resource, subprocess, sys
code = subprocess.call(sys.argv[1:])
gebruik = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(os.environ["HOSTILE_RSS_FILE"], "w") as fh:
    fh.write(f"{gebruik.ru_maxrss} {gebruik.ru_utime + gebruik.ru_stime}")
sys.exit(code if code >= 0 else 128 - code)
"""


def run_child(args: list[str], env: dict | None = None) -> ChildRun:
    """Run `args` and return its exit code, output, peak memory and CPU time."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as tmp,
    ):
        rss_file = Path(tmp) / "rss"
        code = subprocess.call(
            [sys.executable, "-c", _MEASURE, *args],
            stdout=out,
            stderr=err,
            cwd=REPO,
            env=os.environ
            | {"COLUMNS": "200", "PYTHONPATH": str(REPO), "HOSTILE_RSS_FILE": str(rss_file)}
            | (env or {}),
            timeout=HANG_SECONDS,
        )
        rss_kib, cpu = rss_file.read_text().split()
        out.seek(0)
        err.seek(0)
        return ChildRun(
            code,
            out.read().decode("utf-8", errors="replace"),
            err.read().decode("utf-8", errors="replace"),
            int(rss_kib) * 1024,  # Linux reports KiB
            float(cpu),
        )


# One interpreter for many runs (`run_children`): each run's command line goes to the
# CLI's `app` in this process, its output to files of its own (file descriptors 1 and 2,
# so nothing written below Python escapes), and around each run the peak memory is
# reset (`/proc/self/clear_refs`, 5: the peak becomes the current size) and read
# (`VmHWM`), the CPU time of the process (every thread: DuckDB's, polars') and of any
# child it waited for read from `getrusage`. An exception that escapes the command is
# printed as the interpreter would print it, so `assert_sane` sees its traceback; a crash
# of the interpreter ends every run of the batch, and each of their tests fails.
# Why: a child per case costs an interpreter start and the imports (~1 CPU s) each time,
# while the subject of these cases is what the ETL does with a file, not the start.
_BATCH = """
import json, os, re, resource, sys, traceback

def cpu():
    s, c = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

def peak_kib():
    with open("/proc/self/status") as fh:
        return int(re.search(r"VmHWM:\\s+(\\d+)", fh.read()).group(1))

from proeftuin.cli import app

results = []
for args, out, err in json.load(open(sys.argv[1])):
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    start = cpu()
    saved = [os.dup(1), os.dup(2)]
    for fd, path in ((1, out), (2, err)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(target, fd)
        os.close(target)
    try:
        if args[0] == "-c":
            exec(args[1], {})
            code = 0
        else:
            app.main(args, prog_name="proeftuin")
            code = 0
    except SystemExit as exc:
        code = exc.code
    except BaseException:
        traceback.print_exc()
        code = 1
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    for fd, copy in zip((1, 2), saved):
        os.dup2(copy, fd)
        os.close(copy)
    results.append((code or 0, peak_kib(), cpu() - start))
with open(sys.argv[2], "w") as fh:
    json.dump(results, fh)
"""


def etl_case(source: Path, warehouse: Path, *extra: str) -> list[str]:
    """The arguments of `proeftuin etl` for `run_children`."""
    return etl_args(source, warehouse, *extra)[3:]


def run_children(cases: list[list[str]]) -> list[ChildRun]:
    """Run each case (the arguments of `proeftuin`, or `-c` and Python code) one after the
    other in ONE child interpreter, and return each one's exit code, output, peak memory
    and CPU time, as `run_child` would for a child of its own (see `_BATCH`)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = [
            (args, str(folder / f"{i}.out"), str(folder / f"{i}.err"))
            for i, args in enumerate(cases)
        ]
        (folder / "plan.json").write_text(json.dumps(plan))
        subprocess.run(
            [sys.executable, "-c", _BATCH, str(folder / "plan.json"), str(folder / "uit.json")],
            cwd=REPO,
            env=os.environ | {"COLUMNS": "200", "PYTHONPATH": str(REPO)},
            timeout=HANG_SECONDS * len(cases),
            check=True,
        )
        runs = []
        for (_, out, err), (code, peak, cpu) in zip(
            plan, json.loads((folder / "uit.json").read_text()), strict=True
        ):
            runs.append(
                ChildRun(
                    code,
                    Path(out).read_text(encoding="utf-8", errors="replace"),
                    Path(err).read_text(encoding="utf-8", errors="replace"),
                    peak * 1024,  # Linux reports KiB
                    cpu,
                )
            )
        return runs
