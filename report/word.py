"""The report as a Word document (.docx), for a griffie that edits a letter before sending.

Why python-docx: it writes real Word structure (headings a griffie can restyle, tables
with a repeating header row, the document language nl-NL) from the same `Document` the PDF
is set from, so both say the same. Charts are the PDF's own figures drawn as PNG (Word
shows no SVG on its own), each with its description as alternative text and as caption;
its figures are in the table under it.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table

from report.inhoud import Document


def _taal(doc: Any) -> None:
    """Dutch as the language of every style (spelling check, screen readers)."""
    for stijl in doc.styles:
        rpr = getattr(stijl.element, "get_or_add_rPr", None)
        if rpr is None:
            continue
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        rpr().append(lang)


def _herhaal_kop(tabel: Table) -> None:
    """The header row repeats on every page the table spans."""
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    kop = OxmlElement("w:tblHeader")
    kop.set(qn("w:val"), "true")
    trpr.append(kop)


def _tabel(doc: Any, t: dict[str, Any], bijschrift: str) -> None:
    doc.add_paragraph(bijschrift, style="Caption")
    rijen = [*t["rijen"], *([t["totaal"]] if t["totaal"] else []), *t.get("slot", [])]
    tabel = doc.add_table(rows=1 + len(rijen), cols=len(t["koppen"]))
    tabel.style = "Table Grid"
    for r, rij in enumerate([t["koppen"], *rijen]):
        vet = r == 0 or r > len(t["rijen"])
        for c, tekst in enumerate(rij):
            alinea = tabel.cell(r, c).paragraphs[0]
            alinea.add_run(tekst).bold = vet
            if t["rechts"][c]:
                alinea.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _herhaal_kop(tabel)
    for noot in t["noten"]:
        doc.add_paragraph().add_run(noot).italic = True


def _grafiek(doc: Any, b: dict[str, Any], png: bytes | None) -> None:
    """The chart as a picture at its size on paper, its description as alternative text
    (what a screen reader reads) and in the caption under it."""
    if png is not None:
        breedte = Cm(min(float(b["breedte"].removesuffix("cm")), 16))
        doc.add_picture(io.BytesIO(png), width=breedte)
        doc.inline_shapes[-1]._inline.docPr.set("descr", b["alt"])
    doc.add_paragraph(f"{b['bijschrift']}. {b['alt']}", style="Caption")


def _blokken(doc: Any, blokken: list[dict[str, Any]], pngs: dict[str, bytes]) -> None:
    for b in blokken:
        if b["soort"] == "tekst":
            doc.add_paragraph(b["tekst"])
        elif b["soort"] == "tabel":
            _tabel(doc, b["tabel"], b["bijschrift"])
        else:
            _grafiek(doc, b, pngs.get(b["bestand"].removesuffix(".svg")))


def naar_docx(document: Document, pngs: dict[str, bytes] | None = None) -> bytes:
    """`document` as .docx bytes: letterhead or title, summary, chapters, signature; the
    charts from `pngs` (name -> PNG), a chart without one by its description only."""
    pngs = pngs or {}
    data = document.als_json()
    doc = WordDocument()
    _taal(doc)
    doc.core_properties.title = f"{data['titel']} – {data['ondertitel']}"
    doc.core_properties.language = "nl-NL"
    brief = data["brief"]
    if brief:
        doc.core_properties.author = brief["afzender"]
        doc.add_paragraph().add_run(brief["afzender"]).bold = True
        doc.add_paragraph(data["aan"])
        doc.add_paragraph("Contactpersoon: " + ", ".join(brief["contact"]))
        for kop, waarde in brief["regels"]:
            alinea = doc.add_paragraph()
            alinea.add_run(f"{kop}: ").bold = True
            alinea.add_run(waarde)
        doc.add_heading("Samenvatting", level=1)
        _blokken(doc, data["samenvatting"] or [], pngs)
    else:
        doc.add_heading(data["titel"], level=0)
        doc.add_paragraph(data["ondertitel"])
        for kop, waarde in data["voorblad"]:
            doc.add_paragraph(f"{kop}: {waarde}")
        doc.add_paragraph(data["aan"])
    doc.add_page_break()
    doc.add_heading("Leeswijzer", level=1)
    for alinea in data["leeswijzer"]:
        doc.add_paragraph(alinea)
    for nummer, sectie in enumerate(data["secties"], start=1):
        doc.add_heading(f"{nummer}. {sectie['titel']}", level=1)
        _blokken(doc, sectie["blokken"], pngs)
    if brief:
        doc.add_paragraph()
        for regel in brief["ondertekening"]:
            doc.add_paragraph(regel)
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()
