"""The auth file, the roles and the refusals of `proeftuin dashboard` (no browser here).

Login through a real identity provider is in test_login_browser.py.
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth, ui, werklijst
from dashboard.authbestand import AuthFout, Rol, lees, rol_voor, schrijf_secrets
from dashboard.paginas import PAGINAS
from tests.console import run_console_script
from tests.dashboard.bouw import APP, app
from tests.dashboard.helpers import tabel_met, tekst, widget, zonder_fouten

GOED = """\
[oidc]
server_metadata_url = "https://login.example.nl/.well-known/openid-configuration"
client_id = "proeftuin"
client_secret = "zeer-geheim-client-secret"
redirect_uri = "https://proeftuin.example.nl/oauth2callback"
cookie_secret = "0123456789abcdef0123456789abcdef"

[rollen]
"MT@proeftuin.nl" = "mt"
"*@dordrecht.nl" = "college:DOR"
"burgemeester@dordrecht.nl" = "college:dor"
"c.controller@sliedrecht.nl" = "controller"
"*@zwijndrecht.nl" = "medewerker"
"""


def schrijf(tmp_path: Path, tekst: str) -> Path:
    """The auth file as an admin leaves it: readable by the service user only."""
    pad = tmp_path / "auth.toml"
    pad.write_text(tekst, encoding="utf-8")
    pad.chmod(0o600)
    return pad


def test_a_good_file_gives_settings_and_roles(tmp_path):
    instellingen = lees(schrijf(tmp_path, GOED))
    assert set(instellingen.oidc) == {"redirect_uri", "cookie_secret"}
    (provider,) = instellingen.providers.values()
    assert provider.client_id == "proeftuin"
    assert provider.issuer == "https://login.example.nl"
    assert instellingen.rollen["mt@proeftuin.nl"] == Rol("mt")
    assert instellingen.rollen["burgemeester@dordrecht.nl"] == Rol("college", "DOR")


def test_role_of_a_login_exact_address_before_domain_pattern(tmp_path):
    rollen = lees(schrijf(tmp_path, GOED)).rollen
    assert rol_voor("mt@Proeftuin.nl", rollen) == Rol("mt")
    assert rol_voor("iemand@dordrecht.nl", rollen) == Rol("college", "DOR")
    assert rol_voor("c.controller@sliedrecht.nl", rollen) == Rol("controller")
    assert rol_voor("ander@sliedrecht.nl", rollen) is None
    assert rol_voor("x@sub.dordrecht.nl", rollen) is None, "a pattern is one domain exactly"
    assert rol_voor(None, rollen) is None
    assert rol_voor("geen-adres", rollen) is None


@pytest.mark.parametrize(
    ("vervang", "door", "verwacht"),
    [
        ('client_id = "proeftuin"\n', "", "regel 1: in [oidc] ontbreekt client_id"),
        (
            '"*@dordrecht.nl" = "college:DOR"',
            '"*@dordrecht.nl" = "baas"',
            "regel 10: onbekende rol",
        ),
        (
            '"*@dordrecht.nl" = "college:DOR"',
            '"*@dordrecht.nl" = "college:GOR"',
            "regel 10: onbekende gemeente in 'college:GOR'",
        ),
        ('client_id = "proeftuin"', "client_id = proeftuin", "regel 3, kolom"),
        (
            'cookie_secret = "0123456789abcdef0123456789abcdef"',
            'cookie_secret = "kort"',
            "regel 6:",
        ),
        ("/oauth2callback", "/callback", "regel 5: redirect_uri moet eindigen op /oauth2callback"),
        ('"MT@proeftuin.nl" = "mt"', '"mt-proeftuin" = "mt"', "regel 9: 'mt-proeftuin' is geen"),
        ("[rollen]", "[roles]", "regel 8: onbekende sectie [roles]"),
        ('client_id = "proeftuin"', "client_id = 42", "regel 3: client_id moet een niet-lege"),
        (
            'client_id = "proeftuin"',
            'client_id = "x"\nscope = "openid"',
            "regel 4: onbekende sleutel",
        ),
    ],
)
def test_a_broken_file_names_the_line(tmp_path, vervang, door, verwacht):
    assert vervang in GOED
    pad = schrijf(tmp_path, GOED.replace(vervang, door, 1))
    with pytest.raises(AuthFout) as fout:
        lees(pad)
    assert str(fout.value).startswith(str(pad)), fout.value
    assert verwacht in str(fout.value)
    assert "zeer-geheim" not in str(fout.value), "a message never shows the secrets"


def test_missing_sections_and_file(tmp_path):
    with pytest.raises(AuthFout, match=r"de sectie \[rollen\] ontbreekt"):
        lees(schrijf(tmp_path, GOED.split("[rollen]")[0]))
    with pytest.raises(AuthFout, match=r"bestaat niet"):
        lees(tmp_path / "nergens.toml")


def test_secrets_file_is_private_and_holds_only_the_auth_section(tmp_path):
    bestand = schrijf_secrets(lees(schrijf(tmp_path, GOED)))
    try:
        assert stat.S_IMODE(bestand.stat().st_mode) == 0o600
        assert stat.S_IMODE(bestand.parent.stat().st_mode) == 0o700
        inhoud = tomllib.loads(bestand.read_text(encoding="utf-8"))
        assert list(inhoud) == ["auth"]
        assert inhoud["auth"]["client_secret"] == "zeer-geheim-client-secret"
    finally:
        bestand.unlink()
        bestand.parent.rmdir()


@pytest.mark.parametrize(
    ("rol", "zichtbaar"),
    [
        (
            Rol("medewerker"),
            {"start", "proeftuin_uitgelegd", "werkvoorraad", "urenbalans", "opdracht_aanmelden"}
            | {"mijn_proeftuin"},
        ),
        (
            Rol("college", "DOR"),
            {"start", "proeftuin_uitgelegd", "werkvoorraad", "urenbalans", "opdracht_aanmelden"}
            | {"mijn_proeftuin"}
            | {"tussenstand", "winstpunten", "verrekening", "kwaliteit_leren"},
        ),
        (
            Rol("controller"),
            {"start", "proeftuin_uitgelegd", "werkvoorraad", "urenbalans", "opdracht_aanmelden"}
            | {"mijn_proeftuin"}
            | {"tussenstand", "winstpunten", "verrekening", "data_kwaliteit", "kwaliteit_leren"},
        ),
        (Rol("mt"), set(auth.PAGINA_ROL) | {"een_nieuwe_pagina"}),
    ],
)
def test_pages_per_role_follow_the_contract(rol, zichtbaar):
    paginas = set(auth.PAGINA_ROL) | {"een_nieuwe_pagina"}
    assert {p for p in paginas if auth.mag(rol, p)} == zichtbaar


def test_open_address_without_auth_is_refused(tmp_path):
    resultaat = run_console_script(
        "dashboard", "--warehouse", str(tmp_path / "w.duckdb"), "--address", "0.0.0.0"
    )
    assert resultaat.returncode == 1
    assert "zonder inloggen kan niet" in resultaat.stderr
    assert "--auth" in resultaat.stderr
    assert "You can now view" not in resultaat.stdout


def test_broken_auth_file_stops_the_start(tmp_path):
    pad = schrijf(tmp_path, GOED.replace('"college:DOR"', '"college:XXX"'))
    resultaat = run_console_script(
        "dashboard", "--warehouse", str(tmp_path / "w.duckdb"), "--address", "0.0.0.0",
        "--auth", str(pad),
    )  # fmt: skip
    assert resultaat.returncode == 1
    assert f"Fout: {pad}, regel 10: onbekende gemeente" in resultaat.stderr
    assert "zeer-geheim" not in resultaat.stdout + resultaat.stderr
    assert "You can now view" not in resultaat.stdout


def _als(rol: Rol, pagina: str | None = None):
    """The local demo (no --auth) with `rol` picked in the sidebar, on `pagina`."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state[auth.DEMO_SLEUTEL] = rol
    at.run()
    if pagina:
        at.switch_page(pagina).run()
    return zonder_fouten(at)


def test_demo_says_so_and_starts_as_mt(klein_warehouse):
    at = zonder_fouten(app())
    assert auth.DEMO_REGEL in [i.value for i in at.info]
    assert at.selectbox(key=auth.KEUZE_SLEUTEL).value == Rol("mt")
    assert "rol: MT" in tekst(at) + " ".join(m.value for m in at.sidebar.markdown)


def test_an_empty_role_picker_never_leaves_a_session_without_role(klein_warehouse):
    """The `niveau` race: a picker that reports no selection (a browser re-mounting it
    under load) put `None` where the pages expect a role, and every page check failed with
    "'NoneType' object has no attribute 'niveau'". Now the role lives in a key of its own
    that only ever holds a role; an empty picker keeps the role the session had."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state[auth.DEMO_SLEUTEL] = None  # what the old picker key held then
    at.session_state[auth.KEUZE_SLEUTEL] = None
    zonder_fouten(at.run())
    assert "rol: MT" in " ".join(m.value for m in at.sidebar.markdown)
    assert at.session_state[auth.ROL_SLEUTEL] == Rol("mt")  # what the pages ask


@pytest.mark.parametrize(
    ("rol", "verboden"),
    [
        (Rol("medewerker"), ["tussenstand", "winstpunten", "verrekening", "data_kwaliteit"]),
        (Rol("college", "DOR"), ["data_kwaliteit"]),
        (Rol("controller"), []),
    ],
)
def test_forbidden_pages_are_not_registered_for_the_role(klein_warehouse, rol, verboden):
    """The page file itself is not reachable in this session (the browser test opens the
    URL and reads "Geen toegang"); allowed pages open and show their own title."""
    at = _als(rol)
    for naam in ("data_kwaliteit", "tussenstand", "winstpunten", "verrekening"):
        if naam in verboden:
            with pytest.raises(ValueError, match="Could not find a navigation page"):
                at.switch_page(f"pages/{naam}.py")
        else:
            at.switch_page(f"pages/{naam}.py").run()
            assert at.title[0].value != "Geen toegang", naam


def test_downloads_follow_the_role(klein_warehouse):
    college = _als(Rol("college", "PAP"), "pages/tussenstand.py")
    assert college.title[0].value == "Tussenstand"
    assert college.get("download_button"), "a college downloads its tussenstand"
    controller = _als(Rol("controller"), "pages/data_kwaliteit.py")
    assert controller.get("download_button"), "a controller downloads the rejected rows"


def _formulieren(at: AppTest) -> str:
    """The text of the page with each opdrachtformulier the list offers opened in turn."""
    delen = []
    for i in range(len(widget(at.selectbox, "Opdracht openen").options)):
        widget(at.selectbox, "Opdracht openen").select_index(i).run()
        delen.append(tekst(zonder_fouten(at)))
    return "\n".join(delen)


def test_names_of_opdrachtnemers_only_for_mt(klein_warehouse):
    """The list has no opdrachtnemer column (it lives in the opdrachtformulier): there the
    MT reads the name, every other role only the gemeente."""
    mt = _als(Rol("mt"), "pages/werkvoorraad.py")
    assert "Opdrachtnemer" not in tabel_met(mt, "Titel").columns
    assert "Piet Pieters" in _formulieren(mt)
    for rol in (Rol("medewerker"), Rol("college", "DOR"), Rol("controller")):
        formulieren = _formulieren(_als(rol, "pages/werkvoorraad.py"))
        assert "Piet Pieters" not in formulieren, rol
        assert "een medewerker van Papendrecht" in formulieren or rol == Rol("college", "DOR"), rol


def test_college_lands_on_its_own_gemeente(klein_warehouse):
    at = _als(Rol("college", "DOR"), "pages/werkvoorraad.py")
    # the filter panel is folded (no multiselect drawn), and says what it filters on
    assert ui.plat("Gefilterd op Gemeente: Dordrecht.") in [c.value for c in at.caption]
    # the list then holds opdrachten of other aanvragers too: the page says why
    uitleg = "de kolom Gemeente noemt de aanvrager"
    assert any(uitleg in c.value for c in at.caption)
    mt = _als(Rol("mt"), "pages/werkvoorraad.py")
    assert not any(uitleg in c.value for c in mt.caption)
    for pagina in (at, mt):
        pagina.session_state[werklijst.FILTERS] = True  # the filter panel opened
        pagina.run()
    assert widget(at.multiselect, "Gemeente").value == ["DOR"]
    assert widget(mt.multiselect, "Gemeente").value == []


def test_login_page_without_figures_and_a_roles_file_broken_while_running(
    klein_warehouse, tmp_path, monkeypatch
):
    pad = schrijf(tmp_path, GOED)
    monkeypatch.setenv(auth.AUTH_ENV, str(pad))
    at = zonder_fouten(app())
    assert [t.value for t in at.title] == [auth.PLATFORM]
    assert [b.label for b in at.button] == ["Inloggen"]
    assert not at.metric and not at.dataframe and not at.get("plotly_chart")
    pad.write_text(GOED.replace('"mt"', '"baas"'), encoding="utf-8")
    os.utime(pad, ns=(1, 2))  # a new mtime even on a coarse clock
    at = app()
    assert [t.value for t in at.title] == ["Inloggen is tijdelijk niet mogelijk"]
    assert "regel 9: onbekende rol 'baas'" in at.error[0].value
    assert not at.button, "no way in while the roles are unclear"


def test_every_page_of_the_app_has_a_decided_role():
    """A page missing from PAGINA_ROL would be MT-only by default: make that a choice."""
    assert {p.naam for p in PAGINAS} <= set(auth.PAGINA_ROL)


def test_college_report_download_starts_on_its_own_gemeente(klein_warehouse):
    college = _als(Rol("college", "PAP"), "pages/tussenstand.py")
    assert widget(college.selectbox, "Rapport voor").value == "PAP"
    mt = _als(Rol("mt"), "pages/tussenstand.py")
    assert widget(mt.selectbox, "Rapport voor").value is None
