"""The Streamlit process of `proeftuin dashboard`: Streamlit's own command line, with the
page list of `app.py` in force from the very first request.

Why not `python -m streamlit run app.py` directly: Streamlit sees the `pages/` folder beside
`app.py` and, until some visitor's session has run `app.py` (whose `st.navigation` switches
that off for the whole server), serves a deep link such as `/werkvoorraad` as a bare page
script: without the sidebar, the page list and the wide layout. A bookmark opened first
after a restart then showed a different platform. This module switches the folder mode off
before the server starts; `app.py` always builds the navigation itself.
"""

from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web.cli import main as streamlit_main


def main() -> None:
    """Run `streamlit` with this process's arguments (`run APP --server...`)."""
    PagesManager.uses_pages_directory = False
    streamlit_main(prog_name="streamlit")


if __name__ == "__main__":
    sys.exit(main())
