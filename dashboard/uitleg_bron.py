"""The text of "De proeftuin uitgelegd": `platform/uitleg.md` in the source folder, which
the MT edits, or the platform's own default when there is none.

Why a file in the source folder: like every other entry of the platform it belongs to the
system of record, a controller can read and back it up, and the MT edits it in any text
editor without a release. It is shown through `dashboard.markdown_veilig` (no HTML, no
images fetched), so what it holds can never run or track.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etl.oserrors import DUTCH
from etl.platform_lock import MAP

UITLEG = f"{MAP}/uitleg.md"
STANDAARD = Path(__file__).resolve().parent / "uitleg_standaard.md"
MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class Uitleg:
    """The Markdown to show, where it came from, and why the MT's file is not used (if so)."""

    tekst: str
    van_mt: bool
    probleem: str | None = None


def lees_uitleg(bron: Path | None) -> Uitleg:
    """The MT's `platform/uitleg.md` (UTF-8, a BOM allowed; Windows-1252 read as such), or
    the default with the Dutch reason when it cannot be used."""
    standaard = STANDAARD.read_text(encoding="utf-8")
    if bron is None:
        return Uitleg(standaard, False)
    pad = bron / UITLEG
    try:
        if not pad.is_file():
            return Uitleg(standaard, False)
        if pad.stat().st_size > MAX_BYTES:
            return Uitleg(standaard, False, f"{UITLEG} is groter dan 1 MB en wordt niet getoond.")
        inhoud = pad.read_bytes()
    except OSError as exc:
        reden = DUTCH.get(exc.errno or -1) or exc.strerror or "onbekende fout"
        return Uitleg(standaard, False, f"{UITLEG} kan niet worden gelezen: {reden}.")
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        tekst = inhoud.decode("cp1252", errors="replace")
    if not tekst.strip():
        return Uitleg(standaard, False)
    return Uitleg(tekst, True)
