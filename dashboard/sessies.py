"""Server-side sessions on top of Streamlit's login cookie.

Why: Streamlit's cookie is signed, lives 30 days and cannot be withdrawn; whoever holds a
copy is logged in. The platform therefore decides itself, on every run (and on every
download, `dashboard/toegang.py`), whether the login behind the cookie may still be used:

* the ID token's `exp` has passed: the provider's own limit;
* the login (`iat`) is older than `[sessie] duur_uren` (default 8);
* this login was idle longer than `[sessie] inactief_minuten` (default 30), measured from
  the last run of any of its browser tabs;
* the person logged out after this login: `Uitloggen` records the moment, so a copied
  cookie of that login no longer opens a page. Logging in again gives a new `iat` and works;
* the person's role in the auth file changed since this login: the change ends all their
  logins at once (recorded like a logout), so the next click asks them to log in again.

A session is one login: person (issuer|sub) + the token's `iat`, shared by all tabs of the
browser that holds the cookie (and by any copy of it). Why not one per tab: the cookie is
the credential, not the tab; ending a tab's session while the cookie still opens a new tab
protects nothing.

Where: a SQLite file `sessies.sqlite` (0600) in the audit folder, so the idle clock,
logouts and role changes survive a restart and are shared by every process serving the
platform. Without an audit folder (tests, the demo) an in-memory database of this process.
No Streamlit here, so the rules are tested as plain functions.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BESTAND = "sessies.sqlite"
_SCHEMA = """
create table if not exists afgemeld (wie text primary key, moment real not null);
create table if not exists login (
    wie text not null, iat real not null, rol text, laatst real not null,
    primary key (wie, iat)
);
"""
_slot = threading.Lock()  # the in-memory database is one connection for all threads
_geheugen: sqlite3.Connection | None = None


@contextmanager
def _db(map_: Path | None) -> Iterator[sqlite3.Connection]:
    """One transaction on the store; the file is made 0600 in a 0700 folder."""
    global _geheugen
    if map_ is None:
        with _slot:
            if _geheugen is None:
                _geheugen = sqlite3.connect(":memory:", check_same_thread=False)
                _geheugen.executescript(_SCHEMA)
            with _geheugen:
                yield _geheugen
        return
    map_.mkdir(mode=0o700, parents=True, exist_ok=True)
    pad = map_ / BESTAND
    if not pad.exists():
        os.close(os.open(pad, os.O_CREAT | os.O_WRONLY, 0o600))
    verbinding = sqlite3.connect(pad, timeout=10)
    try:
        with verbinding:
            verbinding.executescript(_SCHEMA)
            yield verbinding
    finally:
        verbinding.close()


def _getal(waarde: object) -> float | None:
    return (
        float(waarde) if isinstance(waarde, int | float) and not isinstance(waarde, bool) else None
    )


def controleer(
    wie: str,
    claims: dict,
    sessie: dict[str, int],
    map_: Path | None,
    nu: float | None = None,
    rol: str | None = None,
    gebruik: bool = True,
) -> str | None:
    """None when this login may be used now, else the Dutch reason.

    `rol` is the role the auth file gives the person now: a different role than at the
    first run of this login ends all their logins. With `gebruik` the run counts as
    activity (a page run); a download checks without resetting the idle clock."""
    nu = time.time() if nu is None else nu
    iat, exp = _getal(claims.get("iat")), _getal(claims.get("exp"))
    if iat is None:
        return "uw aanmelding heeft geen tijdstip; log opnieuw in."
    if exp is not None and exp <= nu:
        return "uw aanmelding bij de identity provider is verlopen."
    if nu - iat > sessie["duur_uren"] * 3600:
        return f"u bent langer dan {sessie['duur_uren']} uur geleden ingelogd."
    with _db(map_) as db:
        afgemeld = db.execute("select moment from afgemeld where wie = ?", (wie,)).fetchone()
        if afgemeld is not None and afgemeld[0] >= iat:
            return "u bent na deze aanmelding uitgelogd."
        vorige = db.execute(
            "select rol, laatst from login where wie = ? and iat = ?", (wie, iat)
        ).fetchone()
        if vorige is not None:
            if nu - vorige[1] > sessie["inactief_minuten"] * 60:
                return f"u was langer dan {sessie['inactief_minuten']} minuten niet actief."
            if vorige[0] != rol:
                _afmelden(db, wie, nu)
                return "uw rol op het platform is gewijzigd."
        if gebruik:
            db.execute(
                "insert into login values (?, ?, ?, ?) on conflict (wie, iat) "
                "do update set laatst = excluded.laatst",
                (wie, iat, rol, nu),
            )
    return None


def bekend(wie: str, claims: dict, map_: Path | None) -> bool:
    """Has this login (person + `iat`) been used before, by any tab or server process?
    So the audit trail records a login once, not once per tab or page load."""
    iat = _getal(claims.get("iat"))
    with _db(map_) as db:
        rij = db.execute("select 1 from login where wie = ? and iat = ?", (wie, iat)).fetchone()
    return rij is not None


def _afmelden(db: sqlite3.Connection, wie: str, nu: float) -> None:
    db.execute(
        "insert into afgemeld values (?, ?) on conflict (wie) do update set moment = "
        "max(moment, excluded.moment)",
        (wie, nu),
    )
    db.execute("delete from login where wie = ?", (wie,))


def afmelden(wie: str, map_: Path | None, nu: float | None = None) -> None:
    """End every login of `wie` up to now, for all their cookies (also copied ones)."""
    with _db(map_) as db:
        _afmelden(db, wie, time.time() if nu is None else nu)
