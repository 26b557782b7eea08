"""Make the handbook's screenshots (docs/handboek/img/) from the demo, so they stay current.

Why a script and not hand-made pictures: the pages change, and a picture that no longer
matches the page misleads the reader more than no picture. This writes the demo into a
temporary folder with the `proeftuin` command itself, loads it, serves the dashboard and
walks each role's steps in Debian's headless Chromium (never a downloaded browser).

    .venv/bin/python scripts/handboek_screenshots.py [--alleen NAAM ...]

Look at the pictures before committing them.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
UIT = ROOT / "docs" / "handboek" / "img"
CHROMIUM = "/usr/bin/chromium"
VENSTER = {"width": 1366, "height": 860}


def proeftuin(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "proeftuin", *args], check=True, stdout=subprocess.DEVNULL
    )


@contextmanager
def dashboard(bron: Path, warehouse: Path) -> Iterator[str]:
    """`proeftuin dashboard` with the forms on, until the block ends; yields its URL."""
    with socket.socket() as s:
        s.bind(("localhost", 0))
        poort = s.getsockname()[1]
    opties = ["--warehouse", str(warehouse), "--source", str(bron), "--port", str(poort)]
    proces = subprocess.Popen(
        [sys.executable, "-m", "proeftuin", "dashboard", *opties],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://localhost:{poort}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                    break
            except OSError:
                time.sleep(0.5)
        else:
            sys.exit("Het dashboard start niet binnen 60 s.")
        yield url
    finally:
        os.killpg(proces.pid, signal.SIGTERM)
        proces.wait(timeout=20)


def klaar(pagina: Page) -> None:
    """Wait until Streamlit finished the run and the charts are drawn."""
    expect(pagina.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=30_000)
    pagina.wait_for_timeout(1_500)


def kies(pagina: Page, label: str, optie: str) -> None:
    """Pick `optie` in the select box labelled `label`."""
    pagina.get_by_role("combobox", name=label, exact=True).click()
    pagina.get_by_role("option", name=optie, exact=True).click()
    klaar(pagina)


def naar(pagina: Page, titel: str) -> None:
    """Open a page through the sidebar's menu (a new URL would start a new session and
    forget the role)."""
    pagina.get_by_test_id("stSidebarNav").get_by_role("link", name=titel, exact=True).click()
    klaar(pagina)


def tabblad(pagina: Page, naam: str) -> None:
    pagina.get_by_role("tab", name=naam, exact=True).click()
    klaar(pagina)


def kop(pagina: Page, tekst: str) -> None:
    """Scroll so the heading `tekst` is at the top of the picture."""
    pagina.get_by_role("heading", name=tekst, exact=True).first.evaluate(
        "e => e.scrollIntoView({block: 'start'})"
    )
    pagina.wait_for_timeout(500)


@dataclass(frozen=True)
class Foto:
    """One picture: its file name, the role it is taken as, and the steps to get there."""

    naam: str
    rol: str
    stappen: Callable[[Page], None]


def _zoek(pagina: Page) -> None:
    naar(pagina, "Werkvoorraad")
    pagina.get_by_label("Zoeken", exact=False).first.fill("cultuur")
    klaar(pagina)


def _formulier(pagina: Page) -> None:
    naar(pagina, "Werkvoorraad")
    kop(pagina, "Opdrachtformulier")


def _halfjaar(pagina: Page) -> None:
    """The first half year of the data, as a college reports it in the summer."""
    naar(pagina, "Tussenstand")
    pagina.get_by_text("Halfjaar", exact=True).click()
    klaar(pagina)
    pagina.get_by_role("combobox", name="Halfjaar").click()
    pagina.get_by_role("option").first.click()
    klaar(pagina)


def _afgekeurd(pagina: Page) -> None:
    naar(pagina, "Data & kwaliteit")
    kop(pagina, "Afgekeurde rijen")


def _werkbank(naam: str) -> Callable[[Page], None]:
    def stappen(pagina: Page) -> None:
        naar(pagina, "Werkbank")
        tabblad(pagina, naam)

    return stappen


FOTOS = (
    Foto("medewerker-rol.png", "Medewerker", lambda p: None),
    Foto("medewerker-werkvoorraad.png", "Medewerker", lambda p: naar(p, "Werkvoorraad")),
    Foto("medewerker-zoeken.png", "Medewerker", _zoek),
    Foto("medewerker-opdrachtformulier.png", "Medewerker", _formulier),
    Foto("medewerker-aanmelden.png", "Medewerker", lambda p: naar(p, "Opdracht aanmelden")),
    Foto("controller-data-kwaliteit.png", "Controller", lambda p: naar(p, "Data & kwaliteit")),
    Foto("controller-afgekeurd.png", "Controller", _afgekeurd),
    Foto("college-tussenstand.png", "College Papendrecht", _halfjaar),
    Foto("college-winstpunten.png", "College Papendrecht", lambda p: naar(p, "Winstpunten")),
    Foto("mt-urenbalans.png", "MT", lambda p: naar(p, "Urenbalans")),
    Foto("mt-toets.png", "MT", _werkbank("Toets")),
    Foto("mt-signalen.png", "MT", _werkbank("Signalen")),
    Foto("mt-kandidaten.png", "MT", _werkbank("Kandidaten")),
    Foto("mt-bezetting.png", "MT", _werkbank("Bezetting")),
    Foto("mt-voorstel.png", "MT", _werkbank("Voorstel")),
    Foto("mt-wat-als.png", "MT", _werkbank("Wat als")),
    Foto("mt-verrekening.png", "MT", lambda p: naar(p, "Verrekening")),
)


def maak(fotos: tuple[Foto, ...], uit: Path) -> list[Path]:
    """Take `fotos` on a fresh demo; returns the files written."""
    uit.mkdir(parents=True, exist_ok=True)
    geschreven = []
    with tempfile.TemporaryDirectory() as tmp:
        bron, warehouse = Path(tmp) / "bron", Path(tmp) / "proeftuin.duckdb"
        proeftuin("demo-data", str(bron))
        proeftuin("etl", "--source", str(bron), "--warehouse", str(warehouse))
        with dashboard(bron, warehouse) as url, sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
            )
            for foto in fotos:
                pagina = browser.new_page(viewport=VENSTER, locale="nl-NL")
                pagina.goto(url)
                klaar(pagina)
                kies(pagina, "Rol (lokale demo)", foto.rol)
                foto.stappen(pagina)
                pagina.screenshot(path=uit / foto.naam)
                geschreven.append(uit / foto.naam)
                pagina.close()
                print(f"{foto.naam} ({foto.rol})")
            browser.close()
    return geschreven


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alleen", nargs="*", help="alleen deze bestandsnamen")
    parser.add_argument("--uit", type=Path, default=UIT, help="map voor de PNG-bestanden")
    args = parser.parse_args()
    fotos = tuple(f for f in FOTOS if not args.alleen or f.naam in args.alleen)
    maak(fotos, args.uit)


if __name__ == "__main__":
    main()
