"""Server-side sessions on top of Streamlit's login cookie.

Why: Streamlit's cookie is signed, lives 30 days and cannot be withdrawn; whoever holds a
copy is logged in. The platform therefore decides itself, on every run, whether the login
behind the cookie may still be used:

* the ID token's `exp` has passed: the provider's own limit;
* the login (`iat`) is older than `[sessie] duur_uren` (default 8);
* this login was idle longer than `[sessie] inactief_minuten` (default 30), measured here
  from the last run of any of its sessions (kept in memory: a restart forgets it, the
  lifetime still holds);
* the person logged out after this login: `Uitloggen` records the moment, kept on disk in
  the audit folder (`afgemeld.json`), so a copied cookie of that login no longer opens a
  page, also after a restart. Logging in again gives a new `iat` and works.

No Streamlit here, so the rules are tested as plain functions.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from pathlib import Path

AFGEMELD = "afgemeld.json"
_slot = threading.Lock()
_laatst: dict[tuple[str, float], float] = {}  # (person, iat) -> last run, epoch seconds
_afgemeld: dict[str, float] = {}  # person -> moment of their last logout
_gelezen: dict[str, float] = {}  # file path -> mtime read into _afgemeld


def _getal(waarde: object) -> float | None:
    return (
        float(waarde) if isinstance(waarde, int | float) and not isinstance(waarde, bool) else None
    )


def _lees_afgemeld(map_: Path | None) -> None:
    if map_ is None:
        return
    pad = map_ / AFGEMELD
    try:
        mtime = pad.stat().st_mtime
    except OSError:
        return
    if _gelezen.get(str(pad)) == mtime:
        return
    try:
        inhoud = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    for wie, moment in inhoud.items():
        if isinstance(moment, int | float):
            _afgemeld[wie] = max(_afgemeld.get(wie, 0.0), float(moment))
    _gelezen[str(pad)] = mtime


def controleer(
    wie: str, claims: dict, sessie: dict[str, int], map_: Path | None, nu: float | None = None
) -> str | None:
    """None when this login may be used now (and note the run), else the Dutch reason."""
    nu = time.time() if nu is None else nu
    iat, exp = _getal(claims.get("iat")), _getal(claims.get("exp"))
    if iat is None:
        return "uw aanmelding heeft geen tijdstip; log opnieuw in."
    if exp is not None and exp <= nu:
        return "uw aanmelding bij de identity provider is verlopen."
    if nu - iat > sessie["duur_uren"] * 3600:
        return f"u bent langer dan {sessie['duur_uren']} uur geleden ingelogd."
    with _slot:
        _lees_afgemeld(map_)
        if _afgemeld.get(wie, float("-inf")) >= iat:
            return "u bent na deze aanmelding uitgelogd."
        vorige = _laatst.get((wie, iat))
        if vorige is not None and nu - vorige > sessie["inactief_minuten"] * 60:
            return f"u was langer dan {sessie['inactief_minuten']} minuten niet actief."
        _laatst[(wie, iat)] = nu
    return None


def afmelden(wie: str, map_: Path | None, nu: float | None = None) -> None:
    """End every login of `wie` up to now, for all their cookies (also copied ones)."""
    nu = time.time() if nu is None else nu
    with _slot:
        _lees_afgemeld(map_)
        _afgemeld[wie] = nu
        for sleutel in [s for s in _laatst if s[0] == wie]:
            del _laatst[sleutel]
        if map_ is None:
            return
        map_.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tijdelijk = tempfile.mkstemp(dir=map_, prefix=".afgemeld-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(_afgemeld, f)
        os.replace(tijdelijk, map_ / AFGEMELD)
        _gelezen[str(map_ / AFGEMELD)] = (map_ / AFGEMELD).stat().st_mtime
