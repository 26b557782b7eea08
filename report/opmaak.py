"""Typst turns the report's content into a tagged, accessible A4 PDF.

Why Typst (the `typst` package from PyPI): the compiler ships inside the wheel, so the PDF
needs no browser, no LaTeX and no network, and it is fast (tens of milliseconds). It embeds
SVG as vector graphics, writes tagged PDF with the document language and title, and with
the PDF/UA-1 standard switched on it *refuses* a document that lacks them (an image without
alt text, a table without header row): accessibility is checked on every report.
"""

from __future__ import annotations

import json
import tempfile
from importlib.resources import files
from pathlib import Path

import typst

from report.controle import RapportFout
from report.inhoud import Document

SJABLOON = "sjabloon.typ"


def naar_pdf(document: Document, svgs: dict[str, bytes]) -> bytes:
    """Compile `document` (with its charts as SVG) into PDF bytes."""
    with tempfile.TemporaryDirectory(prefix="proeftuin-rapport-") as map_:
        werk = Path(map_)
        (werk / SJABLOON).write_text(files("report").joinpath(SJABLOON).read_text("utf-8"), "utf-8")
        inhoud = json.dumps(document.als_json(), ensure_ascii=False)
        (werk / "inhoud.json").write_text(inhoud, "utf-8")
        for naam, svg in svgs.items():
            (werk / f"{naam}.svg").write_bytes(svg)
        try:
            return typst.compile(str(werk / SJABLOON), root=str(werk), pdf_standards=["ua-1"])
        except typst.TypstError as exc:  # Typst's messages are English
            raise RapportFout(
                "de PDF kon niet worden opgemaakt (een toegankelijkheidseis of de opmaak "
                "faalt); meld dit aan de beheerder van het platform"
            ) from exc
