"""The letterhead of a raadsinformatiebrief: `briefhoofd.toml` at the top of the source folder.

Why a file in the source folder: the griffie or the proeftuin-MT decides date, kenmerk and
who signs, not the platform; the source folder is where the platform's users put what it
reads (docs/bronbestanden.md). Only this module reads it; every fault is a Dutch message
that names the field, never tomllib's English.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dutch import format as fmt
from etl.oserrors import dutch_os_error
from report.controle import RapportFout

BESTAND = "briefhoofd.toml"
VERPLICHT = ("afzender", "datum", "kenmerk", "betreft", "ondertekening")
OPTIONEEL = ("verzoek",)
CONTACT = ("naam", "telefoon", "email")
_DATUM = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")


@dataclass(frozen=True)
class Briefhoofd:
    """The fields of the letterhead, checked."""

    afzender: str
    datum: date
    kenmerk: str
    betreft: str
    contact: dict[str, str]  # naam (required), telefoon, email
    ondertekening: str
    verzoek: str | None = None  # the sender's own words on what the college is asked

    def als_json(self) -> dict[str, Any]:
        regels = [("Datum", fmt.datum_lang(self.datum)), ("Ons kenmerk", self.kenmerk)]
        regels.append(("Betreft", self.betreft))
        contact = [self.contact["naam"]]
        contact += [f"{k} {self.contact[v]}" for k, v in (("T", "telefoon"), ("E", "email"))
                    if self.contact.get(v)]  # fmt: skip
        return {
            "afzender": self.afzender,
            "contact": contact,
            "regels": [list(r) for r in regels],
            "ondertekening": self.ondertekening.strip().splitlines(),
        }


def tekst_veld(waarden: dict[str, Any], veld: str, pad: str) -> str:
    waarde = waarden.get(veld)
    if not isinstance(waarde, str) or not waarde.strip():
        raise RapportFout(f"{pad}: het veld {veld} moet een tekst zijn en mag niet leeg zijn")
    return waarde.strip()


def _datum(waarde: object, pad: str) -> date:
    """A TOML date (2012-10-15) or the Dutch way as text ("15-10-2012")."""
    if isinstance(waarde, date):
        return waarde
    gevonden = _DATUM.fullmatch(waarde.strip()) if isinstance(waarde, str) else None
    if gevonden:
        dag, maand, jaar = map(int, gevonden.groups())
        try:
            return date(jaar, maand, dag)
        except ValueError:
            pass
    raise RapportFout(
        f"{pad}: datum {waarde!r} is geen datum; schrijf bijvoorbeeld datum = 2012-10-15 of "
        'datum = "15-10-2012"'
    )


def lees_toml(pad: Path, ontbreekt: str) -> dict[str, Any]:
    """The TOML file at `pad`, or `RapportFout` in Dutch: `ontbreekt` when it is absent, the
    line number when it is no TOML (tomllib's own message is English)."""
    try:
        tekst = pad.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise RapportFout(ontbreekt) from None
    except UnicodeDecodeError:
        raise RapportFout(f"{pad} is geen UTF-8-tekst; sla het op als UTF-8") from None
    except OSError as exc:
        raise RapportFout(f"{pad} is niet te lezen: {dutch_os_error(exc)}") from exc
    try:
        return tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as exc:
        regel = re.search(r"line (\d+)", str(exc))
        waar = f"regel {regel[1]}" if regel else "het bestand"
        raise RapportFout(f'{pad}: {waar} is geen geldige TOML (schrijf veld = "tekst")') from None


def onbekende_velden(pad: Path, waarden: dict[str, Any], bekend: set[str], waar: str = "") -> None:
    """Refuse a field the file does not know (a typing error would otherwise be ignored)."""
    if onbekend := sorted(set(waarden) - bekend):
        raise RapportFout(
            f"{pad}: onbekend veld {', '.join(onbekend)}{waar}; toegestaan zijn "
            f"{', '.join(sorted(bekend))}"
        )


def lees_briefhoofd(bron: Path) -> Briefhoofd:
    """The letterhead in `bron`/briefhoofd.toml, checked field by field."""
    pad = bron / BESTAND
    waarden = lees_toml(
        pad,
        f"voor een raadsinformatiebrief is {pad} nodig, met afzender, datum, kenmerk, "
        "betreft, ondertekening en [contactpersoon] naam (zie docs/bronbestanden.md)",
    )
    onbekende_velden(pad, waarden, {*VERPLICHT, *OPTIONEEL, "contactpersoon"})
    for veld in VERPLICHT:
        if veld not in waarden:
            raise RapportFout(f"{pad}: het veld {veld} ontbreekt")
    contact = waarden.get("contactpersoon")
    if not isinstance(contact, dict):
        raise RapportFout(
            f"{pad}: [contactpersoon] ontbreekt; geef ten minste naam (en telefoon, email)"
        )
    onbekende_velden(pad, contact, set(CONTACT), " in [contactpersoon]")
    verzoek = waarden.get("verzoek")
    return Briefhoofd(
        afzender=tekst_veld(waarden, "afzender", str(pad)),
        datum=_datum(waarden["datum"], str(pad)),
        kenmerk=tekst_veld(waarden, "kenmerk", str(pad)),
        betreft=tekst_veld(waarden, "betreft", str(pad)),
        contact={
            "naam": tekst_veld(contact, "naam", f"{pad} [contactpersoon]"),
            **{
                k: tekst_veld(contact, k, f"{pad} [contactpersoon]")
                for k in CONTACT[1:]
                if k in contact
            },
        },
        ondertekening=tekst_veld(waarden, "ondertekening", str(pad)),
        verzoek=tekst_veld(waarden, "verzoek", str(pad)) if verzoek is not None else None,
    )
