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
from playwright.sync_api import Browser, Playwright, expect, sync_playwright

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
KOPLOOS = Path("/usr/bin/chromium-headless-shell")
"""Debian's headless shell of the same Chromium (package chromium-headless-shell; what
Playwright itself runs for headless tests): the same Blink and V8 without the browser's
window layers. A page load of the demo platform costs about 30 % less CPU in it (session
14, h65), but in it the Urenbalans's tegoed grid did not show after its tab was clicked
(the print test of a grid's copy, then in test_browser_afdruk, 3 of 5 runs), so it runs
only when asked for:
`PROEFTUIN_TESTBROWSER=/usr/bin/chromium-headless-shell`."""
KOPLOOS_ARGS = ["--disable-font-subpixel-positioning"]
"""Without it the shell places the glyphs of a printed PDF one by one, and the text read
back from it falls apart ("S c haal"), as /usr/bin/chromium's print does not."""
SCHERM = {"width": 1366, "height": 900}
"""The screen the usability issue was tried on (a common municipal laptop)."""
TELEFOON = {"width": 390, "height": 844}
PAUZE_MS = int(os.environ.get("PROEFTUIN_TEST_PAUZE_MS", "500"))
"""`wacht_tot_klaar`'s settle pause after a page's run and charts (ms). A knob, not a
change: session 14 (h65) measured no CPU difference between 500 and 0 per page load (the
pause is idle time), and only a quiet full run can show what 0 saves in wall time and
whether any check then flakes: `PROEFTUIN_TEST_PAUZE_MS=0 pytest ...`."""
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


def uitvoerbaar() -> Path:
    """The browser the tests run: $PROEFTUIN_TESTBROWSER, else /usr/bin/chromium."""
    return Path(os.environ.get("PROEFTUIN_TESTBROWSER") or CHROMIUM)


def start_chromium(p):
    pad = uitvoerbaar()
    args = ARGS + (KOPLOOS_ARGS if pad == KOPLOOS else [])
    return p.chromium.launch(executable_path=str(pad), args=args)


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


def pagina_met_scripts(browser: Browser, url: str, scherm: dict) -> tuple[object, list[str]]:
    """A new page of `browser` at `url` in a window of `scherm`, and the file names of the
    requests it makes (filled as they come: a test reads which lazily loaded chunks of
    Streamlit's frontend a page needed)."""
    pagina = browser.new_page(viewport=scherm, locale="nl-NL")
    scripts: list[str] = []
    pagina.on("request", lambda r: scripts.append(r.url.rsplit("/", 1)[-1]))
    pagina.goto(url)
    return pagina, scripts


def wacht_tot_klaar(pagina) -> None:
    """Wait until the script run ended and every visible plotly chart is drawn, full height
    at the window's width (a chart on a tab that is not open is drawn only when the tab
    opens)."""
    expect(pagina.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)
    hoogte = pagina.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    breedte = pagina.viewport_size["width"]
    pagina.set_viewport_size({"width": breedte, "height": max(1000, hoogte + 100)})
    grafieken = pagina.locator('[data-testid="stPlotlyChart"]')
    for i in range(grafieken.count()):
        if grafieken.nth(i).is_visible():
            expect(grafieken.nth(i).locator(".main-svg").first).to_be_attached(timeout=30_000)
    pagina.wait_for_timeout(PAUZE_MS)


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


SCHERMAFDRUKKEN = Path(__file__).resolve().parents[1] / "screenshots"
SCHERMAFDRUKKEN_AAN = os.environ.get("PROEFTUIN_SCHERMAFDRUKKEN", "") not in ("", "0")
"""Screenshots only on request (`PROEFTUIN_SCHERMAFDRUKKEN=1`), for a person to look at: no
test reads them, and a full-page one makes Chromium draw the whole page again."""


def schermafdruk(pagina, naam: str, **opties) -> None:
    """A screenshot `naam` in tests/screenshots/, only with PROEFTUIN_SCHERMAFDRUKKEN=1."""
    if SCHERMAFDRUKKEN_AAN:
        SCHERMAFDRUKKEN.mkdir(exist_ok=True)
        pagina.screenshot(path=str(SCHERMAFDRUKKEN / naam), **opties)
