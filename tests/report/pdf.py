"""A produced PDF read back as a person reads it: its text per page, lines, metadata."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import pypdf


class Pdf:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader = pypdf.PdfReader(path)

    @cached_property
    def paginas(self) -> list[str]:
        return [p.extract_text() or "" for p in self.reader.pages]

    @cached_property
    def tekst(self) -> str:
        return "\n".join(self.paginas)

    @cached_property
    def regels(self) -> list[str]:
        return [r.strip() for r in self.tekst.splitlines()]

    def regels_na(self, kop: str, aantal: int) -> list[str]:
        """The `aantal` lines after the first line that equals `kop` (a table's header)."""
        i = self.regels.index(kop)
        return self.regels[i + 1 : i + 1 + aantal]

    def zoek(self, patroon: str) -> re.Match[str]:
        """The first match of `patroon` in the whole text (whitespace-tolerant by the caller)."""
        gevonden = re.search(patroon, self.tekst)
        assert gevonden, f"{patroon!r} staat niet in {self.path.name}"
        return gevonden
