"""The `--auth` file: the identity providers, the session limits and who gets which role.

Read and checked by the CLI before the platform starts (so a typo stops the start with a
Dutch message naming the line, instead of a login that fails later), and read again by the
app for the `[rollen]` mapping. Knows nothing of Streamlit, so the CLI stays fast.

    [oidc]                                   # shared by every provider
    redirect_uri = "https://proeftuin.example.nl/oauth2callback"
    cookie_secret = "... at least 32 random characters ..."

    [oidc.DOR]                               # one provider per gemeente (its code)
    server_metadata_url = "https://login.microsoftonline.com/TENANT/v2.0/.well-known/openid-configuration"
    client_id = "proeftuin"
    client_secret = "..."
    email = true                             # a verified e-mail of this provider may match

    [sessie]                                 # optional; these are the defaults
    duur_uren = 8
    inactief_minuten = 30

    [rollen]
    "DOR:3f2a-sub-of-the-person" = "mt"      # provider:sub, the person's fixed identity
    "j.jansen@dordrecht.nl" = "controller"   # only when that provider has email = true
    "*@dordrecht.nl" = "college:DOR"
    "stagiair@dordrecht.nl" = "geen"         # no access, whatever else matches

A person is the issuer and `sub` of their login (the issuer is the provider's, derived
from its discovery URL as the OpenID spec defines it). An e-mail address identifies a
person only when the provider vouches for it (`email_verified` true) and the file allows
that provider's e-mail (`email = true`). The older single-provider form (all keys in
`[oidc]`) still works: its provider is named `oidc` in `[rollen]` keys.
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
GEDEELD = ("redirect_uri", "cookie_secret")
PROVIDER_SLEUTELS = ("server_metadata_url", "client_id", "client_secret")
OIDC_SLEUTELS = (*PROVIDER_SLEUTELS, *GEDEELD)
DISCOVERY = "/.well-known/openid-configuration"
EEN_PROVIDER = "oidc"  # the provider's name in the single-provider form
GEEN = "geen"  # the role that shuts a person out, whatever else matches them
SESSIE_STANDAARD = {"duur_uren": 8, "inactief_minuten": 30}
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
class Provider:
    """One identity provider: a gemeente's (or, in the single form, the only one)."""

    naam: str  # "DOR", or EEN_PROVIDER
    server_metadata_url: str
    client_id: str
    client_secret: str
    email: bool  # may a verified e-mail of this provider match an e-mail key?

    @property
    def issuer(self) -> str:
        """The issuer its tokens must carry: the discovery URL without the well-known part
        (OpenID Connect Discovery 1.0, section 4)."""
        return self.server_metadata_url.removesuffix(DISCOVERY)

    @property
    def label(self) -> str:
        return GEMEENTEN.get(self.naam, self.naam)

    @property
    def streamlit_naam(self) -> str:
        """The name in Streamlit's `[auth.NAME]` (lower case, no underscore)."""
        return self.naam.lower()


@dataclass(frozen=True)
class AuthInstellingen:
    oidc: dict[str, str]  # the shared keys: redirect_uri, cookie_secret
    providers: dict[str, Provider]  # by name ("DOR"); one named EEN_PROVIDER in the old form
    rollen: dict[str, Rol | None]  # "PROVIDER:sub", lower-case e-mail or "*@domain" -> role
    sessie: dict[str, int]  # duur_uren, inactief_minuten

    def provider(self, streamlit_naam: object) -> Provider | None:
        """The provider Streamlit names in `st.user["provider"]` ("default" in the old form)."""
        for provider in self.providers.values():
            if provider.streamlit_naam == streamlit_naam or (
                provider.naam == EEN_PROVIDER and streamlit_naam in ("default", None)
            ):
                return provider
        return None


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
        if sectie not in ("oidc", "rollen", "sessie"):
            raise fout(
                sectie, "", f"onbekende sectie [{sectie}]; alleen [oidc], [sessie] en [rollen]."
            )
    for sectie in ("oidc", "rollen"):
        if not isinstance(inhoud.get(sectie), dict):
            raise fout(sectie, "", f"de sectie [{sectie}] ontbreekt.")
    _prive(pad)
    oidc, providers = _oidc(inhoud["oidc"], fout)
    return AuthInstellingen(
        oidc,
        providers,
        _rollen(inhoud["rollen"], set(providers), fout),
        _sessie(inhoud.get("sessie", {}), fout),
    )


def _prive(pad: Path) -> None:
    """Refuse a file others may read: it holds the client secrets."""
    modus = Path(pad).stat().st_mode
    if modus & 0o077:
        raise AuthFout(
            f"{pad}: het auth-bestand is leesbaar voor anderen (rechten "
            f"{modus & 0o777:o}); het bevat de client secrets. Maak het alleen leesbaar "
            f"voor de gebruiker van het platform: chown proeftuin {pad} && chmod 600 {pad}"
        )


def _tekst(sectie: dict, naam: str, sleutel: str, fout) -> str:
    if sleutel not in sectie:
        raise fout(naam, "", f"in [{naam}] ontbreekt {sleutel}.")
    if not isinstance(sectie[sleutel], str) or not sectie[sleutel].strip():
        raise fout(naam, sleutel, f"{sleutel} moet een niet-lege tekst zijn.")
    return sectie[sleutel]


def _oidc(sectie: dict, fout) -> tuple[dict[str, str], dict[str, Provider]]:
    """The shared keys, and the providers: `[oidc.CODE]` tables, or the single form."""
    tabellen = {k: v for k, v in sectie.items() if isinstance(v, dict)}
    toegestaan = GEDEELD if tabellen else (*OIDC_SLEUTELS, "email")
    for sleutel in sectie:
        if sleutel not in tabellen and sleutel not in toegestaan:
            raise fout("oidc", sleutel, f"onbekende sleutel {sleutel} in [oidc].")
    gedeeld = {sleutel: _tekst(sectie, "oidc", sleutel, fout) for sleutel in GEDEELD}
    if not gedeeld["redirect_uri"].endswith("/oauth2callback"):
        raise fout("oidc", "redirect_uri", "redirect_uri moet eindigen op /oauth2callback.")
    if len(gedeeld["cookie_secret"]) < MIN_COOKIE_SECRET:
        raise fout(
            "oidc",
            "cookie_secret",
            f"cookie_secret is te kort: gebruik minstens {MIN_COOKIE_SECRET} willekeurige tekens.",
        )
    if not tabellen:
        return gedeeld, {EEN_PROVIDER: _provider(EEN_PROVIDER, "oidc", sectie, fout)}
    providers = {}
    for naam, tabel in tabellen.items():
        if naam.upper() not in GEMEENTEN:
            raise fout(
                f"oidc.{naam}",
                "",
                f"[oidc.{naam}]: noem een provider naar de code van zijn gemeente: "
                + ", ".join(GEMEENTEN)
                + ".",
            )
        for sleutel in tabel:
            if sleutel not in (*PROVIDER_SLEUTELS, "email"):
                raise fout(
                    f"oidc.{naam}", sleutel, f"onbekende sleutel {sleutel} in [oidc.{naam}]."
                )
        providers[naam.upper()] = _provider(naam.upper(), f"oidc.{naam}", tabel, fout)
    return gedeeld, providers


def _provider(naam: str, sectienaam: str, sectie: dict, fout) -> Provider:
    waarden = {sleutel: _tekst(sectie, sectienaam, sleutel, fout) for sleutel in PROVIDER_SLEUTELS}
    if not re.match(r"https?://", waarden["server_metadata_url"]):
        raise fout(
            sectienaam, "server_metadata_url", "server_metadata_url moet een http(s)-adres zijn."
        )
    if not waarden["server_metadata_url"].endswith(DISCOVERY):
        raise fout(
            sectienaam,
            "server_metadata_url",
            f"server_metadata_url moet eindigen op {DISCOVERY} (daaruit volgt de issuer).",
        )
    email = sectie.get("email", False)
    if not isinstance(email, bool):
        raise fout(sectienaam, "email", "email is true of false.")
    return Provider(naam, email=email, **waarden)


def _sessie(sectie: object, fout) -> dict[str, int]:
    if not isinstance(sectie, dict):
        raise fout("sessie", "", "[sessie] moet een sectie zijn.")
    uit = dict(SESSIE_STANDAARD)
    for sleutel, waarde in sectie.items():
        if sleutel not in SESSIE_STANDAARD:
            raise fout("sessie", sleutel, f"onbekende sleutel {sleutel} in [sessie].")
        if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde <= 0:
            raise fout("sessie", sleutel, f"{sleutel} moet een positief geheel getal zijn.")
        uit[sleutel] = waarde
    return uit


def _sleutel(tekst: str, providers: set[str]) -> str | None:
    """A `[rollen]` key in its one comparable form, or None when it is no identity."""
    naam, dubbelepunt, sub = tekst.strip().partition(":")
    if dubbelepunt and "@" not in naam and sub.strip():
        return f"{naam.upper()}:{sub.strip()}" if naam.upper() in providers else None
    lokaal, at, domein = tekst.strip().lower().rpartition("@")
    if not at or not lokaal or not domein or "*" in domein or ("*" in lokaal and lokaal != "*"):
        return None
    return f"{lokaal}@{domein}"


def _rollen(sectie: dict, providers: set[str], fout) -> dict[str, Rol | None]:
    if not sectie:
        raise fout("rollen", "", "[rollen] is leeg: niemand zou een rol krijgen.")
    rollen: dict[str, Rol | None] = {}
    for adres, waarde in sectie.items():
        sleutel = _sleutel(adres, providers)
        if sleutel is None:
            raise fout(
                "rollen",
                adres,
                f"{adres!r} is geen e-mailadres, patroon als *@gemeente.nl of PROVIDER:sub "
                f"(providers: {', '.join(sorted(providers))}); *@* is niet toegestaan.",
            )
        if sleutel in rollen:
            raise fout("rollen", adres, f"{adres!r} staat dubbel in [rollen].")
        if isinstance(waarde, str) and waarde.strip().lower() == GEEN:
            rollen[sleutel] = None
            continue
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
                    f"onbekende rol {waarde!r}; kies mt, controller, medewerker, "
                    "college:GEMEENTE (bijvoorbeeld college:DOR) of geen."
                )
            raise fout("rollen", adres, bericht)
        rollen[sleutel] = rol
    return rollen


@dataclass(frozen=True)
class Identiteit:
    """Who logged in: the provider (from the file), the token's issuer and sub, and the
    e-mail address when the provider vouches for it."""

    provider: str
    issuer: str
    sub: str
    email: str | None  # lower case; None unless verified and allowed

    @property
    def sleutel(self) -> str:
        """The person in the audit trail and the session registry: issuer + sub."""
        return f"{self.issuer}|{self.sub}"


def identiteit(claims: dict, instellingen: AuthInstellingen) -> Identiteit | None:
    """The person behind the login's claims, or None when they do not add up: an unknown
    provider, an issuer that is not that provider's, no sub. Claims of the wrong type (an
    `email` sent as an object) count as absent, never as an error."""
    provider = instellingen.provider(claims.get("provider"))
    iss, sub = claims.get("iss"), claims.get("sub")
    if provider is None or not isinstance(sub, str) or not sub.strip():
        return None
    if not isinstance(iss, str) or iss.rstrip("/") != provider.issuer.rstrip("/"):
        return None
    email = claims.get("email")
    vertrouwd = provider.email and claims.get("email_verified") is True
    geldig = isinstance(email, str) and re.fullmatch(r"[^@\s]+@[^@\s]+", email.strip())
    return Identiteit(
        provider.naam, iss, sub.strip(), email.strip().lower() if vertrouwd and geldig else None
    )


def rol_voor(wie: Identiteit | str | None, rollen: dict[str, Rol | None]) -> Rol | None:
    """The role of this login, or None (no access).

    Every key that matches counts: `geen` anywhere wins; otherwise the most exact one
    (provider:sub, then the e-mail address, then its domain's pattern). A plain string is
    an e-mail address already trusted (the tests and the single form's old callers)."""
    if isinstance(wie, Identiteit):
        kandidaten = [f"{wie.provider}:{wie.sub}"]
        email = wie.email
    else:
        kandidaten, email = [], wie
    if email and "@" in email:
        email = email.strip().lower()
        kandidaten += [email, "*@" + email.rpartition("@")[2]]
    gevonden = [k for k in kandidaten if k in rollen]
    if not gevonden or any(rollen[k] is None for k in gevonden):
        return None
    return rollen[gevonden[0]]


def secrets_tekst(instellingen: AuthInstellingen) -> str:
    """Streamlit's `[auth]` secrets: the shared keys, and each provider as `[auth.name]`
    (in the single form the provider's keys sit in `[auth]` itself)."""

    def regels(waarden: dict[str, str]) -> list[str]:
        return [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in waarden.items()]

    uit = ["[auth]", *regels(instellingen.oidc)]
    for provider in instellingen.providers.values():
        waarden = {k: getattr(provider, k) for k in PROVIDER_SLEUTELS}
        if provider.naam == EEN_PROVIDER:
            uit += regels(waarden)
        else:
            uit += ["", f"[auth.{provider.streamlit_naam}]", *regels(waarden)]
    return "\n".join(uit) + "\n"


def schrijf_secrets(instellingen: AuthInstellingen) -> Path:
    """Write Streamlit's `[auth]` secrets into a new private folder; return the file.

    Streamlit reads its OIDC settings from a secrets file. This one lives in a folder only
    the current user can open (mkdtemp: 0700) and is itself 0600, so the client secret is
    never on a command line, in the environment or in a world-readable file. The caller
    removes the folder when the platform stops.
    """
    map_ = Path(tempfile.mkdtemp(prefix="proeftuin-auth-"))
    bestand = map_ / "secrets.toml"
    fd = os.open(bestand, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secrets_tekst(instellingen))
    return bestand
