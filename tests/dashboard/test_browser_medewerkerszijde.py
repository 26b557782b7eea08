"""In Chromium, logged in at the test OIDC provider: an employee offers room and shows
interest (hostile motivation), the MT sees both in Kandidaten and publishes and withdraws
news (hostile text), and another employee sees the news as plain text and nobody's
interest. Each login opens the start page by its URL; the other pages are opened through
the menu, and run again (Streamlit's R key) while a background ETL run is busy. Screenshots
of the new pages go to tests/screenshots when PROEFTUIN_SCHERMAFDRUKKEN is set.

Never downloads a browser (Debian's /usr/bin/chromium, as test_browser.py).
"""

from __future__ import annotations

import time
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from etl.load import run_etl
from invoer.mensen import INTERESSE, NIEUWS, RUIMTE
from invoer.schrijven import platform_rows
from tests.dashboard import chromium
from tests.dashboard.chromium import schermafdruk, vereis_chromium, vrije_poort
from tests.dashboard.test_browser_platform import (
    _typ_datum,
    klaar,
    naar_pagina,
    ververs,
)
from tests.dashboard.test_login_browser import _gebruiker
from tests.etl.helpers import OPDRACHTEN, write_csv

pytestmark = [pytest.mark.slow, pytest.mark.browser]

VIJANDIG = "<img src=x onerror=alert(1)> **vet** [klik](javascript:alert(2))"
MEDEWERKERS = [
    ["medewerker_id", "gemeente", "schaal", "naam", "email"],
    ["M-1", "DOR", "11", "Anna Aalders", "anna@zwijndrecht.nl"],
    ["M-2", "ZWD", "10", "Bram Bakker", "bram@zwijndrecht.nl"],
]
OPEN = ["PT-4", "Open nota mobiliteit", "lokaal", "PAP", "40", "geaccepteerd"]
# who logs in (besides the MT); the provider vouches for their e-mail (email_verified)
GEBRUIKERS = ("anna@zwijndrecht.nl", "bram@zwijndrecht.nl", "college@zwijndrecht.nl")


@pytest.fixture(scope="module")
def omgeving(tmp_path_factory: pytest.TempPathFactory):
    """A small source folder with e-mails in the medewerkers export, the identity
    provider, and the platform with --auth and --source; yields (url, bron)."""
    vereis_chromium()
    from oidc_provider_mock import run_server_in_thread

    map_ = tmp_path_factory.mktemp("mensen")
    bron, warehouse = map_ / "bron", map_ / "proeftuin.duckdb"
    write_csv(bron / "zwijndrecht" / "medewerkers.csv", MEDEWERKERS)
    write_csv(bron / "regio" / "opdrachten.csv", [*OPDRACHTEN, OPEN])
    run_etl(bron, warehouse)
    poort = vrije_poort()
    with pytest.MonkeyPatch.context() as mp, run_server_in_thread(port=vrije_poort()) as idp:
        mp.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")
        for email in ("mt@proeftuin.nl", *GEBRUIKERS):
            _gebruiker(idp.server_port, email, {"email": email, "email_verified": True})
        auth = map_ / "auth.toml"
        auth.write_text(
            f"""[oidc]
server_metadata_url = "http://localhost:{idp.server_port}/.well-known/openid-configuration"
client_id = "proeftuin"
client_secret = "client-secret-voor-de-test"
redirect_uri = "http://localhost:{poort}/oauth2callback"
cookie_secret = "cookie-secret-voor-de-test-0123456789-abcdef"
email = true

[rollen]
"mt@proeftuin.nl" = "mt"
"college@zwijndrecht.nl" = "college:ZWD"
"*@zwijndrecht.nl" = "medewerker"
""",
            encoding="utf-8",
        )
        auth.chmod(0o600)  # the platform refuses an auth file others may read
        with chromium.platform(
            "--warehouse", str(warehouse), "--port", str(poort), "--address", "0.0.0.0",
            "--auth", str(auth), "--source", str(bron),
        ) as url:  # fmt: skip
            yield url, bron


def _inloggen(browser, url: str, email: str):
    # en-US: the date field's segments are named "day, <label>" (test_browser_platform)
    context = browser.new_context(viewport=chromium.SCHERM, locale="en-US")
    pagina = context.new_page()
    pagina.goto(url)
    pagina.get_by_role("button", name="Inloggen").click()
    pagina.wait_for_url("**/oauth2/authorize**", timeout=30_000)
    pagina.fill("input[name=sub]", email)
    pagina.get_by_role("button", name="Authorize").click()
    expect(pagina.get_by_role("button", name="Uitloggen")).to_be_visible(timeout=30_000)
    return context, pagina


def _open(pagina, url: str, pad: str, tekst: str, pogingen: int = 40, net_ingelogd=False) -> str:
    """Open a page through the menu, run it again until `tekst` shows (a background ETL
    run may still be busy); its main part's text. `net_ingelogd`: the page a login just
    opened by its URL may be that page already."""
    hoofd = pagina.locator('[data-testid="stMain"]')
    if net_ingelogd and urlparse(pagina.url).path.strip("/") == pad:
        klaar(pagina)
        if tekst in hoofd.inner_text():
            assert pagina.locator('[data-testid="stException"]').count() == 0, pad
            return hoofd.inner_text()
    naar_pagina(pagina, pad)
    for _ in range(pogingen):
        expect(pagina.get_by_role("button", name="Uitloggen")).to_be_visible(timeout=30_000)
        assert pagina.locator('[data-testid="stException"]').count() == 0, pad
        if tekst in hoofd.inner_text():
            return hoofd.inner_text()
        time.sleep(1)
        ververs(pagina)
    raise AssertionError(f"{tekst!r} verschijnt niet op {pad or 'Start'}")


def _kies(pagina, label: str, tekst: str) -> None:
    # after a confirmation the run may still be drawing: its stale widgets stand beside the
    # new ones until it ends, so wait for the end before choosing
    klaar(pagina)
    pagina.get_by_label(label, exact=True).click()
    pagina.keyboard.type(tekst)
    pagina.get_by_role("option").filter(has_text=tekst).first.click()


def test_room_interest_and_news_through_the_login(omgeving, browser):
    url, bron = omgeving
    # 1. Bram, a medewerker, offers room and shows interest in PT-4
    context, pagina = _inloggen(browser, url, "bram@zwijndrecht.nl")
    _open(pagina, url, "mijn_proeftuin", "U bent medewerker M-2.")
    _typ_datum(pagina, "Van", "01052012")
    _typ_datum(pagina, "Tot en met", "31082012")
    pagina.get_by_label("Uren per week", exact=True).fill("8")
    pagina.get_by_label("Voor welk soort werk", exact=True).fill("mobiliteit")
    pagina.get_by_role("button", name="Ruimte aanbieden").click()
    expect(pagina.get_by_text("Uw ruimte is doorgegeven")).to_be_visible()
    _kies(pagina, "Open opdracht", "PT-4")
    pagina.get_by_label("Korte motivatie", exact=True).fill(VIJANDIG)
    pagina.get_by_role("button", name="Interesse tonen").click()
    expect(pagina.get_by_text("Uw interesse in PT-4 is doorgegeven")).to_be_visible()
    [ruimte] = platform_rows(bron, RUIMTE)
    assert (ruimte["medewerker_id"], ruimte["door"]) == ("M-2", "bram@zwijndrecht.nl")
    [interesse] = platform_rows(bron, INTERESSE)
    assert (interesse["opdracht_id"], interesse["motivatie"]) == ("PT-4", VIJANDIG)
    # after the background ETL run: the motivation shown as typed, no image, no link
    tekst = _open(pagina, url, "mijn_proeftuin", VIJANDIG)
    assert "8,0 uur per week" in tekst
    assert pagina.locator('[data-testid="stMain"] img').count() == 0
    schermafdruk(pagina, "mijn-proeftuin.png", full_page=True)
    context.close()

    # 2. the MT sees Bram's interest in Kandidaten, publishes and withdraws news
    context, pagina = _inloggen(browser, url, "mt@proeftuin.nl")
    _open(pagina, url, "werkbank", "Werkbank")
    pagina.get_by_role("tab", name="Kandidaten").click()
    _kies(pagina, "Open opdracht", "PT-4")
    hoofd = pagina.locator('[data-testid="stMain"]')
    expect(hoofd.get_by_text("Motivatie van wie interesse toonde")).to_be_visible()
    expect(hoofd.get_by_text(f"Bram Bakker: {VIJANDIG}")).to_be_visible()
    expect(hoofd.get_by_text("Beste kandidaat: Bram Bakker")).to_be_visible()
    schermafdruk(pagina, "werkbank-kandidaten-interesse.png")
    # ... and on the capacity timeline (Bezetting): Bram's offer and his interest
    pagina.get_by_role("tab", name="Bezetting").click()
    expect(hoofd.get_by_text("Aangeboden ruimte en interesse van alle gemeenten")).to_be_visible()
    bezetting = hoofd.locator('[data-testid="stDataFrame"]').filter(visible=True)
    expect(bezetting.first).to_be_visible()
    schermafdruk(pagina, "werkbank-bezetting-ruimte.png")
    _open(pagina, url, "", "Nieuws")
    pagina.get_by_text("Nieuws beheren (proeftuin-MT)").click()
    pagina.get_by_label("Titel", exact=True).fill("Welkom op het platform")
    pagina.get_by_label("Bericht", exact=True).fill(VIJANDIG)
    pagina.get_by_role("button", name="Publiceren").click()
    expect(pagina.get_by_text("is gepubliceerd")).to_be_visible()
    _open(pagina, url, "", "Welkom op het platform")
    schermafdruk(pagina, "start-nieuws.png", full_page=True)
    mt, mt_pagina = context, pagina  # the MT's session, for step 4

    # 3. Anna, another medewerker: the news as plain text, nobody's interest or room
    context, pagina = _inloggen(browser, url, "anna@zwijndrecht.nl")
    start = _open(pagina, url, "", "Welkom op het platform", net_ingelogd=True)
    assert VIJANDIG in start and pagina.locator('[data-testid="stMain"] img').count() == 0
    for pad, kop in (
        ("werkvoorraad", "Werkvoorraad"),
        ("proeftuin_uitgelegd", "De proeftuin uitgelegd"),
        ("mijn_proeftuin", "U bent medewerker M-1."),
    ):
        assert "Bram" not in _open(pagina, url, pad, kop), pad
    assert "Bram" not in start
    _open(pagina, url, "proeftuin_uitgelegd", "Wat de proeftuin wel en niet is")
    schermafdruk(pagina, "proeftuin-uitgelegd.png", full_page=True)
    assert pagina.get_by_role("link", name="Werkbank").count() == 0
    context.close()

    # 3b. the college of Zwijndrecht: the news and the explanation, nobody's interest
    context, pagina = _inloggen(browser, url, "college@zwijndrecht.nl")
    start = _open(pagina, url, "", "Welkom op het platform", net_ingelogd=True)
    assert VIJANDIG in start and pagina.locator('[data-testid="stMain"] img').count() == 0
    for pad, kop in (
        ("werkvoorraad", "Werkvoorraad"),
        ("proeftuin_uitgelegd", "Wat de proeftuin wel en niet is"),
        ("tussenstand", "Tussenstand"),
    ):
        assert "Bram" not in _open(pagina, url, pad, kop), pad
    assert "Bram" not in start
    assert pagina.get_by_role("link", name="Werkbank").count() == 0
    context.close()

    # 4. the MT (still logged in since step 2) withdraws the news: a row, and the message
    # is gone for everyone
    context, pagina = mt, mt_pagina
    _open(pagina, url, "", "Welkom op het platform")
    if pagina.get_by_role("button", name="Intrekken").count() == 0:  # folded: open it
        pagina.get_by_text("Nieuws beheren (proeftuin-MT)").click()
    klaar(pagina)
    pagina.get_by_role("button", name="Intrekken").first.click()
    expect(pagina.get_by_text("is ingetrokken")).to_be_visible()
    assert [r["actie"] for r in platform_rows(bron, NIEUWS)] == ["publiceren", "intrekken"]
    for _ in range(40):
        if "Welkom op het platform" not in _open(pagina, url, "", "Nieuws"):
            break
        time.sleep(1)
    else:
        raise AssertionError("het ingetrokken bericht blijft staan")
    context.close()
