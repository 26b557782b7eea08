"""Who is logged in, their role, and which pages and columns that role may see.

The one place pages ask: `auth.mag(auth.rol(), "werkbank")`, `auth.persoonsgegevens()`,
`auth.eigen_gemeente()`. Two modes, chosen by `proeftuin dashboard`:

* with `--auth` (`$PROEFTUIN_AUTH` names the file): OpenID Connect through Streamlit's own
  `st.login` / `st.user` / `st.logout`; the role comes from the file's `[rollen]`;
* without: a local single-user demo on 127.0.0.1, with a role picker in the sidebar, that
  says so on every page.

Roles follow ../shared/data-contract.md section 8: each sees what the one before it sees,
and more. Person-level data (one employee's hours or availability, werkbank kandidaten
and person signals, opdrachtnemer names next to realised hours) is for `mt` only.
"""

from __future__ import annotations

import logging
import os
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import streamlit as st

from dashboard import audit, sessies, ui
from dashboard.authbestand import (
    ALLE_ROLLEN,
    AUTH_ENV,
    EEN_PROVIDER,
    AuthFout,
    AuthInstellingen,
    Identiteit,
    Provider,
    Rol,
    identiteit,
    lees,
    rol_voor,
)

LOG = logging.getLogger("proeftuin.auth")

PLATFORM = "Proeftuin beleid Drechtsteden"
DEMO_REGEL = (
    "Lokale demo zonder inloggen: alleen op deze computer. Kies links een rol om te zien "
    "wat die rol ziet."
)
ROL_SLEUTEL = "_proeftuin_rol"
GEBRUIKER_SLEUTEL = "_proeftuin_gebruiker"  # the `Gebruiker` of this session (audit, forms)
INLOGFOUT_SLEUTEL = "_proeftuin_inlogfout"  # the provider that could not be reached
INGELOGD_SLEUTEL = "_proeftuin_ingelogd"  # the login (person, iat) already audited
DISCOVERY_TIMEOUT_S = 5
DEMO_SLEUTEL = "demo_rol"  # the demo's role (a `Rol`), set by the picker's callback
KEUZE_SLEUTEL = "demo_rol_keuze"  # the picker widget's own state
MT = Rol("mt")

# Page (its url path = file name without .py) -> the least role that may open it.
# A page not listed here is for `mt` only: a new page is private until someone decides.
PAGINA_ROL = {
    "start": "medewerker",
    "proeftuin_uitgelegd": "medewerker",
    "mijn_proeftuin": "medewerker",
    "werkvoorraad": "medewerker",
    "urenbalans": "medewerker",
    "opdracht_aanmelden": "medewerker",
    "tussenstand": "college",
    "winstpunten": "college",
    "kwaliteit_leren": "college",
    "verrekening": "college",
    "data_kwaliteit": "controller",
    "werkbank": "mt",
}


@dataclass(frozen=True)
class Gebruiker:
    naam: str
    email: str | None
    rol: Rol
    demo: bool
    wie: str | None = None  # issuer|sub: the person in the audit trail
    gemeente: str | None = None  # the gemeente of their provider, else the college's

    @property
    def door(self) -> str:
        """How a form records who acted: the verified e-mail, else provider:sub."""
        return self.email or self.wie or self.naam


def mag(rol: Rol, pagina: str) -> bool:
    """May `rol` open `pagina`? Pure, so the navigation and the tests share it."""
    return rol.niveau >= Rol(PAGINA_ROL.get(pagina, "mt")).niveau


@lru_cache(maxsize=4)
def _instellingen(pad: str, mtime_ns: int) -> AuthInstellingen:
    return lees(Path(pad))


def instellingen() -> AuthInstellingen | None:
    """The auth file's contents (re-read when it changes), or None in the local demo."""
    pad = os.environ.get(AUTH_ENV)
    if not pad:
        return None
    try:
        versie = Path(pad).stat().st_mtime_ns
    except OSError:
        raise AuthFout(f"Het auth-bestand {pad} is niet meer te lezen.") from None
    return _instellingen(pad, versie)


def _inloggen(provider: Provider) -> None:
    """The login button's callback: first ask the provider whether it answers, so an
    unreachable provider gives a Dutch page (and a log line) instead of Streamlit's
    "Authentication error"; then Streamlit's own login for that provider."""
    try:
        with urllib.request.urlopen(  # the URL the auth file checked
            provider.server_metadata_url, timeout=DISCOVERY_TIMEOUT_S
        ) as antwoord:
            antwoord.read(1)
    except (OSError, ValueError) as exc:
        LOG.warning("Identity provider %s niet bereikbaar: %s", provider.naam, exc)
        st.session_state[INLOGFOUT_SLEUTEL] = provider.label
        return
    st.session_state.pop(INLOGFOUT_SLEUTEL, None)
    st.login(None if provider.naam == EEN_PROVIDER else provider.streamlit_naam)


def _inlogpagina(config: AuthInstellingen):
    def pagina() -> None:
        st.title(PLATFORM)
        st.markdown(
            "Het virtuele platform van de zes Drechtsteden-gemeenten: de urenbank, de "
            "werkvoorraad en de tussenstand. Log in met het account van uw gemeente."
        )
        fout = st.session_state.get(INLOGFOUT_SLEUTEL)
        if fout:
            st.error(
                f"De inlogdienst van {fout} is nu niet bereikbaar. Probeer het over een paar "
                "minuten opnieuw; blijft het mislukken, meld het dan bij de servicedesk."
            )
        providers = list(config.providers.values())
        for provider in providers:
            st.button(
                "Inloggen" if len(providers) == 1 else f"Inloggen bij {provider.label}",
                type="primary",
                icon=":material/login:",
                on_click=_inloggen,
                args=(provider,),
                key=f"inloggen_{provider.naam}",
            )

    return pagina


def _uitloggen() -> None:
    """End this login for every copy of its cookie, write it down, then Streamlit's logout."""
    gebruiker = st.session_state.get(GEBRUIKER_SLEUTEL)
    if isinstance(gebruiker, Gebruiker) and gebruiker.wie:
        sessies.afmelden(gebruiker.wie, audit.map_())
        gebeurtenis("uitloggen")
    st.logout()


def _geen_rol_pagina(naam: str, reden: str | None = None):
    def pagina() -> None:
        st.title("Nog geen toegang" if reden is None else "Opnieuw inloggen")
        if reden is None:
            st.markdown(
                f"U bent ingelogd als **{ui.plat(naam)}**, maar u heeft nog geen rol op het "
                "platform. Vraag de controller of het MT van de proeftuin in uw gemeente om u "
                "een rol te geven (medewerker, college, controller of MT); daarna ziet u hier "
                "de gegevens."
            )
        else:
            st.markdown(f"Uw sessie is beëindigd: {reden} Log opnieuw in om verder te gaan.")
        st.button("Uitloggen", icon=":material/logout:", on_click=st.logout)

    return pagina


def _alleen(pagina, titel: str) -> None:
    """Run a single page with no menu (no figures are reachable), then end the run."""
    st.navigation([st.Page(pagina, title=titel)], position="hidden").run()
    st.stop()


def _authbestand_fout(fout: AuthFout):
    def pagina() -> None:
        st.title("Inloggen is tijdelijk niet mogelijk")
        st.error(f"Het auth-bestand is sinds de start gewijzigd en nu onbruikbaar: {fout}")

    return pagina


def aanmelden() -> Gebruiker:
    """The user of this run; shows the login or no-role page and stops when there is none.

    Also remembers the role for this run, so pages can ask `rol()`. A roles file that was
    edited into an unusable state while the platform runs shuts everyone out (with the
    reason) rather than falling back to anything.
    """
    try:
        config = instellingen()
    except AuthFout as fout:
        _alleen(_authbestand_fout(fout), "Geen toegang")
    gebruiker = _demo() if config is None else _ingelogd(config)
    st.session_state[ROL_SLEUTEL] = gebruiker.rol
    st.session_state[GEBRUIKER_SLEUTEL] = gebruiker
    return gebruiker


def _claims() -> dict:
    """st.user as a plain dict (a claim may be any JSON: the code below checks types)."""
    try:
        return dict(st.user.to_dict())
    except Exception:  # whatever the cookie held, the user gets a page
        LOG.exception("st.user onleesbaar")
        return {}


def _ingelogd(config: AuthInstellingen) -> Gebruiker:
    """The logged-in person with their role, or a page saying why not (and a stop)."""
    claims = _claims()
    if not claims.get("is_logged_in"):
        _alleen(_inlogpagina(config), "Inloggen")
    vreemd = [k for k in ("email", "name", "sub") if k in claims and not isinstance(claims[k], str)]
    if vreemd:  # a provider (or a forged token) sending objects: noted, then ignored
        LOG.warning("Aanmelding met claims die geen tekst zijn: %s", ", ".join(vreemd))
    wie = identiteit(claims, config)
    if wie is None:
        LOG.warning(
            "Aanmelding geweigerd: provider %r, issuer %r past niet bij het auth-bestand",
            claims.get("provider"),
            claims.get("iss"),
        )
        _weiger(None, "onbekende provider of issuer")
        _alleen(_geen_rol_pagina("een onbekend account"), "Nog geen toegang")
    naam = claims.get("name") if isinstance(claims.get("name"), str) else None
    naam = naam or wie.email or f"{wie.provider}:{wie.sub}"
    rol = rol_voor(wie, config.rollen)
    nieuw = not sessies.bekend(wie.sleutel, claims, audit.map_())
    reden = sessies.controleer(
        wie.sleutel, claims, config.sessie, audit.map_(), rol=rol.code if rol else None
    )
    if reden is not None:
        _weiger(wie, f"sessie: {reden}")
        _alleen(_geen_rol_pagina(naam, reden), "Opnieuw inloggen")
    if rol is None:
        _weiger(wie, "geen rol")
        _alleen(_geen_rol_pagina(naam), "Nog geen toegang")
    gemeente = wie.provider if wie.provider != EEN_PROVIDER else rol.gemeente
    gebruiker = Gebruiker(naam, wie.email, rol, False, wie.sleutel, gemeente)
    login = (wie.sleutel, claims.get("iat"))
    if st.session_state.get(INGELOGD_SLEUTEL) != login:
        st.session_state[INGELOGD_SLEUTEL] = login
        st.session_state[GEBRUIKER_SLEUTEL] = gebruiker
        if nieuw:  # another tab or page load of the same login is no new login
            gebeurtenis("inloggen", provider=wie.provider)
    return gebruiker


def _weiger(wie: Identiteit | None, reden: str) -> None:
    audit.schrijf(
        "geweigerd",
        wie.sleutel if wie else None,
        None,
        wie.provider if wie else None,
        reden=reden,
    )


def gebeurtenis(soort: str, wie: object = None, **details: str | None) -> None:
    """Write one audit record for this session's user (nothing in the local demo). `wie`:
    the session's user as read before (`dashboard.schrijven` reads it before a write, so
    the record of a write never depends on touching the session after it)."""
    gebruiker = wie if wie is not None else st.session_state.get(GEBRUIKER_SLEUTEL)
    if not isinstance(gebruiker, Gebruiker) or gebruiker.demo:
        return
    audit.schrijf(
        soort,
        gebruiker.wie,
        gebruiker.rol.code,
        gebruiker.gemeente,
        **details,
    )


def _demo() -> Gebruiker:
    """The demo's user, with the role picked in the sidebar (read here, drawn by `zijbalk`:
    the page list depends on the role, and widgets belong after `st.navigation`)."""
    return Gebruiker("Lokale gebruiker", None, _demo_rol(), demo=True)


def _demo_rol() -> Rol:
    """The role picked in the demo; MT until one is picked.

    Why not the picker's value itself: a selectbox may report no selection (a browser
    that re-mounts it, with many sessions busy), and a `None` role made every page check
    fail with "'NoneType' object has no attribute 'niveau'". The role lives in a key of
    its own that only ever holds a `Rol`.
    """
    gekozen = st.session_state.get(DEMO_SLEUTEL)
    return gekozen if isinstance(gekozen, Rol) else MT


def _kies_demo_rol() -> None:
    """The picker's callback: keep a real choice, ignore an empty one."""
    gekozen = st.session_state.get(KEUZE_SLEUTEL)
    if isinstance(gekozen, Rol):
        st.session_state[DEMO_SLEUTEL] = gekozen


def zijbalk(gebruiker: Gebruiker) -> None:
    """Who is logged in, the role, and the way out; in the demo, the demo line."""
    if gebruiker.demo:
        st.info(DEMO_REGEL, icon=":material/info:")
        st.sidebar.selectbox(
            "Rol (lokale demo)",
            ALLE_ROLLEN,
            index=ALLE_ROLLEN.index(gebruiker.rol),
            format_func=lambda r: r.label,
            key=KEUZE_SLEUTEL,
            on_change=_kies_demo_rol,
            help="Zonder inloggen kiest u zelf welke rol u bekijkt.",
            placeholder="Maak een keuze",
        )
        st.sidebar.markdown(f"**{gebruiker.naam}** · rol: {gebruiker.rol.label}")
        return
    st.sidebar.markdown(
        f"Ingelogd als **{ui.plat(gebruiker.naam)}**"
        + (
            f"  \n{ui.plat(gebruiker.email)}"
            if gebruiker.email and gebruiker.email != gebruiker.naam
            else ""
        )
        + f"  \nRol: **{gebruiker.rol.label}**"
    )
    st.sidebar.button("Uitloggen", icon=":material/logout:", on_click=_uitloggen)


def rol() -> Rol:
    """The role of this run. Outside a run set up by the app (a page tested on its own)
    the least role, so a forgotten check never shows more."""
    return st.session_state.get(ROL_SLEUTEL, Rol("medewerker"))


def persoonsgegevens() -> bool:
    """Person-level data (names next to hours, availability, kandidaten): MT only."""
    return rol().soort == "mt"


def eigen_gemeente() -> str | None:
    """A college's own gemeente (pre-selected on its pages), else None."""
    return rol().gemeente


def geen_toegang(titel: str):
    """A page standing in for one this role may not open: its URL says "geen toegang"."""

    def pagina() -> None:
        st.title("Geen toegang")
        st.error(
            f"Uw rol ({rol().label}) geeft geen toegang tot de pagina {titel}. Denkt u dat "
            "u deze pagina nodig hebt, vraag dan het MT van de proeftuin om een andere rol."
        )

    pagina.__name__ = f"geen_toegang_{titel}"
    return pagina


def download(bestand: str, maak: Callable[[], bytes]) -> Callable[[], bytes]:
    """A download button's data that writes the download to the audit trail when clicked.

    Streamlit runs the callable on the click, outside the page's run (no session state
    there): who downloads is taken now, while the page is drawn."""
    gebruiker = st.session_state.get(GEBRUIKER_SLEUTEL)

    def data() -> bytes:
        if isinstance(gebruiker, Gebruiker) and not gebruiker.demo:
            audit.schrijf(
                "download", gebruiker.wie, gebruiker.rol.code, gebruiker.gemeente, bestand=bestand
            )
        return maak()

    return data


# Pages that show persons (or person ids) to the roles from the one named: a view is audited.
PERSOONSPAGINAS = {"werkvoorraad": "mt", "werkbank": "mt", "data_kwaliteit": "controller"}
BEKEKEN_SLEUTEL = "_proeftuin_bekeken"


def bekeken(pagina: str) -> None:
    """Write a view of a person-level page to the audit trail, once per visit (not per
    click on the page)."""
    if st.session_state.get(BEKEKEN_SLEUTEL) == pagina:
        return
    st.session_state[BEKEKEN_SLEUTEL] = pagina
    drempel = PERSOONSPAGINAS.get(pagina)
    if drempel is not None and rol().niveau >= Rol(drempel).niveau:
        gebeurtenis("bekeken", pagina=pagina)
