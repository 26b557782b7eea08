"""Login through real OpenID Connect providers, in headless Chromium, for every role.

Two `oidc-provider-mock` servers (real OIDC servers for tests: discovery, authorize,
token, userinfo) run in threads on free ports, Dordrecht's and Papendrecht's;
`proeftuin dashboard --auth FILE` runs as an admin starts it. Each person picks their
gemeente's provider on the login page and logs in through its form (the `sub` is what
they type; the users below carry a verified e-mail) and we check what they see and do
not see: the menu, a forbidden page's URL, the person-level columns, the downloads,
every websocket frame, axe-core on every page they reach, and the attacks of issue 21.
"""

from __future__ import annotations

import json
import urllib.request
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import expect

from dashboard import audit, onderdelen
from dashboard.authbestand import GEMEENTEN
from dashboard.paginas import PAGINAS
from dashboard.stijl import LICHT
from dashboard.streamlit_nl import BEGIN, VERTALING
from tests.dashboard import chromium
from tests.dashboard.chromium import (
    toegankelijk,
    vereis_chromium,
    vrije_poort,
    wacht_tot_klaar,
)
from tests.dashboard.helpers import direct, personen

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
    "Kwaliteit en leren",
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
# Users of Dordrecht's provider with a verified e-mail (the mock gives a typed-in user
# only an unverified `email` equal to the sub, which grants no role).
GEVERIFIEERD = [
    "mt@proeftuin.nl",
    "college@dordrecht.nl",
    "controller@sliedrecht.nl",
    "iemand@zwijndrecht.nl",
    "uitgesloten@dordrecht.nl",
    "wissel@dordrecht.nl",
]


def _gebruiker(poort: int, sub: str, claims: dict) -> None:
    """Store a user with these claims at the provider (the mock's own admin API)."""
    verzoek = urllib.request.Request(
        f"http://localhost:{poort}/users/{sub}",
        data=json.dumps(claims).encode(),
        method="PUT",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(verzoek, timeout=10):
        pass


@pytest.fixture(scope="module")
def omgeving(demo_warehouse: Path, tmp_path_factory: pytest.TempPathFactory):
    """Two identity providers and the platform with its auth file; yields (url, log, audit
    folder)."""
    vereis_chromium()
    from oidc_provider_mock import run_server_in_thread

    map_ = tmp_path_factory.mktemp("login")
    poort = vrije_poort()
    with (
        pytest.MonkeyPatch.context() as mp,
        run_server_in_thread(port=vrije_poort()) as dor,
        run_server_in_thread(port=vrije_poort()) as pap,
    ):
        # The provider and Authlib (in the platform too: it inherits the environment) refuse
        # plain http unless told this is a test on localhost.
        mp.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")
        for email in GEVERIFIEERD:
            _gebruiker(dor.server_port, email, {"email": email, "email_verified": True})
        _gebruiker(
            dor.server_port,
            "aanvaller",
            {"email": "mt@proeftuin.nl", "email_verified": False},
        )
        auth = map_ / "auth.toml"
        auth.write_text(
            f"""[oidc]
redirect_uri = "http://localhost:{poort}/oauth2callback"
cookie_secret = "{COOKIE_SECRET}"

[oidc.DOR]
server_metadata_url = "http://localhost:{dor.server_port}/.well-known/openid-configuration"
client_id = "proeftuin"
client_secret = "{CLIENT_SECRET}"
email = true

[oidc.PAP]
server_metadata_url = "http://localhost:{pap.server_port}/.well-known/openid-configuration"
client_id = "proeftuin"
client_secret = "{CLIENT_SECRET}"

[rollen]
"mt@proeftuin.nl" = "mt"
"*@dordrecht.nl" = "college:DOR"
"controller@sliedrecht.nl" = "controller"
"*@zwijndrecht.nl" = "medewerker"
"PAP:baas-van-papendrecht" = "mt"
"uitgesloten@dordrecht.nl" = "geen"
""",
            encoding="utf-8",
        )
        auth.chmod(0o600)  # the platform refuses an auth file others may read
        log = map_ / "dashboard.log"
        auditmap = map_ / "audit"
        with chromium.platform(
            "--warehouse", str(demo_warehouse), "--port", str(poort),
            "--address", "0.0.0.0", "--auth", str(auth), "--audit", str(auditmap),
            "--source", str(demo_warehouse.parent / "bron"),  # forms on, as deploy.md starts it
            log=log,
        ) as url:  # fmt: skip
            yield url, log, auditmap


def _inloggen(
    browser,
    url: str,
    email: str,
    toetsenbord: bool = False,
    gemeente: str = "Dordrecht",
    ingelogd: bool = True,
    axe: bool = False,
):
    """A fresh browser context, through the login page (choosing the gemeente's provider)
    and the provider's form. `axe`: axe-core on the login page as well, which
    `test_each_role_sees_exactly_its_part` asks for once per role kind; the other logins
    of this file show the same markup and leave it to those."""
    context = browser.new_context(viewport=chromium.SCHERM, locale="nl-NL")
    pagina = context.new_page()
    pagina.goto(url)
    knop = pagina.get_by_role("button", name=f"Inloggen bij {gemeente}")
    expect(knop).to_be_visible(timeout=30_000)
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text("Proeftuin beleid Drechtsteden")).to_be_visible()
    # no figures before login: no metrics, charts, tables or menu
    for testid in ("stMetric", "stPlotlyChart", "stDataFrame", "stSidebarNav"):
        assert pagina.locator(f'[data-testid="{testid}"]').count() == 0, testid
    assert pagina.locator(f"table.{LICHT}").count() == 0  # nor static tables
    if axe:
        toegankelijk(pagina, "inlogpagina")
    if toetsenbord:  # the keyboard alone: Tab to the button, Enter
        _tab_naar(pagina, "BUTTON", f"Inloggen bij {gemeente}")
        pagina.keyboard.press("Enter")
    else:
        knop.click()
    pagina.wait_for_url("**/oauth2/authorize**", timeout=30_000)
    pagina.fill("input[name=sub]", email)
    pagina.get_by_role("button", name="Authorize").click()
    if ingelogd:
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
def test_each_role_sees_exactly_its_part(omgeving, demo_warehouse, email, rol, browser):
    url, log, _ = omgeving
    context, pagina = _inloggen(browser, url, email, toetsenbord=rol == "mt", axe=True)
    # ui.plat keeps an address from becoming a mailto link with a zero-width space
    zijbalk = pagina.locator('[data-testid="stSidebar"]').inner_text().replace("\u200b", "")
    assert email in zijbalk and "Rol:" in zijbalk
    assert _menu(pagina) == MENU[rol]
    if rol == "mt":  # the menu with the keyboard alone
        _tab_naar(pagina, "A", "Werkvoorraad")
        pagina.keyboard.press("Enter")
        expect(pagina.get_by_role("heading", name="Werkvoorraad")).to_be_visible(timeout=30_000)
    geweigerd = 0
    for titel, pad in URL.items():
        inhoud = _open(pagina, url, pad)
        if titel in MENU[rol]:
            assert "Geen toegang" not in inhoud, pad
            assert titel.split()[0] in inhoud or pad == "", pad
        else:  # a direct URL to a forbidden page: "geen toegang", not the page
            assert inhoud.splitlines()[0] == "Geen toegang", pad
            assert "Download" not in inhoud, pad
            assert pagina.locator('[data-testid="stDataFrame"]').count() == 0, pad
            assert pagina.locator(f"table.{LICHT}").count() == 0, pad
            geweigerd += 1
        # axe-core on every page the role may open, and on its first forbidden one: the
        # others show the same "Geen toegang" markup (only the page's name differs)
        if titel in MENU[rol] or geweigerd == 1:
            toegankelijk(pagina, f"{rol}: {pad or 'start'}")
    _werkvoorraad(pagina, url, demo_warehouse, rol)
    _downloads(pagina, url, rol)
    _geen_geheimen(pagina, log)
    # logging out ends the session at the provider too (its end_session page)
    pagina.get_by_role("button", name="Uitloggen").click()
    pagina.wait_for_url("**/end_session**", timeout=30_000)
    pagina.goto(url)
    expect(pagina.get_by_role("button", name="Inloggen bij Dordrecht")).to_be_visible(
        timeout=30_000
    )
    context.close()


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
    # the filters are drawn only while their panel is open; a choice in force is named
    # under the folded panel ("Gefilterd op Gemeente: Dordrecht.")
    filter_gemeente = next((r for r in inhoud.splitlines() if r.startswith("Gefilterd op")), "")
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


def test_unknown_address_gets_whom_to_ask_and_no_figures(omgeving, browser):
    url, log, _ = omgeving
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
        assert pagina.locator(f"table.{LICHT}").count() == 0
    _geen_geheimen(pagina, log)


def _hoofd(pagina) -> str:
    return pagina.locator('[data-testid="stMain"]').inner_text()


def test_the_attacks_of_issue_21_now_fail(omgeving, browser):
    """An unverified MT address, a person shut out with `geen`, a cookie copied before
    logging out; and the person of Papendrecht's provider who is MT there. Each refusal
    and each login is in the audit trail, without a secret."""
    url, log, auditmap = omgeving
    for sub in ("aanvaller", "uitgesloten@dordrecht.nl"):
        context, pagina = _inloggen(browser, url, sub, ingelogd=False)
        expect(pagina.get_by_text("Nog geen toegang")).to_be_visible(timeout=30_000)
        assert pagina.locator('[data-testid="stSidebarNav"]').count() == 0
        context.close()
    context, pagina = _inloggen(browser, url, "baas-van-papendrecht", gemeente="Papendrecht")
    assert _menu(pagina) == MENU["mt"]
    context.close()
    # a cookie copied before "Uitloggen" no longer opens the Werkbank
    context, pagina = _inloggen(browser, url, "mt@proeftuin.nl")
    assert "Werkbank" in _open(pagina, url, "werkbank")
    koekjes = context.cookies()
    pagina.get_by_role("button", name="Uitloggen").click()
    pagina.wait_for_url("**/end_session**", timeout=30_000)
    context.close()
    dief = browser.new_context(viewport=chromium.SCHERM, locale="nl-NL")
    dief.add_cookies(koekjes)
    pagina = dief.new_page()
    pagina.goto(f"{url}/werkbank")
    expect(pagina.get_by_text("Opnieuw inloggen").first).to_be_visible(timeout=30_000)
    assert "u bent na deze aanmelding uitgelogd" in _hoofd(pagina)
    assert pagina.locator('[data-testid="stDataFrame"]').count() == 0
    dief.close()
    records = list(audit.zoek(auditmap, date.today(), date.today()))
    soorten = {(r["soort"], r.get("reden")) for r in records}
    assert ("geweigerd", "geen rol") in soorten
    assert ("uitloggen", None) in soorten
    assert any(r["soort"] == "geweigerd" and "uitgelogd" in r["reden"] for r in records)
    pap = [r for r in records if r["soort"] == "inloggen" and r["gemeente"] == "PAP"]
    assert pap and pap[0]["rol"] == "mt" and pap[0]["wie"].endswith("|baas-van-papendrecht")
    assert any(r["soort"] == "bekeken" and r["pagina"] == "werkbank" for r in records)
    inhoud = "".join(f.read_text(encoding="utf-8") for f in auditmap.glob("audit-*.jsonl"))
    assert CLIENT_SECRET not in inhoud and COOKIE_SECRET not in inhoud
    assert "token" not in inhoud
    uitvoer = log.read_text(encoding="utf-8", errors="replace")
    assert CLIENT_SECRET not in uitvoer
    # started as docs/deploy.md starts it: forms on, login on, the audit trail written
    assert (
        "Formulieren schrijven naar" in uitvoer and f"Het auditlog staat in {auditmap}" in uitvoer
    )


def _frames(pagina) -> list[bytes]:
    """Every websocket frame the browser receives from now on."""
    ontvangen: list[bytes] = []

    def bij_socket(ws) -> None:
        ws.on(
            "framereceived",
            lambda f: ontvangen.append(f if isinstance(f, bytes) else f.encode("utf-8")),
        )

    pagina.on("websocket", bij_socket)
    return ontvangen


def test_websocket_frames_carry_persons_only_to_the_mt(omgeving, demo_warehouse, browser):
    """Everything the server sends (tables as Arrow, texts, downloads' names) on the
    pages with people in them: nothing of a person for a medewerker, and the check can
    fail: the MT's frames do hold them."""
    url, _, _ = omgeving
    alle = personen(demo_warehouse)
    gezien = {}
    for email in ("iemand@zwijndrecht.nl", "mt@proeftuin.nl"):
        context, pagina = _inloggen(browser, url, email)
        frames = _frames(pagina)
        for pad in ("werkvoorraad", "urenbalans", ""):
            _open(pagina, url, pad)
        alles = b"".join(frames)
        assert len(alles) > 10_000, "the frames were collected"
        gezien[email] = {x for x in alle if x.encode("utf-8") in alles}
        context.close()
    assert gezien["iemand@zwijndrecht.nl"] == set()
    assert gezien["mt@proeftuin.nl"], "the MT's Werkvoorraad names its opdrachtnemers"


def test_a_download_url_needs_a_live_session(omgeving, browser):
    """A download's `/media/` URL, copied: served to its own live session only; without a
    cookie, with a forged one or after logging out it gives no file (and an audit line)."""
    url, _, auditmap = omgeving
    context, pagina = _inloggen(browser, url, "college@dordrecht.nl")
    _open(pagina, url, "tussenstand")
    with pagina.expect_download(timeout=30_000) as download:
        pagina.get_by_text("Download deze tussenstand (Excel)").click()
    media = download.value.url
    assert "/media/" in media
    eigen = context.request.get(media)
    assert eigen.status == 200 and eigen.body()[:2] == b"PK", "the owner gets the file"
    koekjes = context.cookies()
    vreemd = browser.new_context()
    vervalst = [{**k, "value": k["value"][:-4] + "AAAA"} for k in koekjes]
    pogingen = {"zonder cookie": vreemd.request.get(media)}
    vreemd.add_cookies(vervalst)
    pogingen["vervalst"] = vreemd.request.get(media)
    pagina.get_by_role("button", name="Uitloggen").click()
    pagina.wait_for_url("**/end_session**", timeout=30_000)
    dief = browser.new_context()
    dief.add_cookies(koekjes)
    pogingen["na uitloggen"] = dief.request.get(media)
    for poging, antwoord in pogingen.items():
        assert antwoord.status == 403, poging
        assert b"PK" not in antwoord.body()[:2], poging
        assert "Log opnieuw in" in antwoord.text(), poging
    redenen = [r.get("reden", "") for r in audit.zoek(auditmap, date.today(), date.today())]
    assert "download: niet ingelogd of onbekende provider" in redenen
    assert "download: sessie: u bent na deze aanmelding uitgelogd." in redenen


def test_a_role_change_in_the_auth_file_ends_the_session_at_once(omgeving, browser):
    """The admin gives someone another role while they are logged in: their next click
    shows "Opnieuw inloggen" (no figures); logging in again gives the new role."""
    url, _, auditmap = omgeving
    auth = auditmap.parent / "auth.toml"
    context, pagina = _inloggen(browser, url, "wissel@dordrecht.nl")
    assert _menu(pagina) == MENU["college"]
    oud = auth.read_text(encoding="utf-8")
    try:
        auth.write_text(oud + '"wissel@dordrecht.nl" = "medewerker"\n', encoding="utf-8")
        pagina.goto(f"{url}/tussenstand")
        expect(pagina.get_by_text("Opnieuw inloggen").first).to_be_visible(timeout=30_000)
        # the title comes first; the reason is drawn in the same run, a moment later
        hoofd = pagina.get_by_test_id("stMain")
        reden = hoofd.get_by_text("uw rol op het platform is gewijzigd")
        expect(reden.first).to_be_visible()
        assert pagina.locator('[data-testid="stSidebarNav"]').count() == 0
        context.close()
        context, pagina = _inloggen(browser, url, "wissel@dordrecht.nl")
        assert _menu(pagina) == MENU["medewerker"]
    finally:
        auth.write_text(oud, encoding="utf-8")


_ALLE_TEKST = """() => {
    const uit = [];
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) uit.push(n.nodeValue.trim());
    for (const el of document.querySelectorAll("[aria-label],[title],[placeholder]"))
        for (const a of ["aria-label", "title", "placeholder"])
            if (el.getAttribute(a)) uit.push(el.getAttribute(a).trim());
    return uit;
}"""


def _zichtbaar(locator) -> bool:
    try:
        expect(locator).to_be_visible(timeout=10_000)
    except AssertionError:
        return False
    return True


def test_streamlits_own_texts_are_dutch(omgeving, browser):
    """The login page, the Werkvoorraad with a filter opened and a data grid's toolbar shown:
    no text node or label is one of Streamlit's English phrases (hidden ones included,
    such as the skip link), and the Dutch ones are there."""
    url, _, _ = omgeving
    context = browser.new_context(viewport=chromium.SCHERM, locale="nl-NL")
    pagina = context.new_page()
    pagina.goto(url)
    expect(pagina.get_by_role("button", name="Inloggen bij Dordrecht")).to_be_visible(
        timeout=30_000
    )
    # the page's texts are made Dutch in the browser (dashboard.streamlit_nl), a moment
    # after they are drawn: read them once the skip link, one of them, is Dutch
    expect(pagina.get_by_text("Naar de inhoud")).to_be_attached()
    gezien = {"inlogpagina": pagina.evaluate(_ALLE_TEKST)}
    context.close()
    context, pagina = _inloggen(browser, url, "mt@proeftuin.nl")
    _open(pagina, url, "werkvoorraad")
    pagina.get_by_text("Filteren op status").click()
    status = pagina.locator('[data-testid="stMultiSelect"]').first.get_by_role("combobox")
    expect(status).to_be_visible(timeout=30_000)
    alles = pagina.get_by_role("option", name="Alles kiezen")
    for _ in range(4):  # a click while the expander still opens may not open the list
        status.click()
        if _zichtbaar(alles.first):
            break
        # closed, so the next click opens the list instead of closing a list that
        # opened late
        pagina.keyboard.press("Escape")
    expect(alles.first).to_be_visible()
    gezien["werkvoorraad"] = pagina.evaluate(_ALLE_TEKST)
    # a data grid's toolbar: the Urenbalans's tegoed matrix (the demo's Werkvoorraad list is
    # a static table, dashboard.werklijst_tabel)
    _open(pagina, url, "urenbalans")
    pagina.get_by_role("tab", name=onderdelen.ALLES).click()
    rooster = pagina.locator('[data-testid="stDataFrame"] >> visible=true').first
    expect(rooster).to_be_visible(timeout=30_000)
    rooster.hover()
    expect(pagina.locator('[data-testid="stElementToolbar"]').first).to_be_attached()
    gezien["urenbalans"] = pagina.evaluate(_ALLE_TEKST)
    for waar, teksten in gezien.items():
        engels = [
            t for t in teksten if t in VERTALING or t.startswith(("Made with Streamlit", *BEGIN))
        ]
        assert not engels, (waar, engels)
    assert "Naar de inhoud" in gezien["inlogpagina"]
    nederlands = {
        "Alles kiezen",
        "Naar de inhoud",
        "Pagina's",
        "Volledig scherm",
        "Zoeken in de tabel",
    }
    assert nederlands <= set(gezien["werkvoorraad"]) | set(gezien["urenbalans"])
