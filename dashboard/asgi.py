"""The platform with login on: `app.py` as Streamlit's ASGI app (`st.App`), with the
download check of `dashboard/toegang.py` in front of Streamlit's own routes.

`proeftuin dashboard --auth` runs `streamlit run` on this file (Streamlit finds `app` and
serves it with uvicorn, the same flags and config). Why only with login: without it there
is no one to check, and the local demo keeps Streamlit's plain server.
"""

from __future__ import annotations

import streamlit as st
from starlette.middleware import Middleware

from dashboard.toegang import AlleenMetSessie

app = st.App("app.py", middleware=[Middleware(AlleenMetSessie)])
