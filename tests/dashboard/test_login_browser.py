"""Login through real OpenID Connect providers, in headless Chromium, for every role.

Two `oidc-provider-mock` servers (real OIDC servers for tests: discovery, authorize,
token, userinfo) run in threads on free ports, Dordrecht's and Papendrecht's;
`proeftuin dashboard --auth FILE` runs as an admin starts it. Each person picks their
gemeente's provider on the login page and logs in through its form (the `sub` is what
they type; the users below carry a verified e-mail) and we check what they see and do
not see: the menu, every page through it, one page and every forbidden page by its URL,
the person-level columns, the downloads, every websocket frame, axe-core on every
distinct page they reach, Streamlit's texts in Dutch, and the attacks of issue 21.
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
    and the provider's form; returns (context, page, every websocket frame the page
    receives from its first load on). `axe`: axe-core on the login page as well (its markup
    is the same whoever logs in: `test_each_role_sees_exactly_its_part` asks for it once)."""
    context = browser.new_context(viewport=chromium.SCHERM, locale="nl-NL")
    pagina = context.new_page()
    frames = _frames(pagina)
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
    return context, pagina, frames


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
    """One login per role: the exact menu; every page the role may open through that menu
    (a page switch in the session, as a person moves on), one of them by its direct URL as
    well; every forbidden page by its direct URL ("Geen toegang"); the names (Werkvoorraad;
    the websocket frames of the pages with people, medewerker against MT), the downloads,
    no secrets; logging out ends the session at the provider. The college's session also
    tries its download URL without a live session."""
    url, log, auditmap = omgeving
    context, pagina, frames = _inloggen(
        browser, url, email, toetsenbord=rol == "mt", axe=rol == "mt"
    )
    # ui.plat keeps an address from becoming a mailto link with a zero-width space
    zijbalk = pagina.locator('[data-testid="stSidebar"]').inner_text().replace("\u200b", "")
    assert email in zijbalk and "Rol:" in zijbalk
    assert _menu(pagina) == MENU[rol]
    ontvangen: dict[str, bytes] = {}  # the websocket frames of a page, from its click on
    for titel in MENU[rol]:
        pad = URL[titel]
        eerder = 0 if pad == "" else len(frames)  # Start: the frames since the login page
        if titel == "Start":  # where the login lands (a full load of its URL)
            inhoud = _klaar(pagina, pad)
        elif titel == "Werkvoorraad" and rol == "mt":  # the menu with the keyboard alone
            _tab_naar(pagina, "A", "Werkvoorraad")
            pagina.keyboard.press("Enter")
            inhoud = _klaar(pagina, pad, titel)
        else:
            _menulink(pagina, titel).click()
            inhoud = _klaar(pagina, pad, titel)
        ontvangen[pad] = b"".join(frames[eerder:])
        assert "Geen toegang" not in inhoud, pad
        assert titel.split()[0] in inhoud or pad == "", pad
        # axe-core on the role's first page (its sidebar: menu, role) and on every page
        # whose markup no earlier run of this module checked
        _toegankelijk_per_opmaak(pagina, f"{rol}: {pad or 'start'}", eerste=pad == "")
        if pad == "werkvoorraad":
            _werkvoorraad(inhoud, demo_warehouse, rol)
        elif pad == "tussenstand":
            _tussenstand_downloaden(pagina)
        elif pad == "data_kwaliteit":
            knop = pagina.get_by_role("button", name="Download als CSV")
            assert knop.count() == (1 if rol in ("mt", "controller") else 0)
    # one allowed page by its direct URL (the start page was one, through the login)
    assert "Urenbalans" in _open(pagina, url, "urenbalans")
    # a direct URL to a forbidden page: "geen toegang", not the page (no downloads, tables)
    verboden = [t for t in URL if t not in MENU[rol]]
    for titel in verboden:
        inhoud = _verboden(pagina, url, titel)
        assert inhoud.splitlines()[0] == "Geen toegang", titel
        assert "Download" not in inhoud, titel
        assert pagina.locator('[data-testid="stDataFrame"]').count() == 0, titel
        assert pagina.locator(f"table.{LICHT}").count() == 0, titel
        assert pagina.get_by_role("button", name="Download als CSV").count() == 0, titel
        # the same markup for every role and page (only the names differ): once a module
        _toegankelijk_per_opmaak(pagina, f"{rol}: {URL[titel]} (geen toegang)")
    _geen_geheimen(pagina, log)
    if rol in ("mt", "medewerker"):
        # everything the server sent on the pages with people in them (tables as Arrow,
        # texts, downloads' names): nothing of a person for a medewerker, and the check can
        # fail: the MT's frames do hold them
        alles = b"".join(ontvangen[pad] for pad in ("werkvoorraad", "urenbalans", ""))
        assert len(alles) > 10_000, "the frames were collected"
        gezien = {x for x in personen(demo_warehouse) if x.encode("utf-8") in alles}
        if rol == "mt":
            assert gezien, "the MT's Werkvoorraad names its opdrachtnemers"
        else:
            assert gezien == set(), rol
    koekjes = context.cookies()
    if rol == "college":
        # a download's URL lives while its session shows the page it belongs to: a fresh
        # one, tried at once, and after logging out from that page
        _menulink(pagina, "Tussenstand").click()
        _klaar(pagina, "tussenstand", "Tussenstand")
        media = _tussenstand_downloaden(pagina)
        _download_alleen_met_sessie(browser, context, media, koekjes)
    # logging out ends the session at the provider too (its end_session page)
    pagina.get_by_role("button", name="Uitloggen").click()
    pagina.wait_for_url("**/end_session**", timeout=30_000)
    if rol == "college":
        _download_niet_na_uitloggen(browser, media, koekjes, auditmap)
    pagina.goto(url)
    expect(pagina.get_by_role("button", name="Inloggen bij Dordrecht")).to_be_visible(
        timeout=30_000
    )
    context.close()


def _menulink(pagina, titel: str):
    links = pagina.locator('[data-testid="stSidebarNav"] [data-testid="stSidebarNavLink"]')
    return links.nth(_menu(pagina).index(titel))


def _klaar(pagina, pad: str, titel: str | None = None) -> str:
    """Wait until the page at `pad` is drawn (after a click in the menu: its own title, the
    previous page's elements gone); no exception on it. Returns its text."""
    if titel is not None:
        pagina.wait_for_url(f"**/{pad}", timeout=30_000)
        hoofd = pagina.get_by_test_id("stMain")
        expect(hoofd.get_by_role("heading", name=titel, level=1)).to_be_visible(timeout=30_000)
        expect(hoofd.locator('[data-stale="true"]')).to_have_count(0, timeout=30_000)
    wacht_tot_klaar(pagina)
    assert pagina.locator('[data-testid="stException"]').count() == 0, pad
    return pagina.locator('[data-testid="stMain"]').inner_text()


_OPMAAK = """() => {
    // the elements of the main area, with their attributes (the values of those that
    // decide what axe-core checks; not of those that hold an id) and whether they hold
    // text of their own: the page's markup without its data
    const ids = ["id", "for", "aria-labelledby", "aria-describedby", "aria-controls",
                 "aria-owns", "aria-activedescendant", "href", "src", "d", "transform",
                 "style", "x", "y", "width", "height", "points", "value"];
    const uit = [];
    for (const el of document.querySelector('[data-testid="stMain"]').querySelectorAll("*")) {
        const attr = [...el.attributes].map(a =>
            ids.includes(a.name) || a.name.startsWith("data-") ? a.name : a.name + "=" + a.value
        ).sort().join(" ");
        const eigen = [...el.childNodes].some(n => n.nodeType === 3 && n.nodeValue.trim());
        uit.push(el.tagName + "[" + attr + "]" + (eigen ? "t" : ""));
    }
    return uit.join("\\n");
}"""
_GECONTROLEERD: set[str] = set()
"""The markups (`_OPMAAK`) axe-core checked in this module."""


def _toegankelijk_per_opmaak(pagina, naam: str, eerste: bool = False) -> None:
    """axe-core on the page, unless this module checked the same markup already (the same
    page as another role, where the role changes only data: names, figures of a gemeente);
    always on a role's `eerste` page, for its sidebar."""
    opmaak = pagina.evaluate(_OPMAAK)
    if eerste or opmaak not in _GECONTROLEERD:
        toegankelijk(pagina, naam)
        _GECONTROLEERD.add(opmaak)


def _werkvoorraad(inhoud: str, warehouse: Path, rol: str) -> None:
    """Opdrachtnemer names next to realised hours only for the MT; a college starts on its
    own gemeente."""
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


def _tussenstand_downloaden(pagina) -> str:
    """The tussenstand's Excel file holds every gemeente's urenbalans; returns its URL."""
    with pagina.expect_download(timeout=30_000) as download:
        pagina.get_by_text("Download deze tussenstand (Excel)").click()
    # row 1 the title with the peildatum, row 2 the sheet's name: the table from row 3
    bladen = pl.read_excel(download.value.path(), sheet_id=0, read_options={"header_row": 2})
    urenbalans = bladen["Urenbalans"]
    assert set(GEMEENTEN.values()) <= set(urenbalans["Gemeente"])
    return download.value.url


def _verboden(pagina, url: str, titel: str) -> str:
    """The page `titel` by its direct URL, which this role may not open: its stand-in is
    drawn (the title, the reason naming the page) and its run ended. Returns its text."""
    pagina.goto(f"{url}/{URL[titel]}")
    hoofd = pagina.get_by_test_id("stMain")
    expect(hoofd.get_by_text(f"geeft geen toegang tot de pagina {titel}.")).to_be_visible(
        timeout=30_000
    )
    expect(pagina.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=30_000)
    assert pagina.locator('[data-testid="stException"]').count() == 0, titel
    return hoofd.inner_text()


def test_unknown_address_gets_whom_to_ask_and_no_figures(omgeving, browser):
    url, log, _ = omgeving
    _, pagina, _ = _inloggen(browser, url, "onbekend@elders.nl")
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
        context, pagina, _ = _inloggen(browser, url, sub, ingelogd=False)
        expect(pagina.get_by_text("Nog geen toegang")).to_be_visible(timeout=30_000)
        assert pagina.locator('[data-testid="stSidebarNav"]').count() == 0
        context.close()
    context, pagina, _ = _inloggen(browser, url, "baas-van-papendrecht", gemeente="Papendrecht")
    assert _menu(pagina) == MENU["mt"]
    context.close()
    # a cookie copied before "Uitloggen" no longer opens the Werkbank
    context, pagina, _ = _inloggen(browser, url, "mt@proeftuin.nl")
    _menulink(pagina, "Werkbank").click()
    assert "Werkbank" in _klaar(pagina, "werkbank", "Werkbank")
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


def test_a_role_change_in_the_auth_file_ends_the_session_at_once(omgeving, browser):
    """The admin gives someone another role while they are logged in: their next click
    shows "Opnieuw inloggen" (no figures); logging in again gives the new role."""
    url, _, auditmap = omgeving
    auth = auditmap.parent / "auth.toml"
    context, pagina, _ = _inloggen(browser, url, "wissel@dordrecht.nl")
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
        context, pagina, _ = _inloggen(browser, url, "wissel@dordrecht.nl")
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


def _download_alleen_met_sessie(browser, context, media: str, koekjes: list) -> None:
    """A download's `/media/` URL, copied (issue 21): served to its own live session only;
    without a cookie or with a forged one it gives no file."""
    assert "/media/" in media
    eigen = context.request.get(media)
    assert eigen.status == 200 and eigen.body()[:2] == b"PK", "the owner gets the file"
    vreemd = browser.new_context()
    vervalst = [{**k, "value": k["value"][:-4] + "AAAA"} for k in koekjes]
    _geen_bestand("zonder cookie", vreemd.request.get(media))
    vreemd.add_cookies(vervalst)
    _geen_bestand("vervalst", vreemd.request.get(media))
    vreemd.close()


def _download_niet_na_uitloggen(browser, media: str, koekjes: list, auditmap: Path) -> None:
    """The same URL with the session's own cookie after logging out: no file; the refusals
    are in the audit trail."""
    dief = browser.new_context()
    dief.add_cookies(koekjes)
    _geen_bestand("na uitloggen", dief.request.get(media))
    dief.close()
    redenen = [r.get("reden", "") for r in audit.zoek(auditmap, date.today(), date.today())]
    assert "download: niet ingelogd of onbekende provider" in redenen
    assert "download: sessie: u bent na deze aanmelding uitgelogd." in redenen


def _geen_bestand(poging: str, antwoord) -> None:
    assert antwoord.status == 403, poging
    assert b"PK" not in antwoord.body()[:2], poging
    assert "Log opnieuw in" in antwoord.text(), poging


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
    context, pagina, _ = _inloggen(browser, url, "mt@proeftuin.nl")
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
