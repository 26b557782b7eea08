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

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import streamlit as st

from dashboard import ui
from dashboard.authbestand import (
    ALLE_ROLLEN,
    AUTH_ENV,
    AuthFout,
    AuthInstellingen,
    Rol,
    lees,
    rol_voor,
)

PLATFORM = "Proeftuin beleid Drechtsteden"
DEMO_REGEL = (
    "Lokale demo zonder inloggen: alleen op deze computer. Kies links een rol om te zien "
    "wat die rol ziet."
)
ROL_SLEUTEL = "_proeftuin_rol"
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


def _inlogpagina() -> None:
    st.title(PLATFORM)
    st.markdown(
        "Het virtuele platform van de zes Drechtsteden-gemeenten: de urenbank, de "
        "werkvoorraad en de tussenstand. Log in met het account van uw gemeente."
    )
    st.button("Inloggen", type="primary", icon=":material/login:", on_click=st.login)


def _geen_rol_pagina() -> None:
    st.title("Nog geen toegang")
    st.markdown(
        f"U bent ingelogd als **{ui.plat(st.user.get('email') or st.user.get('name') or '?')}**, "
        "maar dit adres heeft nog geen rol op het platform. Vraag de controller of het MT "
        "van de proeftuin in uw gemeente om u een rol te geven (medewerker, college, "
        "controller of MT); daarna ziet u hier de gegevens."
    )
    st.button("Uitloggen", icon=":material/logout:", on_click=st.logout)


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
    if config is None:
        gebruiker = _demo()
    elif not st.user.get("is_logged_in", False):
        _alleen(_inlogpagina, "Inloggen")
    else:
        email = st.user.get("email")
        rol = rol_voor(email, config.rollen)
        if rol is None:
            _alleen(_geen_rol_pagina, "Nog geen toegang")
        naam = st.user.get("name") or email
        gebruiker = Gebruiker(str(naam), email, rol, demo=False)
    st.session_state[ROL_SLEUTEL] = gebruiker.rol
    return gebruiker


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
    st.sidebar.button("Uitloggen", icon=":material/logout:", on_click=st.logout)


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
