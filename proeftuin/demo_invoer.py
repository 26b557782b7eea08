"""`proeftuin demo` run again never eats what was entered on the platform.

Why here and not in the demo generator: the generator rewrites its folder completely (that
is what makes a demo reproducible), and the platform appends to files under `platform/` in
that same folder while the dashboard runs. Only the `demo` command knows both moments, so
it remembers what `platform/` held right after it wrote the demo (a hidden file, which the
ETL skips) and, on the next run, compares. When something changed, the demo is not
rewritten unless the user says so at the terminal; without a terminal (a script, a service)
it never is.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from etl.platform_lock import MAP

STAND = ".demo-stand.json"
"""In the source folder: each `platform/` file's hash and line count after the demo wrote."""

JA = ("j", "ja", "y", "yes")


@dataclass(frozen=True)
class Invoer:
    """One file under `platform/` that differs from how the demo left it."""

    bestand: str
    regels_erbij: int | None  # None: no recorded state (a folder of an older version)

    def tekst(self) -> str:
        if self.regels_erbij is None:
            return f"{self.bestand} (stand onbekend)"
        if self.regels_erbij <= 0:
            return f"{self.bestand} (gewijzigd)"
        regels = "regel" if self.regels_erbij == 1 else "regels"
        return f"{self.bestand} ({self.regels_erbij} {regels} erbij)"


def _platform(bron: Path) -> dict[str, tuple[str, int]]:
    """Every visible file under `platform/`: relative path → (sha256, number of lines)."""
    map_ = bron / MAP
    if not map_.is_dir():
        return {}
    stand = {}
    for pad in sorted(map_.rglob("*")):
        rel = pad.relative_to(bron)
        if pad.is_file() and not any(deel.startswith(".") for deel in rel.parts):
            inhoud = pad.read_bytes()
            stand[rel.as_posix()] = (hashlib.sha256(inhoud).hexdigest(), inhoud.count(b"\n"))
    return stand


def onthoud(bron: Path) -> None:
    """Record `platform/` as the demo wrote it, so a later run can tell entries apart."""
    (bron / STAND).write_text(json.dumps(_platform(bron), indent=1), encoding="utf-8")


def invoer(bron: Path) -> list[Invoer]:
    """The files under `platform/` that the platform (or anyone) changed since the demo
    wrote them; empty when the demo may be rewritten without losing anything."""
    nu = _platform(bron)
    try:
        toen = {k: tuple(v) for k, v in json.loads((bron / STAND).read_text("utf-8")).items()}
    except (OSError, ValueError, AttributeError):
        return [Invoer(rel, None) for rel in nu]
    return [
        Invoer(rel, regels - toen[rel][1] if rel in toen else regels)
        for rel, (hash_, regels) in nu.items()
        if toen.get(rel, (None,))[0] != hash_
    ]


def vraag_van_terminal() -> Callable[[str], str] | None:
    """`input` when a person sits at the terminal; None for a script or a service."""
    stdin = sys.stdin
    return input if stdin is not None and stdin.isatty() else None


def schrijf_opnieuw(
    bron: Path,
    opnieuw: bool,
    vraag: Callable[[str], str] | None,
    opdracht: str = "proeftuin demo",
) -> bool:
    """Whether `proeftuin demo` may rewrite the demo folder `bron`.

    Yes when nothing was entered, or with `--opnieuw`. Otherwise it lists what was entered
    and asks (in Dutch, default no) through `vraag` (None: nobody to ask, see
    `vraag_van_terminal`). Without a yes the entries stay and the demo starts with them.
    """
    gevonden = invoer(bron)
    if not gevonden:
        return True
    lijst = ", ".join(i.tekst() for i in gevonden)
    if opnieuw:
        print(
            f"Demo opnieuw geschreven (--opnieuw); de invoer van het platform is gewist: {lijst}."
        )
        return True
    print(f"In {bron} staat invoer van het platform: {lijst}.")
    if vraag is not None:
        try:
            antwoord = vraag("Demo opnieuw schrijven en deze invoer wissen? [j/N] ")
        except EOFError:
            antwoord = ""
        if antwoord.strip().lower() in JA:
            return True
    print(
        "De invoer blijft bewaard: de demo start met de bronmap zoals die is. "
        f"Zo start u later weer zonder te wissen: {opdracht} "
        f"(of alleen het dashboard: proeftuin dashboard --source {bron}). "
        f"Opnieuw beginnen en de invoer wissen: {opdracht} --opnieuw."
    )
    return False
