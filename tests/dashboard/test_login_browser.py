"""Login through a real OpenID Connect provider, in headless Chromium, for every role.

`oidc-provider-mock` (a real OIDC server for tests: discovery, authorize, token, userinfo)
runs in a thread on a free port; `proeftuin dashboard --auth FILE` runs as a user starts
it. Each person logs in through the provider's form (its e-mail claim is what they type)
and we check what they see and do not see: the menu, a forbidden page's URL, the
person-level columns, the downloads, and axe-core on every page they reach.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import expect, sync_playwright

from dashboard.authbestand import GEMEENTEN
from dashboard.paginas import PAGINAS
from tests.dashboard import chromium
from tests.dashboard.chromium import (
    start_chromium,
    toegankelijk,
    vereis_chromium,
    vrije_poort,
    wacht_tot_klaar,
)
from tests.dashboard.helpers import direct

pytestmark = pytest.mark.browser

CLIENT_SECRET = "client-secret-dat-nooit-te-zien-is"
COOKIE_SECRET = "cookie-secret-dat-nooit-te-zien-is-0123456789"
ALLE = [
    "Start",
    "De proeftuin uitgelegd",
    "Werkvoorraad",
    "Mijn proeftuin",
    "Opdracht aanmelden",
    "Urenbalans",
    "Tussenstand",
    "Winstpunten",
    "Verrekening",
    "Data & kwaliteit",
]
MENU = {
    "mt": [*ALLE, "Werkbank"],
    "controller": ALLE,
    "college": ALLE[:-1],
    "medewerker": ALLE[:6],
}  # fmt: skip
URL = {p.titel: p.url for p in PAGINAS}


@pytest.fixture(scope="module")
def omgeving(demo_warehouse: Path, tmp_path_factory: pytest.TempPathFactory):
    """The identity provider and the platform with its auth file; yields (url, log)."""
    vereis_chromium()
    from oidc_provider_mock import run_server_in_thread

    map_ = tmp_path_factory.mktemp("login")
    poort = vrije_poort()
    with pytest.MonkeyPatch.context() as mp, run_server_in_thread(port=vrije_poort()) as idp:
        # The provider and Authlib (in the platform too: it inherits the environment) refuse
        # plain http unless told this is a test on localhost.
        mp.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")
        auth = map_ / "auth.toml"
        auth.write_text(
            f"""[oidc]
server_metadata_url = "http://localhost:{idp.server_port}/.well-known/openid-configuration"
client_id = "proeftuin"
client_secret = "{CLIENT_SECRET}"
redirect_uri = "http://localhost:{poort}/oauth2callback"
cookie_secret = "{COOKIE_SECRET}"

[rollen]
"mt@proeftuin.nl" = "mt"
"*@dordrecht.nl" = "college:DOR"
"controller@sliedrecht.nl" = "controller"
"*@zwijndrecht.nl" = "medewerker"
""",
            encoding="utf-8",
        )
        log = map_ / "dashboard.log"
        with chromium.platform(
            "--warehouse", str(demo_warehouse), "--port", str(poort),
            "--address", "0.0.0.0", "--auth", str(auth),
            log=log,
        ) as url:  # fmt: skip
            yield url, log


def _inloggen(browser, url: str, email: str, toetsenbord: bool = False):
    """A fresh browser context, through the login page and the provider's form."""
    context = browser.new_context(viewport=chromium.SCHERM, locale="nl-NL")
    pagina = context.new_page()
    pagina.goto(url)
    knop = pagina.get_by_role("button", name="Inloggen")
    expect(knop).to_be_visible(timeout=30_000)
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text("Proeftuin beleid Drechtsteden")).to_be_visible()
    # no figures before login: no metrics, charts, tables or menu
    for testid in ("stMetric", "stPlotlyChart", "stDataFrame", "stSidebarNav"):
        assert pagina.locator(f'[data-testid="{testid}"]').count() == 0, testid
    toegankelijk(pagina, "inlogpagina")
    if toetsenbord:  # the keyboard alone: Tab to the button, Enter
        _tab_naar(pagina, "BUTTON", "Inloggen")
        pagina.keyboard.press("Enter")
    else:
        knop.click()
    pagina.wait_for_url("**/oauth2/authorize**", timeout=30_000)
    pagina.fill("input[name=sub]", email)
    pagina.get_by_role("button", name="Authorize").click()
    expect(pagina.get_by_role("button", name="Uitloggen")).to_be_visible(timeout=30_000)
    return context, pagina


def _tab_naar(pagina, tag: str, tekst: str) -> None:
    """Press Tab until the focus is on a `tag` element whose text ends with `tekst`."""
    actief = "[document.activeElement.tagName, document.activeElement.innerText]"
    for _ in range(40):
        pagina.keyboard.press("Tab")
        naam, inhoud = pagina.evaluate(actief)
        if naam == tag and inhoud.strip().endswith(tekst):
            return
    pytest.fail(f"{tekst} is niet met Tab te bereiken")


def _menu(pagina) -> list[str]:
    links = pagina.locator('[data-testid="stSidebarNav"] [data-testid="stSidebarNavLink"]')
    return [t.strip().splitlines()[-1] for t in links.all_inner_texts()]


def _open(pagina, url: str, pad: str) -> str:
    pagina.goto(f"{url}/{pad}")
    expect(pagina.get_by_role("button", name="Uitloggen")).to_be_visible(timeout=30_000)
    wacht_tot_klaar(pagina)
    assert pagina.locator('[data-testid="stException"]').count() == 0, pad
    return pagina.locator('[data-testid="stMain"]').inner_text()


def _geen_geheimen(pagina, log: Path) -> None:
    for geheim in (CLIENT_SECRET, COOKIE_SECRET):
        assert geheim not in pagina.content()
        assert geheim not in log.read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize(
    ("email", "rol"),
    [
        ("mt@proeftuin.nl", "mt"),
        ("college@dordrecht.nl", "college"),
        ("controller@sliedrecht.nl", "controller"),
        ("iemand@zwijndrecht.nl", "medewerker"),
    ],
)
def test_each_role_sees_exactly_its_part(omgeving, demo_warehouse, email, rol):
    url, log = omgeving
    with sync_playwright() as p:
        browser = start_chromium(p)
        try:
            context, pagina = _inloggen(browser, url, email, toetsenbord=rol == "mt")
            # ui.plat keeps an address from becoming a mailto link with a zero-width space
            zijbalk = pagina.locator('[data-testid="stSidebar"]').inner_text().replace("\u200b", "")
            assert email in zijbalk and "Rol:" in zijbalk
            assert _menu(pagina) == MENU[rol]
            if rol == "mt":  # the menu with the keyboard alone
                _tab_naar(pagina, "A", "Werkvoorraad")
                pagina.keyboard.press("Enter")
                expect(pagina.get_by_role("heading", name="Werkvoorraad")).to_be_visible(
                    timeout=30_000
                )
            for titel, pad in URL.items():
                inhoud = _open(pagina, url, pad)
                if titel in MENU[rol]:
                    assert "Geen toegang" not in inhoud, pad
                    assert titel.split()[0] in inhoud or pad == "", pad
                else:  # a direct URL to a forbidden page: "geen toegang", not the page
                    assert inhoud.splitlines()[0] == "Geen toegang", pad
                    assert "Download" not in inhoud, pad
                    assert pagina.locator('[data-testid="stDataFrame"]').count() == 0, pad
                toegankelijk(pagina, f"{rol}: {pad or 'start'}")
            _werkvoorraad(pagina, url, demo_warehouse, rol)
            _downloads(pagina, url, rol)
            _geen_geheimen(pagina, log)
            # logging out ends the session at the provider too (its end_session page)
            pagina.get_by_role("button", name="Uitloggen").click()
            pagina.wait_for_url("**/end_session**", timeout=30_000)
            pagina.goto(url)
            expect(pagina.get_by_role("button", name="Inloggen")).to_be_visible(timeout=30_000)
            context.close()
        finally:
            browser.close()


def _werkvoorraad(pagina, url: str, warehouse: Path, rol: str) -> None:
    """Opdrachtnemer names next to realised hours only for the MT; a college starts on its
    own gemeente."""
    inhoud = _open(pagina, url, "werkvoorraad")
    namen = direct(
        warehouse,
        "select distinct opdrachtnemer_naam from werkvoorraad where not zonder_opdrachtnemer",
    ).get_column("opdrachtnemer_naam")
    # the opened opdrachtformulier's caption: "PT-3 · Lokaal · status lopend"
    opdracht = next(r for r in inhoud.splitlines() if " · status " in r).split(" · ")[0]
    nemer = direct(
        warehouse,
        "select opdrachtnemer_naam, zonder_opdrachtnemer from werkvoorraad where opdracht_id = ?",
        opdracht,
    ).row(0, named=True)
    # the filters sit in a folded expander: its text, not its rendered (empty) inner text
    filter_gemeente = pagina.locator('[data-testid="stMultiSelect"]').nth(3).text_content()
    if rol == "mt":
        assert "Gemeente opdrachtnemer" not in inhoud
        if not nemer["zonder_opdrachtnemer"]:
            assert nemer["opdrachtnemer_naam"] in inhoud
    else:
        assert not [n for n in namen.drop_nulls() if n in inhoud], "names only for the MT"
        assert "een medewerker van" in inhoud or nemer["zonder_opdrachtnemer"]
    assert ("Dordrecht" in filter_gemeente) == (rol == "college"), filter_gemeente
    assert isinstance(namen, pl.Series) and namen.len() > 0


def _downloads(pagina, url: str, rol: str) -> None:
    if rol in ("mt", "college", "controller"):
        _open(pagina, url, "tussenstand")
        with pagina.expect_download(timeout=30_000) as download:
            pagina.get_by_text("Download deze tussenstand (Excel)").click()
        # row 1 the title with the peildatum, row 2 the sheet's name: the table from row 3
        bladen = pl.read_excel(download.value.path(), sheet_id=0, read_options={"header_row": 2})
        urenbalans = bladen["Urenbalans"]
        assert set(GEMEENTEN.values()) <= set(urenbalans["Gemeente"])
    knop = pagina.get_by_role("button", name="Download als CSV")
    _open(pagina, url, "data_kwaliteit")
    assert knop.count() == (1 if rol in ("mt", "controller") else 0)


def test_unknown_address_gets_whom_to_ask_and_no_figures(omgeving):
    url, log = omgeving
    with sync_playwright() as p:
        browser = start_chromium(p)
        try:
            _, pagina = _inloggen(browser, url, "onbekend@elders.nl")
            hoofd = pagina.locator('[data-testid="stMain"]')
            expect(hoofd.get_by_text("Nog geen toegang")).to_be_visible()
            tekst = hoofd.inner_text().replace("\u200b", "")
            assert "onbekend@elders.nl" in tekst and "Vraag de controller of het MT" in tekst
            toegankelijk(pagina, "geen rol")
            for pad in ("", "urenbalans", "data_kwaliteit"):
                pagina.goto(f"{url}/{pad}")
                expect(hoofd.get_by_text("Nog geen toegang")).to_be_visible(timeout=30_000)
                for testid in ("stMetric", "stPlotlyChart", "stDataFrame", "stSidebarNav"):
                    assert pagina.locator(f'[data-testid="{testid}"]').count() == 0, testid
            _geen_geheimen(pagina, log)
        finally:
            browser.close()
