"""The `--auth` file: the identity provider's settings and who gets which role.

Read and checked by the CLI before the platform starts (so a typo stops the start with a
Dutch message naming the line, instead of a login that fails later), and read again by the
app for the `[rollen]` mapping. Knows nothing of Streamlit, so the CLI stays fast.

    [oidc]
    server_metadata_url = "https://login.example.nl/.well-known/openid-configuration"
    client_id = "proeftuin"
    client_secret = "..."
    redirect_uri = "https://proeftuin.example.nl/oauth2callback"
    cookie_secret = "... at least 32 random characters ..."

    [rollen]
    "j.jansen@dordrecht.nl" = "mt"
    "*@dordrecht.nl" = "college:DOR"
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from warehouse import referentie

# `proeftuin dashboard --auth FILE` hands the file's path to the app in this variable.
AUTH_ENV = "PROEFTUIN_AUTH"
OIDC_SLEUTELS = (
    "server_metadata_url",
    "client_id",
    "client_secret",
    "redirect_uri",
    "cookie_secret",
)
MIN_COOKIE_SECRET = 32
# The six members of the proeftuin (the gemeenten a college can belong to).
GEMEENTEN = referentie.GEMEENTEN
# From least to most: each role sees what the one before it sees, and more.
ROLLEN = ("medewerker", "college", "controller", "mt")
ROL_NAMEN = {
    "medewerker": "Medewerker",
    "college": "College",
    "controller": "Controller",
    "mt": "MT",
}


class AuthFout(ValueError):
    """A Dutch message about the auth file, naming the line where it can be fixed."""


@dataclass(frozen=True)
class Rol:
    """A role, and for a college the gemeente whose college it is."""

    soort: str
    gemeente: str | None = None

    @property
    def niveau(self) -> int:
        return ROLLEN.index(self.soort)

    @property
    def label(self) -> str:
        """How the sidebar names the role: "College Dordrecht", "MT"."""
        naam = ROL_NAMEN[self.soort]
        return f"{naam} {GEMEENTEN[self.gemeente]}" if self.gemeente else naam

    @property
    def code(self) -> str:
        """The role as written in the auth file: "college:DOR", "mt"."""
        return f"{self.soort}:{self.gemeente}" if self.gemeente else self.soort


ALLE_ROLLEN = [Rol(s) for s in ROLLEN if s != "college"] + [Rol("college", g) for g in GEMEENTEN]


@dataclass(frozen=True)
class AuthInstellingen:
    oidc: dict[str, str]
    rollen: dict[str, Rol]  # lower-case e-mail address or "*@domain" -> role


def _regels(tekst: str) -> dict[tuple[str, str], int]:
    """(section, key) -> line number, and (section, "") -> the section header's line.

    tomllib gives values, not positions; the messages name lines, so find them here.
    """
    regels: dict[tuple[str, str], int] = {}
    sectie = ""
    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        kaal = regel.strip()
        if kaal.startswith("[") and "]" in kaal:
            sectie = kaal[1 : kaal.index("]")].strip()
            regels.setdefault((sectie, ""), nummer)
        elif "=" in kaal and not kaal.startswith("#"):
            sleutel = kaal.split("=", 1)[0].strip().strip("\"'").lower()
            regels.setdefault((sectie, sleutel), nummer)
    return regels


def lees_rol(waarde: object) -> Rol | None:
    """ "college:DOR" -> Rol("college", "DOR"); None when it is no known role."""
    if not isinstance(waarde, str):
        return None
    soort, _, gemeente = waarde.strip().partition(":")
    soort = soort.lower()
    if soort == "college" and gemeente.upper() in GEMEENTEN:
        return Rol("college", gemeente.upper())
    if soort in ROLLEN and soort != "college" and not gemeente:
        return Rol(soort)
    return None


def lees(pad: Path) -> AuthInstellingen:
    """The checked contents of the auth file at `pad`; AuthFout names what is wrong where."""
    try:
        tekst = Path(pad).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AuthFout(f"Het auth-bestand {pad} bestaat niet.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AuthFout(f"Het auth-bestand {pad} is niet te lezen: {exc}") from None
    try:
        inhoud = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as exc:
        plek = re.search(r"line (\d+), column (\d+)", str(exc))
        waar = f"regel {plek[1]}, kolom {plek[2]}" if plek else "onbekende plek"
        raise AuthFout(f"{pad}, {waar}: dit is geen geldige TOML.") from None
    regels = _regels(tekst)

    def fout(sectie: str, sleutel: str, bericht: str) -> AuthFout:
        regel = regels.get((sectie, sleutel.lower())) or regels.get((sectie, ""))
        return AuthFout(f"{pad}, regel {regel}: {bericht}" if regel else f"{pad}: {bericht}")

    for sectie in inhoud:
        if sectie not in ("oidc", "rollen"):
            raise fout(sectie, "", f"onbekende sectie [{sectie}]; alleen [oidc] en [rollen].")
    for sectie in ("oidc", "rollen"):
        if not isinstance(inhoud.get(sectie), dict):
            raise fout(sectie, "", f"de sectie [{sectie}] ontbreekt.")
    return AuthInstellingen(_oidc(inhoud["oidc"], fout), _rollen(inhoud["rollen"], fout))


def _oidc(sectie: dict, fout) -> dict[str, str]:
    for sleutel in OIDC_SLEUTELS:
        if sleutel not in sectie:
            raise fout("oidc", "", f"in [oidc] ontbreekt {sleutel}.")
        if not isinstance(sectie[sleutel], str) or not sectie[sleutel].strip():
            raise fout("oidc", sleutel, f"{sleutel} moet een niet-lege tekst zijn.")
    for sleutel in sectie:
        if sleutel not in OIDC_SLEUTELS:
            raise fout("oidc", sleutel, f"onbekende sleutel {sleutel} in [oidc].")
    if not sectie["redirect_uri"].endswith("/oauth2callback"):
        raise fout("oidc", "redirect_uri", "redirect_uri moet eindigen op /oauth2callback.")
    if not re.match(r"https?://", sectie["server_metadata_url"]):
        raise fout(
            "oidc", "server_metadata_url", "server_metadata_url moet een http(s)-adres zijn."
        )
    if len(sectie["cookie_secret"]) < MIN_COOKIE_SECRET:
        raise fout(
            "oidc",
            "cookie_secret",
            f"cookie_secret is te kort: gebruik minstens {MIN_COOKIE_SECRET} willekeurige tekens.",
        )
    return {sleutel: sectie[sleutel] for sleutel in OIDC_SLEUTELS}


def _rollen(sectie: dict, fout) -> dict[str, Rol]:
    if not sectie:
        raise fout("rollen", "", "[rollen] is leeg: niemand zou een rol krijgen.")
    rollen: dict[str, Rol] = {}
    for adres, waarde in sectie.items():
        lokaal, at, domein = adres.strip().lower().rpartition("@")
        if not at or not lokaal or not domein or ("*" in lokaal and lokaal != "*"):
            raise fout(
                "rollen", adres, f"{adres!r} is geen e-mailadres of patroon als *@gemeente.nl."
            )
        rol = lees_rol(waarde)
        if rol is None:
            soort = str(waarde).partition(":")[0].lower()
            if soort == "college":
                bericht = (
                    f"onbekende gemeente in {waarde!r}; kies college: met "
                    + ", ".join(GEMEENTEN)
                    + "."
                )
            else:
                bericht = (
                    f"onbekende rol {waarde!r}; kies mt, controller, medewerker of "
                    "college:GEMEENTE (bijvoorbeeld college:DOR)."
                )
            raise fout("rollen", adres, bericht)
        rollen[f"{lokaal}@{domein}"] = rol
    return rollen


def rol_voor(email: str | None, rollen: dict[str, Rol]) -> Rol | None:
    """The role of this login: the exact address first, else its domain's pattern."""
    if not email or "@" not in email:
        return None
    email = email.strip().lower()
    return rollen.get(email) or rollen.get("*@" + email.rpartition("@")[2])


def schrijf_secrets(oidc: dict[str, str]) -> Path:
    """Write Streamlit's `[auth]` secrets into a new private folder; return the file.

    Streamlit reads its OIDC settings from a secrets file. This one lives in a folder only
    the current user can open (mkdtemp: 0700) and is itself 0600, so the client secret is
    never on a command line, in the environment or in a world-readable file. The caller
    removes the folder when the platform stops.
    """
    map_ = Path(tempfile.mkdtemp(prefix="proeftuin-auth-"))
    bestand = map_ / "secrets.toml"
    regels = ["[auth]"] + [
        f"{sleutel} = {json.dumps(waarde, ensure_ascii=False)}" for sleutel, waarde in oidc.items()
    ]
    fd = os.open(bestand, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(regels) + "\n")
    return bestand
