"""Hand-made XLSX files: the zip parts written directly, so nothing caps what a test puts in.

Why not openpyxl or xlsxwriter: both truncate a cell to Excel's 32.767 characters and
write inline strings, so they cannot build the hostile files of issue 15.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OOXML}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_OOXML}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_OOXML}.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}">'
    '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def cell(ref: str, value: object) -> str:
    """A cell: an int is a shared-string index when given as ('s', i), a number, or inline text."""
    if isinstance(value, tuple):
        return f'<c r="{ref}" t="s"><v>{value[1]}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def write_raw_xlsx(
    path: Path,
    rows: Iterable[tuple[int, Iterable[str]]],
    shared: Iterable[str] = (),
    dimension: str | None = None,
    padding: int = 0,
) -> Path:
    """An XLSX from (row number, cell xml) pairs, shared strings, and `padding` spaces
    of whitespace inside the sheet (compresses to almost nothing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        strings = list(shared)
        sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
        zf.writestr(
            "xl/sharedStrings.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">{sst}</sst>',
        )
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">'.encode())
            if dimension:
                fh.write(f'<dimension ref="{dimension}"/>'.encode())
            fh.write(b"<sheetData>")
            chunk = b" " * 2**20
            for _ in range(padding // len(chunk)):
                fh.write(chunk)
            fh.write(b" " * (padding % len(chunk)))
            for number, cells in rows:
                fh.write(f'<row r="{number}">{"".join(cells)}</row>'.encode())
            fh.write(b"</sheetData></worksheet>")
    return path
