"""Downloads only with a live session: the check in front of Streamlit's `/media/` route.

Why: a download button's file is served from `/media/<random name>` for a few minutes, and
Streamlit serves it to anyone with the URL, without looking at the login cookie. With
login on, the platform runs as an `st.App` (`dashboard/asgi.py`) with this middleware in
front: a `/media/` request is answered only when its cookie holds a login that a page run
would accept now (valid signature, known provider and issuer, a role, and the session
rules of `dashboard/sessies.py`: token expiry, 8 hours, idle time, logout, role change).
Anything else gets a Dutch 403 and a `geweigerd` record in the audit trail. Other paths
pass untouched: pages and the websocket check the login themselves (`auth.aanmelden`).
"""

from __future__ import annotations

import json
import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send
from streamlit import config
from streamlit.auth_util import get_cookie_with_chunks
from streamlit.web.server.server_util import get_cookie_secret
from streamlit.web.server.starlette.starlette_app_utils import decode_signed_value
from streamlit.web.server.starlette.starlette_server_config import USER_COOKIE_NAME

from dashboard import audit, sessies
from dashboard.auth import instellingen
from dashboard.authbestand import AuthFout, identiteit, rol_voor

LOG = logging.getLogger("proeftuin.toegang")
GEWEIGERD = (
    "Geen toegang: deze download hoort bij een aanmelding die niet (meer) geldig is. "
    "Log opnieuw in op het platform en klik nog eens op de downloadknop."
)


def claims(cookies: dict[str, str]) -> dict:
    """The login cookie's claims (as `st.user` holds them), or {} when absent or forged."""
    geheim = get_cookie_secret()

    def een(naam: str) -> bytes | None:
        waarde = cookies.get(naam)
        if waarde is None:
            return None
        return decode_signed_value(geheim, naam, waarde.encode("latin-1"))

    ruw = get_cookie_with_chunks(een, USER_COOKIE_NAME)
    if ruw is None:
        return {}
    try:
        inhoud = json.loads(ruw.decode("utf-8"))
    except ValueError:
        return {}
    return inhoud if isinstance(inhoud, dict) else {}


def weigering(gegevens: dict) -> str | None:
    """None when a page run would accept this login now, else why not (Dutch), written to
    the audit trail. The idle clock is read, not reset: a download is no page visit."""
    try:
        config_ = instellingen()
    except AuthFout as fout:
        return f"auth-bestand onbruikbaar: {fout}"
    if config_ is None:
        return None  # the local demo: no login at all
    wie = identiteit(gegevens, config_) if gegevens.get("is_logged_in") else None
    rol = rol_voor(wie, config_.rollen) if wie else None
    if wie is None:
        reden = "niet ingelogd of onbekende provider"
    elif rol is None:
        reden = "geen rol"
    else:
        sessie = sessies.controleer(
            wie.sleutel, gegevens, config_.sessie, audit.map_(), rol=rol.code, gebruik=False
        )
        reden = None if sessie is None else f"sessie: {sessie}"
    if reden is not None:
        LOG.warning("Download geweigerd: %s", reden)
        audit.schrijf(
            "geweigerd",
            wie.sleutel if wie else None,
            rol.code if rol else None,
            wie.provider if wie else None,
            reden=f"download: {reden}",
        )
    return reden


def _is_media(pad: str) -> bool:
    basis = (config.get_option("server.baseUrlPath") or "").strip("/")
    return pad.startswith(f"/{basis}/media/" if basis else "/media/")


class AlleenMetSessie:
    """ASGI middleware: `/media/` only for a live session (see the module docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _is_media(scope["path"]):
            gegevens = claims(dict(Request(scope).cookies))
            if await run_in_threadpool(weigering, gegevens) is not None:
                await PlainTextResponse(GEWEIGERD, status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)
