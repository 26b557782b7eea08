"""Identity, sessions and the audit trail of a login (issue 21), without a browser.

The claims are what Streamlit's login cookie holds (`st.user`): set on `AppTest.user` as
the OpenID provider would send them. The browser tests (test_login_browser.py) log in
through a real provider.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import tomllib
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import audit, auth, sessies
from dashboard.authbestand import AuthFout, Rol, identiteit, lees, rol_voor, secrets_tekst
from tests.console import run_console_script
from tests.dashboard.bouw import APP
from tests.dashboard.helpers import tekst, zonder_fouten

TWEE = """\
[oidc]
redirect_uri = "https://proeftuin.example.nl/oauth2callback"
cookie_secret = "0123456789abcdef0123456789abcdef"

[oidc.DOR]
server_metadata_url = "https://sso.dordrecht.nl/realms/dor/.well-known/openid-configuration"
client_id = "proeftuin"
client_secret = "geheim-van-dordrecht"
email = true

[oidc.pap]
server_metadata_url = "https://login.papendrecht.nl/.well-known/openid-configuration"
client_id = "proeftuin"
client_secret = "geheim-van-papendrecht"

[sessie]
duur_uren = 8
inactief_minuten = 30

[rollen]
"PAP:sub-van-de-baas" = "mt"
"j.jansen@dordrecht.nl" = "controller"
"*@dordrecht.nl" = "college:DOR"
"stagiair@dordrecht.nl" = "geen"
"PAP:sub-van-de-stagiair" = "geen"
"""
DOR = "https://sso.dordrecht.nl/realms/dor"
PAP = "https://login.papendrecht.nl"


def schrijf(tmp_path: Path, tekst_: str = TWEE, modus: int = 0o600) -> Path:
    pad = tmp_path / "auth.toml"
    pad.write_text(tekst_, encoding="utf-8")
    pad.chmod(modus)
    return pad


def claims(provider: str, iss: str, sub: str, **extra) -> dict:
    nu = int(time.time())
    return {
        "is_logged_in": True,
        "provider": provider,
        "iss": iss,
        "sub": sub,
        "iat": nu,
        "exp": nu + 3600,
        **extra,
    }


def test_two_providers_and_their_secrets(tmp_path):
    instellingen = lees(schrijf(tmp_path))
    assert list(instellingen.providers) == ["DOR", "PAP"]
    assert instellingen.providers["DOR"].issuer == DOR
    assert instellingen.providers["PAP"].email is False
    secrets = tomllib.loads(secrets_tekst(instellingen))
    assert secrets["auth"]["redirect_uri"].endswith("/oauth2callback")
    assert secrets["auth"]["dor"]["client_secret"] == "geheim-van-dordrecht"
    assert secrets["auth"]["pap"]["client_id"] == "proeftuin"


def test_a_person_is_issuer_and_sub_and_email_only_when_verified_and_allowed(tmp_path):
    instellingen = lees(schrijf(tmp_path))
    rollen = instellingen.rollen

    def rol(c: dict) -> Rol | None:
        wie = identiteit(c, instellingen)
        return None if wie is None else rol_voor(wie, rollen)

    assert rol(claims("pap", PAP, "sub-van-de-baas")) == Rol("mt")
    # the MT's sub from another provider is someone else
    assert rol(claims("dor", DOR, "sub-van-de-baas")) is None
    # a token of Dordrecht's realm presented as Papendrecht's: the issuer does not match
    assert identiteit(claims("pap", DOR, "sub-van-de-baas"), instellingen) is None
    verified = {"email": "J.Jansen@dordrecht.nl", "email_verified": True}
    assert rol(claims("dor", DOR, "x1", **verified)) == Rol("controller")
    # email_verified false (or absent) never grants a role by e-mail
    assert rol(claims("dor", DOR, "x1", email="j.jansen@dordrecht.nl")) is None
    assert (
        rol(claims("dor", DOR, "x1", email="j.jansen@dordrecht.nl", email_verified=False)) is None
    )
    # Papendrecht's provider may not vouch for e-mail: its addresses match nothing
    assert rol(claims("pap", PAP, "x2", **verified)) is None
    # an explicit geen wins over the domain's wildcard, and over a sub's
    geen = {"email": "stagiair@dordrecht.nl", "email_verified": True}
    assert rol(claims("dor", DOR, "x3", **geen)) is None
    assert rol(claims("dor", DOR, "x4", email="ander@dordrecht.nl", email_verified=True)) == Rol(
        "college", "DOR"
    )
    assert rol(claims("pap", PAP, "sub-van-de-stagiair")) is None


@pytest.mark.parametrize(
    "vreemd",
    [{"email": {"adres": "mt@proeftuin.nl"}}, {"email": ["a@b.nl"]}, {"sub": {"x": 1}}, {"iss": 7}],
)
def test_odd_claims_are_no_identity_and_no_error(tmp_path, vreemd):
    instellingen = lees(schrijf(tmp_path))
    wie = identiteit({**claims("dor", DOR, "x5", email_verified=True), **vreemd}, instellingen)
    assert wie is None or (wie.email is None and rol_voor(wie, instellingen.rollen) is None)


@pytest.mark.parametrize(
    ("vervang", "door", "verwacht"),
    [
        ('"stagiair@dordrecht.nl" = "geen"', '"*@*" = "medewerker"', "*@* is niet toegestaan"),
        (
            '"stagiair@dordrecht.nl" = "geen"',
            '"J.JANSEN@dordrecht.nl" = "mt"',
            "staat dubbel in [rollen]",
        ),
        ('"PAP:sub-van-de-baas"', '"ZWD:sub-van-de-baas"', "is geen e-mailadres"),
        ("[oidc.pap]", "[oidc.papendrecht]", "noem een provider naar de code"),
        ("duur_uren = 8", "duur_uren = 0", "moet een positief geheel getal zijn"),
        ("email = true", 'email = "ja"', "email is true of false"),
    ],
)
def test_a_bad_mapping_is_refused_in_dutch(tmp_path, vervang, door, verwacht):
    assert vervang in TWEE
    with pytest.raises(AuthFout) as fout:
        lees(schrijf(tmp_path, TWEE.replace(vervang, door, 1)))
    assert verwacht in str(fout.value)


@pytest.mark.parametrize("modus", [0o640, 0o604, 0o644])
def test_a_file_others_may_read_is_refused(tmp_path, modus):
    with pytest.raises(AuthFout, match=r"leesbaar voor anderen .* chmod 600"):
        lees(schrijf(tmp_path, modus=modus))


def test_the_cli_refuses_a_readable_file_before_starting(tmp_path):
    pad = schrijf(tmp_path, modus=0o644)
    uit = run_console_script("dashboard", "--auth", str(pad), "--port", "8599")
    assert uit.returncode == 1
    assert "leesbaar voor anderen" in uit.stderr
    assert "geheim" not in uit.stdout + uit.stderr


# Sessions: plain functions with a clock passed in.
SESSIE = {"duur_uren": 8, "inactief_minuten": 30}


def test_session_ends_with_the_token_the_lifetime_and_idleness(tmp_path):
    t = 1_000_000.0
    c = {"iat": t, "exp": t + 3600}
    assert sessies.controleer("s-token", c, SESSIE, tmp_path, nu=t + 10) is None
    assert "verlopen" in sessies.controleer("s-token", c, SESSIE, tmp_path, nu=t + 3600)
    lang = {"iat": t, "exp": t + 24 * 3600}
    assert sessies.controleer("s-lang", lang, SESSIE, tmp_path, nu=t + 7 * 3600) is None
    assert "8 uur" in sessies.controleer("s-lang", lang, SESSIE, tmp_path, nu=t + 8 * 3600 + 1)
    assert sessies.controleer("s-idle", lang, SESSIE, tmp_path, nu=t + 60) is None
    assert sessies.controleer("s-idle", lang, SESSIE, tmp_path, nu=t + 60 + 29 * 60) is None
    assert "30 minuten" in sessies.controleer("s-idle", lang, SESSIE, tmp_path, nu=t + 61 * 60)
    assert "tijdstip" in sessies.controleer("s-geen-iat", {"exp": t}, SESSIE, tmp_path, nu=t)


def test_logout_ends_every_copy_of_the_login_also_after_a_restart(tmp_path):
    t = 2_000_000.0
    c = {"iat": t, "exp": t + 3600}
    assert sessies.controleer("s-uit", c, SESSIE, tmp_path, nu=t + 5) is None
    sessies.afmelden("s-uit", tmp_path, nu=t + 10)
    assert "uitgelogd" in sessies.controleer("s-uit", c, SESSIE, tmp_path, nu=t + 11)
    # the store is a file of the service user only, read afresh by a restarted server
    assert (tmp_path / sessies.BESTAND).stat().st_mode & 0o777 == 0o600
    assert "uitgelogd" in _in_ander_proces(tmp_path, "s-uit", c, t + 12)
    # a new login (a later iat) works
    assert (
        sessies.controleer("s-uit", {"iat": t + 20, "exp": t + 3600}, SESSIE, tmp_path, nu=t + 21)
        is None
    )


def _in_ander_proces(map_: Path, wie: str, c: dict, nu: float, rol: str | None = None) -> str:
    """`sessies.controleer` in a new Python process (a restarted or second server)."""
    code = (
        "import json, sys; from pathlib import Path; from dashboard import sessies; "
        "a = json.loads(sys.argv[1]); "
        "print(sessies.controleer(a['wie'], a['c'], a['s'], Path(a['map']), nu=a['nu'], "
        "rol=a['rol']))"
    )
    argument = {"wie": wie, "c": c, "s": SESSIE, "map": str(map_), "nu": nu, "rol": rol}
    uit = subprocess.run(
        [sys.executable, "-c", code, json.dumps(argument)],
        capture_output=True,
        text=True,
        check=True,
    )
    return uit.stdout.strip()


def test_idle_time_is_kept_server_side_and_shared_by_processes(tmp_path):
    t = 3_000_000.0
    c = {"iat": t, "exp": t + 24 * 3600}
    assert sessies.controleer("s-rust", c, SESSIE, tmp_path, nu=t + 60, rol="mt") is None
    # another process (a restart) still knows when this login was last used: idle
    assert "30 minuten" in _in_ander_proces(tmp_path, "s-rust", c, t + 60 + 31 * 60, "mt")
    # a click 20 minutes later in the second process keeps it alive for the first
    assert _in_ander_proces(tmp_path, "s-bezig", c, t + 60, "mt") == "None"
    assert _in_ander_proces(tmp_path, "s-bezig", c, t + 60 + 20 * 60, "mt") == "None"
    assert sessies.controleer("s-bezig", c, SESSIE, tmp_path, nu=t + 60 + 45 * 60, rol="mt") is None
    # a download's check does not reset the idle clock
    sessies.controleer("s-los", c, SESSIE, tmp_path, nu=t, rol="mt")
    assert (
        sessies.controleer("s-los", c, SESSIE, tmp_path, nu=t + 25 * 60, rol="mt", gebruik=False)
        is None
    )
    assert "30 minuten" in sessies.controleer(
        "s-los", c, SESSIE, tmp_path, nu=t + 31 * 60, rol="mt"
    )


def test_a_role_change_ends_every_login_of_that_person(tmp_path):
    t = 4_000_000.0
    c = {"iat": t, "exp": t + 3600}
    assert sessies.controleer("s-rol", c, SESSIE, tmp_path, nu=t + 1, rol="mt") is None
    assert sessies.controleer("s-rol", c, SESSIE, tmp_path, nu=t + 2, rol="mt") is None
    assert "rol" in sessies.controleer("s-rol", c, SESSIE, tmp_path, nu=t + 3, rol="medewerker")
    # ended, not just refused once: the old role back does not reopen it
    assert "uitgelogd" in sessies.controleer("s-rol", c, SESSIE, tmp_path, nu=t + 4, rol="mt")
    nieuw = {"iat": t + 10, "exp": t + 3600}
    assert sessies.controleer("s-rol", nieuw, SESSIE, tmp_path, nu=t + 11, rol="medewerker") is None


# The app itself, with the claims of a login.


@pytest.fixture
def platform(klein_warehouse, tmp_path, monkeypatch):
    """The app with the two-provider auth file and an audit folder; yields the folder."""
    monkeypatch.setenv(auth.AUTH_ENV, str(schrijf(tmp_path)))
    map_ = tmp_path / "audit"
    monkeypatch.setenv(audit.AUDIT_ENV, str(map_))
    return map_


def _als(gebruiker: dict) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.user = gebruiker
    return zonder_fouten(at.run())


def _log(map_: Path) -> list[dict]:
    return list(audit.zoek(map_, date.today(), date.today()))


def test_login_page_offers_each_gemeentes_provider(platform):
    at = _als({})
    assert [b.label for b in at.button] == ["Inloggen bij Dordrecht", "Inloggen bij Papendrecht"]


def test_unreachable_provider_gives_a_dutch_message(platform, tmp_path, monkeypatch):
    pad = schrijf(
        tmp_path,
        TWEE.replace("https://sso.dordrecht.nl/realms/dor", "http://127.0.0.1:9/realms/dor"),
    )
    monkeypatch.setenv(auth.AUTH_ENV, str(pad))
    at = _als({})
    at.button(key="inloggen_DOR").click().run()
    assert not at.exception
    assert "De inlogdienst van Dordrecht is nu niet bereikbaar" in at.error[0].value
    assert at.button[0].label == "Inloggen bij Dordrecht", "still on the login page"


def test_unverified_mt_address_gets_no_role_and_is_logged(platform):
    at = _als(claims("dor", DOR, "aanvaller", email="j.jansen@dordrecht.nl", email_verified=False))
    assert [t.value for t in at.title] == ["Nog geen toegang"]
    assert not at.dataframe and not at.metric
    (record,) = _log(platform)
    assert record["soort"] == "geweigerd" and record["wie"] == f"{DOR}|aanvaller"
    assert record["reden"] == "geen rol"


def test_email_claim_as_object_gives_a_page_not_a_traceback(platform, caplog):
    at = _als(
        claims("dor", DOR, "x", email={"waarde": "j.jansen@dordrecht.nl"}, email_verified=True)
    )
    assert [t.value for t in at.title] == ["Nog geen toegang"]
    assert "claims die geen tekst zijn: email" in caplog.text


def test_a_login_is_audited_and_logout_ends_a_copied_cookie(platform):
    gebruiker = claims("pap", PAP, "sub-van-de-baas", name="De Baas")
    at = _als(dict(gebruiker))
    assert "Rol: **MT**" in " ".join(m.value for m in at.sidebar.markdown)
    _als(dict(gebruiker))  # a second tab of the same login: no second login record
    at.sidebar.button[0].click().run()  # Uitloggen
    soorten = [r["soort"] for r in _log(platform)]
    assert soorten == ["inloggen", "uitloggen"]
    assert all("geheim" not in json.dumps(r) for r in _log(platform))
    kopie = _als(dict(gebruiker))  # the same cookie, copied before the logout
    assert [t.value for t in kopie.title] == ["Opnieuw inloggen"]
    assert "u bent na deze aanmelding uitgelogd" in tekst(kopie)
    assert not kopie.dataframe


def test_the_audit_command_answers_in_dutch(tmp_path):
    map_ = tmp_path / "audit"
    audit.schrijf("inloggen", "iss|sub-1", "mt", "PAP", map_pad=map_, provider="PAP")
    audit.schrijf("download", "iss|sub-2", "college:DOR", "DOR", map_pad=map_, bestand="x.pdf")
    vandaag = date.today().strftime("%d-%m-%Y")
    uit = run_console_script("audit", "--map", str(map_), "--van", vandaag, "--wie", "SUB-2")
    assert uit.returncode == 0, uit.stderr
    regels = uit.stdout.strip().splitlines()
    assert (
        len(regels) == 2 and "download · iss|sub-2 (college:DOR, DOR) · bestand: x.pdf" in regels[0]
    )
    assert regels[-1] == f"1 gebeurtenis(sen) op {vandaag} voor 'SUB-2'."
    bestand = next(map_.glob("audit-*.jsonl"))
    assert oct(bestand.stat().st_mode & 0o777) == "0o600"


def _bekijk(map_: str) -> None:
    """An MT's session visiting pages (AppTest runs a switched page without app.py)."""
    import os

    import streamlit as st

    from dashboard import audit, auth
    from dashboard.authbestand import Rol

    os.environ[audit.AUDIT_ENV] = map_
    mt = auth.Gebruiker("De Baas", None, Rol("mt"), False, "iss|baas", "PAP")
    st.session_state[auth.ROL_SLEUTEL] = mt.rol
    st.session_state[auth.GEBRUIKER_SLEUTEL] = mt
    for pagina in ("start", "werkbank", "werkbank", "urenbalans", "werkvoorraad"):
        auth.bekeken(pagina)


def test_views_of_person_level_pages_are_audited_once_per_visit(tmp_path, monkeypatch):
    map_ = tmp_path / "audit"
    monkeypatch.setenv(audit.AUDIT_ENV, str(map_))
    zonder_fouten(AppTest.from_function(_bekijk, args=(str(map_),)).run())
    log = _log(map_)
    assert [(r["soort"], r["pagina"]) for r in log] == [
        ("bekeken", "werkbank"),
        ("bekeken", "werkvoorraad"),
    ]
    assert log[0]["rol"] == "mt" and log[0]["gemeente"] == "PAP" and log[0]["wie"] == "iss|baas"


def test_a_role_changed_in_the_auth_file_ends_the_session_at_the_next_click(platform, tmp_path):
    gebruiker = claims("pap", PAP, "sub-van-de-baas", name="De Baas")
    at = _als(dict(gebruiker))
    assert "Rol: **MT**" in " ".join(m.value for m in at.sidebar.markdown)
    pad = Path(auth.os.environ[auth.AUTH_ENV])
    schrijf(
        tmp_path,
        pad.read_text().replace(
            '"PAP:sub-van-de-baas" = "mt"', '"PAP:sub-van-de-baas" = "medewerker"'
        ),
    )
    # the same login's next run (AppTest reruns a page without app.py: a fresh one)
    at = _als(dict(gebruiker))
    assert [t.value for t in at.title] == ["Opnieuw inloggen"]
    assert "uw rol op het platform is gewijzigd" in tekst(at)
    assert not at.dataframe and not at.sidebar.button
    assert _log(platform)[-1]["reden"] == "sessie: uw rol op het platform is gewijzigd."
    # logging in again gives the new role
    nieuw = _als({**gebruiker, "iat": int(time.time()) + 2})
    assert "Rol: **Medewerker**" in " ".join(m.value for m in nieuw.sidebar.markdown)
