"""The browser benchmark's first visits: a returning browser takes Streamlit's scripts from
its cache, a cold one fetches them, and every measured visit runs in a new session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.browser import BARE_APP, Visits, served
from tests.dashboard.chromium import vrije_poort

pytestmark = pytest.mark.browser

# the platform's one-time script (what the benchmark checks for a new session) on a page
APP = """
import streamlit as st
from dashboard import stijl

st.title("Proef")
stijl.toepassen()
"""


def streamlit(script: Path) -> tuple[list[str], int]:
    port = vrije_poort()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port)]
    return [*cmd, "--server.headless", "true"], port


def test_returning_visits_use_the_cache_and_new_sessions_cold_ones_fetch(tmp_path: Path, browser):
    app, bare = tmp_path / "app.py", tmp_path / "kaal.py"
    app.write_text(APP)
    bare.write_text(BARE_APP)
    with served(*streamlit(app)) as url, served(*streamlit(bare)) as kaal:
        visits = Visits(browser, url)
        cached, fetched = visits.cached_scripts("", "Proef")
        assert cached == 0 and fetched > 0  # the context had never seen the server
        cached, fetched = visits.cached_scripts("", "Proef")
        assert cached > 0 and fetched == 0  # now the returning browser's cache serves all

        assert visits.visit("", "Proef", cold=False, new_session=True) > 0
        assert visits.visit("", "Proef", cold=True, new_session=True) > 0
        # the context keeps no tab open between measurements: each visit's session ended
        assert visits.context.pages == []

        # the check can fail: the bare app sends no one-time script
        bare_visits = Visits(browser, kaal)
        bare_visits.script_wait = 2_000
        assert bare_visits.visit("twee", "Kaal twee", cold=False, new_session=False) > 0
        assert bare_visits.unconfirmed == []
        bare_visits.visit("twee", "Kaal twee", cold=False, new_session=True)
        assert bare_visits.unconfirmed == ["twee"]
        assert visits.unconfirmed == []
