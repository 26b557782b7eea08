"""The dashboard's own plotly figures as SVG, for the PDF: vector graphics, selectable text;
and as PNG for the Word export.

Why kaleido (v1) with the system's Chromium: plotly draws its charts in JavaScript, so an
exact vector copy of a dashboard chart needs a browser engine; kaleido drives a headless
Chromium over its DevTools pipe and loads plotly.js from the installed plotly package, not
from the internet. It finds Debian's `chromium` on PATH (or the one `BROWSER_PATH` names);
it never downloads a browser at run time. MathJax (fetched from a CDN by default) is
switched off: the charts use no formulas and the report must work offline. All figures of
one report go through one browser, so the start-up (about two seconds) is paid once.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import plotly.graph_objects as go

from cijfers import letterlijk

# The document's font (see sjabloon.typ); Typst lays out the SVG's text with it.
LETTERTYPE = "Liberation Sans, Arial, Helvetica, sans-serif"
PX_PER_CM = 96 / 2.54  # plotly's pixels are CSS pixels


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


class Tekenaar:
    """Draws the report's figures in one headless Chromium, started as soon as it is entered.

    Why a thread: starting the browser takes longer than reading the report's figures, so
    the browser starts while the queries run; `teken` then hands it the figures. Leaving the
    block (also on an error) closes the browser.
    """

    def __init__(self, formaat: str = "svg") -> None:
        """`formaat`: 'svg' for the PDF (vectors), 'png' for Word (which shows no SVG
        without a PNG beside it), drawn at twice the size for a sharp print."""
        self._formaat = formaat

    def __enter__(self) -> Tekenaar:
        self._pad = browser()
        self._figuren: Future[list[Grafiek]] = Future()
        self._draad = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kaleido")
        self._svgs = self._draad.submit(asyncio.run, self._werk())
        return self

    async def _werk(self) -> dict[str, bytes]:
        import kaleido  # imported here: only a report needs it

        uit: dict[str, bytes] = {}
        async with kaleido.Kaleido(n=1, mathjax=False, path=self._pad) as k:
            for grafiek in await asyncio.wrap_future(self._figuren):
                opts: dict[str, object] = {"format": self._formaat}
                if self._formaat == "png":
                    opts["scale"] = 2
                uit[grafiek.naam] = await k.calc_fig(_voor_papier(grafiek), opts=opts)
        return uit

    def teken(self, grafieken: list[Grafiek]) -> dict[str, bytes]:
        """Every figure as an SVG document (or PNG image), keyed by its name."""
        self._figuren.set_result(grafieken)
        try:
            return self._svgs.result()
        except Exception as exc:  # kaleido's and choreographer's own errors are English
            raise GeenBrowser(
                f"Chromium ({self._pad}) kon de grafieken van het rapport niet tekenen; "
                f"controleer of het werkt met: {self._pad} --headless --dump-dom about:blank"
            ) from exc

    def __exit__(self, *_: object) -> None:
        if not self._figuren.done():
            self._figuren.set_result([])
        self._draad.shutdown(wait=True)
