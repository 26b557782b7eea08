"""The audit trail: who logged in, was refused, saw person-level pages, downloaded or acted.

Why its own module (without Streamlit): the platform writes it and `proeftuin audit`
searches it, for a privacy officer's question ("who saw Alblasserdam's hours in March?").

One file of JSON lines per day (`audit-2026-12-06.jsonl`) in a folder outside the web
root: `proeftuin dashboard --audit MAP`, by default `audit/` beside the warehouse. Append
only: each record is one `write` on a file opened with O_APPEND (whole lines, also from
several sessions at once), the file 0600 and the folder 0700. A record never holds a token,
a secret or a claim besides the person's identity and e-mail.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

AUDIT_ENV = "PROEFTUIN_AUDIT"
MAP_NAAM = "audit"
# What a record may hold besides the fixed fields: never a token, a secret or raw claims.
DETAILS = frozenset({"pagina", "bestand", "actie", "opdracht", "periode", "reden", "provider"})
SOORTEN = {
    "inloggen": "ingelogd",
    "uitloggen": "uitgelogd",
    "geweigerd": "toegang geweigerd",
    "bekeken": "pagina met persoonsgegevens bekeken",
    "download": "download",
    "actie": "actie op het platform",
}


def standaard_map(warehouse: Path) -> Path:
    """The default folder: `audit/` beside the warehouse (never under the web root)."""
    return Path(warehouse).resolve().parent / MAP_NAAM


def map_() -> Path | None:
    """The folder the running platform writes to, or None: no audit trail (local demo)."""
    pad = os.environ.get(AUDIT_ENV)
    return Path(pad) if pad else None


def _bestand(map_: Path, dag: date) -> Path:
    return map_ / f"audit-{dag.isoformat()}.jsonl"


def schrijf(
    soort: str,
    wie: str | None,
    rol: str | None,
    gemeente: str | None,
    nu: datetime | None = None,
    map_pad: Path | None = None,
    **details: str | None,
) -> None:
    """Append one record; nothing when the platform has no audit folder."""
    doel = map_pad or map_()
    if doel is None:
        return
    assert soort in SOORTEN and set(details) <= DETAILS, (soort, details)
    nu = nu or datetime.now().astimezone()
    record = {
        "tijd": nu.isoformat(timespec="seconds"),
        "soort": soort,
        "wie": wie,
        "rol": rol,
        "gemeente": gemeente,
        **{k: v for k, v in details.items() if v is not None},
    }
    doel.mkdir(mode=0o700, parents=True, exist_ok=True)
    regel = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    fd = os.open(_bestand(doel, nu.date()), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, regel)
    finally:
        os.close(fd)


def zoek(
    map_pad: Path, van: date, tot: date, wie: str | None = None, soort: str | None = None
) -> Iterator[dict]:
    """The records from `van` up to and including `tot`, oldest first; `wie` matches part
    of the person (identity or e-mail, case-insensitive). A line that is no JSON (a disk
    that filled up mid-line) is reported as such, never skipped silently."""
    dag = van
    while dag <= tot:
        bestand = _bestand(map_pad, dag)
        if bestand.is_file():
            with bestand.open(encoding="utf-8") as f:
                for nummer, regel in enumerate(f, start=1):
                    try:
                        record = json.loads(regel)
                    except json.JSONDecodeError:
                        yield {
                            "tijd": dag.isoformat(),
                            "soort": "onleesbaar",
                            "regel": nummer,
                            "bestand": bestand.name,
                        }
                        continue
                    if wie and wie.lower() not in str(record.get("wie") or "").lower():
                        continue
                    if soort and record.get("soort") != soort:
                        continue
                    yield record
        dag += timedelta(days=1)


def regel(record: dict) -> str:
    """One record as a Dutch line: "06-12-2026 19:10:02 · ingelogd · wie (rol, gemeente) · …"."""
    try:
        tijd = datetime.fromisoformat(str(record.get("tijd"))).strftime("%d-%m-%Y %H:%M:%S")
    except ValueError:
        tijd = str(record.get("tijd"))
    if record.get("soort") == "onleesbaar":
        return f"{tijd} · onleesbare regel {record['regel']} in {record['bestand']}"
    rol = ", ".join(str(record[k]) for k in ("rol", "gemeente") if record.get(k))
    details = " · ".join(f"{k}: {record[k]}" for k in sorted(DETAILS) if record.get(k))
    delen = [
        tijd,
        SOORTEN.get(str(record.get("soort")), str(record.get("soort"))),
        f"{record.get('wie') or 'onbekend'}" + (f" ({rol})" if rol else ""),
    ]
    return " · ".join(delen + ([details] if details else []))


def run_audit_command(
    map_pad: Path | None,
    warehouse: Path,
    van: date,
    tot: date,
    wie: str | None,
    soort: str | None,
) -> int:
    """`proeftuin audit`: print the matching records in Dutch; 1 when there is no log."""
    map_pad = map_pad or standaard_map(warehouse)
    if not map_pad.is_dir():
        print(
            f"Fout: er is geen auditlog in {map_pad}. Geef de map met --map (de map van "
            "`proeftuin dashboard --audit`).",
            file=sys.stderr,
        )
        return 1
    if tot < van:
        print("Fout: --tot ligt voor --van.", file=sys.stderr)
        return 1
    aantal = 0
    for record in zoek(map_pad, van, tot, wie, soort):
        print(regel(record))
        aantal += 1
    periode = van.strftime("%d-%m-%Y") + (
        "" if tot == van else f" tot en met {tot.strftime('%d-%m-%Y')}"
    )
    print(f"{aantal} gebeurtenis(sen) op {periode}" + (f" voor '{wie}'" if wie else "") + ".")
    return 0
