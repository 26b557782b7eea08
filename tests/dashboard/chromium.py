"""What the browser tests share: Debian's Chromium, a served platform, axe-core.

Never downloads a browser. Skipped only when /usr/bin/chromium is absent and we are not in
CI; in CI (CI=true) a missing Chromium fails the test. axe-core is the copy bundled in the
pinned PyPI package `axe-playwright-python` (no CDN at test time).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from benchmarks import tijdlijn

# Playwright waits at most 5 s for what a test expects; on a 2-core machine shared with other
# jobs a page takes longer to render, and a wait is not what these tests assert.
expect.set_options(timeout=30_000)

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCHERM = {"width": 1366, "height": 900}
"""The screen the usability issue was tried on (a common municipal laptop)."""
TELEFOON = {"width": 390, "height": 844}
# WCAG 2.1 A and AA, the level Dutch government sites must meet.
AXE_OPTIES = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def vereis_chromium() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("/usr/bin/chromium ontbreekt in CI: installeer het Debian-pakket chromium")
        pytest.skip("/usr/bin/chromium ontbreekt (buiten CI): browsertest overgeslagen")


def start_chromium(p):
    return p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)


class GedeeldeChromium:
    """One Playwright driver and one Chromium for the browser tests of a test process
    (each xdist worker), started at the first test that asks for it (the `browser`
    fixture of tests/conftest.py). Why: a launch costs about 1 CPU s (the Playwright
    driver and Chromium's processes), a browser context 0,15; every test still gets
    contexts of its own (cookies, storage and cache apart), which the fixture closes.

    While it runs, Playwright's event loop counts as running in the main thread (so
    `asyncio.run` or another `sync_playwright()` there would fail): tests/conftest.py
    stops it before a test that does not ask for `browser`."""

    def __init__(self) -> None:
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None

    def browser(self) -> Browser:
        """The running Chromium; a new one if none runs or the last one crashed."""
        if self._browser is None or not self._browser.is_connected():
            self.stop()
            self._playwright = sync_playwright().start()
            self._browser = start_chromium(self._playwright)
        return self._browser

    def stop(self) -> None:
        """Close Chromium and the driver (nothing when none runs)."""
        if self._playwright is not None:
            if self._browser is not None and self._browser.is_connected():
                self._browser.close()
            self._playwright.stop()
        self._playwright = self._browser = None


GEDEELD = GedeeldeChromium()


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def platform(
    *args: str, env: dict[str, str] | None = None, log: Path | None = None
) -> Iterator[str]:
    """`proeftuin dashboard ARGS` (which must include --port) until the block ends; yields
    its base URL. Output goes to `log` (so a test can read what was logged)."""
    poort = args[args.index("--port") + 1]
    uitvoer = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115
    proces = subprocess.Popen(
        [sys.executable, "-m", "proeftuin", "dashboard", *args],
        stdout=uitvoer,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})},
        start_new_session=True,
    )
    url = f"http://localhost:{poort}"
    try:
        wacht_op_platform(url)
        yield url
    finally:
        os.killpg(proces.pid, signal.SIGTERM)
        proces.wait(timeout=20)
        if log:
            uitvoer.close()


def wacht_op_platform(url: str, proces: subprocess.Popen | None = None) -> None:
    """Wait until the platform at `url` answers its health check (at most 60 s); fail
    at once when `proces`, the command serving it, ended instead."""
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as antwoord:
                if antwoord.read() == b"ok":
                    return
        except OSError:
            if proces is not None and proces.poll() is not None:
                pytest.fail(f"de opdracht stopte met code {proces.returncode}")
            time.sleep(0.5)
    pytest.fail("het dashboard start niet binnen 60 s")


GEVRAAGD = """
(() => {
  const verstuur = WebSocket.prototype.send;
  WebSocket.prototype.send = function (...args) {
    if (window.__tijdlijn) window.__tijdlijn.gevraagd = performance.now();
    return verstuur.apply(this, args);
  };
})();
"""
"""Added after `tijdlijn.INIT`: notes when the page last asked the server something (a
widget's new value, a button: a rerun), so a wait can tell a run still to come from a
page that is done."""

RUST_MS = 100
"""How long no message may have come from the server before a done page counts as done:
the frontend draws a message in a task after the one that received it."""

KLAAR = f"""() => {{
  const t = window.__tijdlijn;
  if (!t || t.gevraagd === undefined || !(t.laatste_bericht > t.gevraagd)) return false;
  if (performance.now() - t.laatste_bericht < {RUST_MS}) return false;
  const h1 = document.querySelector('[data-testid="stMain"] h1');
  return !!h1 && ({tijdlijn.DONE})(h1.textContent.replace(/\\s+/g, " ").trim());
}}"""
"""The page is done (`tijdlijn.DONE`, under the title it shows), its last request to the
server answered and the server quiet for `RUST_MS`."""


class MetTijdlijn:
    """The shared Chromium as a test gets it (the `browser` fixture): every page and
    context it opens carries `tijdlijn.INIT` and `GEVRAAGD`, which `klaar` reads."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser

    def new_context(self, **opties) -> BrowserContext:
        context = self._browser.new_context(**opties)
        context.add_init_script(tijdlijn.INIT)
        context.add_init_script(GEVRAAGD)
        return context

    def new_page(self, **opties) -> Page:
        pagina = self._browser.new_page(**opties)
        pagina.add_init_script(tijdlijn.INIT)
        pagina.add_init_script(GEVRAAGD)
        return pagina

    def __getattr__(self, naam: str):
        return getattr(self._browser, naam)


def klaar(pagina) -> None:
    """Wait until the page is done (`KLAAR`), checked every `tijdlijn.POLL_MS`: the run
    its last request asked for ended and drew, nothing stale or still loading, every
    visible chart and every data grid in view drawn. An event, not a pause: the former
    500 ms after every page (700 in some files) were most of a page's wait."""
    pagina.wait_for_function(KLAAR, polling=tijdlijn.POLL_MS, timeout=60_000)


def wacht_tot_klaar(pagina) -> None:
    """`klaar`, then the window made as tall as the page (a data grid draws only in view,
    a screenshot and axe-core see the whole page) and `klaar` again for what that drew."""
    klaar(pagina)
    hoogte = pagina.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    breedte = pagina.viewport_size["width"]
    pagina.set_viewport_size({"width": breedte, "height": max(1000, hoogte + 100)})
    klaar(pagina)


def toegankelijk(pagina, naam: str) -> None:
    """axe-core over the whole page: no serious or critical WCAG 2.1 AA violation."""
    from axe_playwright_python.sync_playwright import Axe

    resultaat = Axe().run(pagina, options=AXE_OPTIES).response
    ernstig = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]} "
        f"{v['nodes'][0].get('failureSummary', '')[:300]}"
        for v in resultaat["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not ernstig, f"{naam}: " + "\n".join(ernstig)
