"""The Streamlit process of `proeftuin dashboard`: Streamlit's own command line, started
only after importing everything the pages use, with the page list of `app.py` in force
from the very first request.

Why the imports: Streamlit runs each session's script in its own thread. On a freshly
started dashboard, ten first visits at once imported pandas in ten threads at the same
time and 1-4 of them failed with "partially initialized module 'pandas'" (issue 15).
Imported here, before the server takes its first session, every module a page needs is
complete.

Why the pages flag: Streamlit sees the `pages/` folder beside `app.py` and, until some
visitor's session has run `app.py` (whose `st.navigation` switches that off for the whole
server), serves a deep link such as `/werkvoorraad` as a bare page script: without the
sidebar, the page list and the wide layout. A bookmark opened first after a restart then
showed a different platform (issue 14). `main` switches the folder mode off before the
server starts; `app.py` always builds the navigation itself.

Why the ETL worker here: with a source folder the platform writes, and each write asks for
a background ETL run in a worker process (`invoer.etl_werker`). Started here, its start
and imports no longer fall on the first form's click (h48).
"""

from __future__ import annotations

import gc
import sys

import duckdb  # noqa: F401
import pandas
import pandas.io.formats.style  # noqa: F401  (ui.tabel's highlighted rows; pulls in jinja2)
import plotly.graph_objects
import plotly.io  # noqa: F401
import polars  # noqa: F401
import pyarrow  # noqa: F401  (Streamlit hands data frames to the browser as Arrow)
import xlsxwriter  # noqa: F401
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

import dashboard.queries
import dashboard.ui  # noqa: F401
from invoer.achtergrond import achtergrond
from warehouse.settings import source_path, warehouse_path


def main() -> None:
    """`python -m dashboard.launch run APP ...` is `streamlit run APP ...`."""
    PagesManager.uses_pages_directory = False
    # Everything imported so far lives as long as the process: out of the collector's
    # reach, so a full collection (Python's own; Streamlit's after each run is off, see
    # `dashboard.serve`) walks only what the sessions made since.
    gc.freeze()
    bron = source_path()
    if bron is not None:  # writing is on: the background ETL's process ready for the first form
        achtergrond(bron, warehouse_path()).klaarzetten()
    sys.argv[0] = "streamlit"
    sys.exit(cli.main(prog_name="streamlit"))


if __name__ == "__main__":
    main()
