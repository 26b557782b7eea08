"""The dashboard's own plotly figures as SVG, for the PDF: vector graphics, selectable text;
and as PNG for the Word export.

Why kaleido (v1) with the system's Chromium: plotly draws its charts in JavaScript, so an
exact vector copy of a dashboard chart needs a browser engine; kaleido drives a headless
Chromium over its DevTools pipe and loads plotly.js from the installed plotly package, not
from the internet. It finds Debian's `chromium` on PATH (or the one `BROWSER_PATH` names);
it never downloads a browser at run time. MathJax (fetched from a CDN by default) is
switched off: the charts use no formulas and the report must work offline. All figures of
one report go through one browser, so the start-up (about two seconds) is paid once.

Why a cache of drawn charts: the browser's start is most of a report's time, and a report
made again on the same data (another download, the same tussenstand for a second reader)
draws the same figures. Each drawing (SVG, or PNG for Word) is kept under a hash of the
print figure's JSON, the format and the plotly and kaleido versions, so a changed figure is
never served stale; a report whose charts were all found last time does not start the
browser at all (it still starts one when a chart is missing). The cache is a convenience:
a folder that cannot be read or written only means drawing again.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import plotly.graph_objects as go

from cijfers import letterlijk

# The document's font (see sjabloon.typ); Typst lays out the SVG's text with it.
LETTERTYPE = "Liberation Sans, Arial, Helvetica, sans-serif"
PX_PER_CM = 96 / 2.54  # plotly's pixels are CSS pixels
CACHE_ENV = "PROEFTUIN_CACHE"
"""Names the folder of the chart cache (default: `$XDG_CACHE_HOME/proeftuin/grafieken`)."""
CACHE_MAX = 500  # drawn charts (SVG or PNG) kept; the oldest go first


class GeenBrowser(RuntimeError):
    """No Chromium to draw the charts with; the message is Dutch and says what to install."""


@dataclass(frozen=True)
class Grafiek:
    """One figure of the report, with its size on paper and a description for screen readers."""

    naam: str
    figuur: go.Figure
    breedte_cm: float
    hoogte_cm: float
    alt: str


def _voor_papier(grafiek: Grafiek) -> go.Figure:
    """A copy of the dashboard's figure styled for print: white, the document's font; source
    text in its labels escaped as on the pages (`letterlijk`), so a name is never markup."""
    fig = letterlijk.figuur(go.Figure(grafiek.figuur))
    fig.update_layout(
        template="plotly_white",
        font={"family": LETTERTYPE, "size": 11, "color": "#222"},
        width=round(grafiek.breedte_cm * PX_PER_CM),
        height=round(grafiek.hoogte_cm * PX_PER_CM),
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    return fig


def browser() -> str:
    """The Chromium kaleido will use, or `GeenBrowser` with what to do about it."""
    pad = os.environ.get("BROWSER_PATH") or next(
        (
            p
            for naam in ("chromium", "chromium-browser", "google-chrome")
            if (p := shutil.which(naam))
        ),
        None,
    )
    if not pad or not os.access(pad, os.X_OK):
        raise GeenBrowser(
            "Voor de grafieken in het rapport is Chromium nodig en dat is niet gevonden. "
            "Installeer het Debian-pakket chromium (apt-get install chromium) of wijs met "
            "de omgevingsvariabele BROWSER_PATH een Chromium of Chrome aan."
        )
    return pad


def cachemap() -> Path:
    """The folder of drawn charts: `PROEFTUIN_CACHE`, else the user's cache folder."""
    if eigen := os.environ.get(CACHE_ENV):
        return Path(eigen)
    basis = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(basis) / "proeftuin" / "grafieken"


def welk_rapport(
    warehouse: Path, periode: str, gemeente: str | None, brief: bool = False, eind: bool = False
) -> str | None:
    """Which report this is, on which build of the warehouse: the same text means the same
    charts, so their drawings can come from the cache without starting a browser. The
    command, the dashboard's download and the drawing after a load (`report.voorteken`)
    name a report alike. None when the warehouse cannot be read (the report then says why)."""
    try:
        pad = warehouse.resolve()
        stand = pad.stat()
    except OSError:
        return None
    return "|".join(
        map(str, (pad, stand.st_mtime_ns, stand.st_size, periode, gemeente, brief, eind))
    )


SVG: dict[str, object] = {"format": "svg"}  # the PDF's drawings: vectors


def _sleutel(figuur: go.Figure, opties: dict[str, object] = SVG) -> str:
    """What decides a drawn chart: the print figure, the format and the versions that draw it."""
    tekst = f"{version('plotly')}|{version('kaleido')}|{sorted(opties.items())}|{figuur.to_json()}"
    return hashlib.sha256(tekst.encode()).hexdigest()


class _Cache:
    """Drawn charts by key, and a mark per report whose charts were all there last time."""

    def __init__(self, map_: Path) -> None:
        self.map = map_

    def lees(self, sleutel: str) -> bytes | None:
        with contextlib.suppress(OSError):
            return (self.map / f"{sleutel}.grafiek").read_bytes()
        return None

    def schrijf(self, svgs: dict[str, bytes]) -> None:
        """Each file under a temporary name first, then renamed: a reader sees it whole."""
        with contextlib.suppress(OSError):
            self.map.mkdir(parents=True, exist_ok=True)
            for sleutel, svg in svgs.items():
                tmp = self.map / f".{sleutel}.{os.getpid()}.tmp"
                tmp.write_bytes(svg)
                os.replace(tmp, self.map / f"{sleutel}.grafiek")
            oud = sorted(self.map.glob("*.grafiek"), key=lambda p: p.stat().st_mtime)
            for pad in oud[:-CACHE_MAX]:
                pad.unlink(missing_ok=True)

    def _merk(self, rapport: str) -> Path:
        return self.map / f"{hashlib.sha256(rapport.encode()).hexdigest()}.rapport"

    def herhaling(self, rapport: str | None) -> bool:
        return rapport is not None and self._merk(rapport).is_file()

    def merk(self, rapport: str | None) -> None:
        if rapport is not None:
            with contextlib.suppress(OSError):
                self._merk(rapport).touch()


def markeer(rapporten: list[str]) -> None:
    """Note that all charts of these reports are in the cache (drawn ahead of time by
    `report.voorteken`): making one of them starts no browser."""
    cache = _Cache(cachemap())
    for rapport in rapporten:
        cache.merk(rapport)


class Tekenaar:
    """Draws the report's figures in one headless Chromium, started as soon as it is entered.

    Why a thread: starting the browser takes longer than reading the report's figures, so
    the browser starts while the queries run; `teken` then hands it the figures that are
    not in the cache. `rapport` names the report being made (its warehouse, period and
    kind): when that report's charts were all in the cache last time, the browser is not
    started up front, only when a chart turns out to be missing. Leaving the block (also
    on an error) closes the browser.
    """

    def __init__(self, rapport: str | None = None, formaat: str = "svg") -> None:
        """`formaat`: 'svg' for the PDF (vectors), 'png' for Word (which shows no SVG
        without a PNG beside it), drawn at twice the size for a sharp print."""
        self._rapport = rapport
        self._formaat = formaat

    def __enter__(self) -> Tekenaar:
        self._pad = browser()
        self._cache = _Cache(cachemap())
        self._figuren: Future[list[tuple[str, go.Figure]]] = Future()
        self._draad = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kaleido")
        self._svgs: Future[dict[str, bytes]] | None = None
        if not self._cache.herhaling(self._rapport):
            self._start()
        return self

    def _opties(self) -> dict[str, object]:
        """kaleido's options: the format, and a PNG at twice the size for a sharp print."""
        if self._formaat == "png":
            return {"format": "png", "scale": 2}
        return SVG

    def _start(self) -> None:
        self._svgs = self._draad.submit(asyncio.run, self._werk())

    async def _werk(self) -> dict[str, bytes]:
        import kaleido  # imported here: only a report needs it

        uit: dict[str, bytes] = {}
        async with kaleido.Kaleido(n=1, mathjax=False, path=self._pad) as k:
            for sleutel, figuur in await asyncio.wrap_future(self._figuren):
                uit[sleutel] = await k.calc_fig(figuur, opts=self._opties())
        return uit

    def teken(self, grafieken: list[Grafiek]) -> dict[str, bytes]:
        """Every figure as an SVG document (or PNG image), keyed by its name."""
        papier = {g.naam: _voor_papier(g) for g in grafieken}
        sleutels = {naam: _sleutel(figuur, self._opties()) for naam, figuur in papier.items()}
        gevonden = {s: svg for s in set(sleutels.values()) if (svg := self._cache.lees(s))}
        missen = {s: papier[n] for n, s in sleutels.items() if s not in gevonden}
        if missen and self._svgs is None:
            self._start()
        self._figuren.set_result(list(missen.items()))
        if missen and self._svgs is not None:
            try:
                getekend = self._svgs.result()
            except Exception as exc:  # kaleido's and choreographer's own errors are English
                raise GeenBrowser(
                    f"Chromium ({self._pad}) kon de grafieken van het rapport niet tekenen; "
                    f"controleer of het werkt met: {self._pad} --headless --dump-dom about:blank"
                ) from exc
            self._cache.schrijf(getekend)
            gevonden |= getekend
        self._cache.merk(self._rapport)
        return {naam: gevonden[s] for naam, s in sleutels.items()}

    def __exit__(self, *_: object) -> None:
        if not self._figuren.done():
            self._figuren.set_result([])
        self._draad.shutdown(wait=True)
