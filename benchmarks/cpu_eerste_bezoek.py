"""Chromium's CPU per returning first visit of one page, against the bare app's in the same run.

Run from the repository root: `python -m benchmarks.cpu_eerste_bezoek [--pagina start,werkbank]
[--repeat 5] [--workdir benchmarks/out]` (demo data).

Why CPU and not only the clock: on a shared machine the wall time of a first visit moves
2-10x with the load, while the CPU seconds the browser spends on it hardly move; almost
all of a first visit is browser work (docs/benchmarks.md, "First visits (h44)"). Each
visit opens a new tab of a browser with a profile on disk that visited both apps before
(`browser.returning_browser`), waits until the page is done (`tijdlijn.DONE`) and its
requests ended, closes the tab, and counts the CPU of Chromium's whole process tree
(`utime + stime` of every live process plus what they reaped, from `/proc`) from before
the address was opened until the tab's processes are gone. Visits alternate bare / page,
so load that comes and goes moves both; printed: each pair, and the medians with the
ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from benchmarks import tijdlijn
from benchmarks.browser import (
    Requests,
    bare_and_app,
    clock,
    returning_browser,
    title_of,
)
from benchmarks.common import ensure_warehouse, median, workdir
from dashboard.paginas import PAGINAS

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process and its reaped children), or None if gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    velden = text[text.rindex(")") + 2 :].split()
    # after the name: state ppid ... utime(14) stime(15) cutime(16) cstime(17), 1-based
    return int(velden[1]), sum(int(v) for v in velden[11:15]) / TICK


def tree_cpu(root: int) -> float:
    """CPU seconds of `root` and every live descendant, with what they reaped."""
    stats = {}
    for naam in os.listdir("/proc"):
        if naam.isdigit() and (s := _stat(int(naam))) is not None:
            stats[int(naam)] = s
    kinderen: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        kinderen.setdefault(ppid, []).append(pid)
    totaal, open_ = 0.0, [root]
    while open_:
        pid = open_.pop()
        if pid in stats:
            totaal += stats[pid][1]
            open_ += kinderen.get(pid, [])
    return totaal


def browser_pid(profiel: Path) -> int:
    """The browser process of the profile (the one without `--type=`; not its crash
    handler, which names the profile too and once was taken for it: 0 s of CPU)."""
    for naam in sorted(filter(str.isdigit, os.listdir("/proc")), key=int):
        try:
            cmd = Path(f"/proc/{naam}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        args = [a.decode(errors="replace") for a in cmd]
        eigen = any(str(profiel) in a for a in args) and "chrom" in args[0]
        if eigen and "crashpad" not in args[0] and not any(a.startswith("--type=") for a in args):
            return int(naam)
    raise SystemExit(f"no Chromium process for {profiel}")


def visit(context, root: int, url: str, title: str) -> tuple[float, float, dict]:
    """One returning first visit: (seconds until done, Chromium CPU seconds, what the page
    mounted: `tijdlijn.INHOUD`)."""
    voor = tree_cpu(root)
    page = context.new_page()
    page.bring_to_front()
    requests = Requests(page)
    seconds = clock(lambda: page.goto(url), page, title)
    requests.wait(page)
    inhoud = page.evaluate(tijdlijn.INHOUD)
    page.close()
    time.sleep(1.0)  # the tab's renderer exits and is reaped
    return seconds, tree_cpu(root) - voor, inhoud


def beschrijf(naam: str, inhoud: dict) -> str:
    """One line: the page's elements per kind and the chunks it loaded after the bundle."""
    elementen = ", ".join(
        f"{soort.removeprefix('st')} {n}" for soort, n in sorted(inhoud["elementen"].items()) if n
    )
    return (
        f"{naam}: {inhoud['chunks']} chunk(s) after the bundle ({inhoud['chunk_kib']} KiB) "
        f"of {inhoud['scripts']} scripts; elements: {elementen}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pagina", default="start", help="page name(s) in dashboard.paginas, comma-separated"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--chunks", action="store_true", help="name the chunks a page loaded beyond the bare app's"
    )
    args = parser.parse_args(argv)
    paginas = [next(p for p in PAGINAS if p.naam == naam) for naam in args.pagina.split(",")]
    with workdir(args.workdir) as base, tempfile.TemporaryDirectory() as tmp:
        warehouse = ensure_warehouse(base, 0)
        with sync_playwright() as p, bare_and_app(Path(tmp), warehouse) as (bare_url, app_url):
            profiel = Path(tmp) / "profiel"
            context = returning_browser(p, profiel)
            root = browser_pid(profiel)
            kaal = (f"{bare_url}/twee", "Kaal twee")
            doelen = [(f"{app_url}/{p_.url}", title_of(p_.bestand)) for p_ in paginas]
            for url, t in [kaal, *doelen] * 2:  # warm up: static files cached, caches filled
                visit(context, root, url, t)
            for pagina, doel in zip(paginas, doelen, strict=True):
                meet(context, root, kaal, doel, pagina.naam, args.repeat, args.chunks)
            context.close()


def meet(
    context, root: int, kaal: tuple, doel: tuple, naam: str, repeat: int, chunks: bool
) -> None:
    """`repeat` pairs of returning first visits, bare app then page; prints each pair, the
    medians with their ratios, and what the bare app and the page mounted (with `chunks`:
    the names of the chunks the page loaded and the bare app did not)."""
    kaal_cpu, pagina_cpu, kaal_s, pagina_s = [], [], [], []
    for i in range(repeat):
        s, c, kaal_inhoud = visit(context, root, *kaal)
        kaal_s.append(s)
        kaal_cpu.append(c)
        s, c, inhoud = visit(context, root, *doel)
        pagina_s.append(s)
        pagina_cpu.append(c)
        print(
            f"{i + 1}: bare {kaal_s[-1]:.2f} s, CPU {kaal_cpu[-1]:.2f} s; "
            f"{naam} {pagina_s[-1]:.2f} s, CPU {pagina_cpu[-1]:.2f} s "
            f"(load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
    print(
        f"median of {repeat}: bare {median(kaal_s):.2f} s, CPU {median(kaal_cpu):.2f} s; "
        f"{naam} {median(pagina_s):.2f} s, CPU {median(pagina_cpu):.2f} s; "
        f"CPU ratio {median(pagina_cpu) / median(kaal_cpu):.2f}x, "
        f"time ratio {median(pagina_s) / median(kaal_s):.2f}x"
    )
    print(beschrijf("bare app", kaal_inhoud))
    print(beschrijf(naam, inhoud), flush=True)
    if chunks:
        print(
            "  beyond the bare app's:",
            " ".join(sorted(set(inhoud["namen"]) - set(kaal_inhoud["namen"]))),
        )


if __name__ == "__main__":
    main()
