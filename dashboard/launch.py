"""Start Streamlit only after importing everything the pages use.

Why: Streamlit runs each session's script in its own thread. On a freshly started
dashboard, ten first visits at once imported pandas in ten threads at the same time and
1-4 of them failed with "partially initialized module 'pandas'" (issue 15). Imported
here, before the server takes its first session, every module a page needs is complete.
"""

from __future__ import annotations

import sys

import duckdb  # noqa: F401
import pandas
import pandas.io.formats.style  # noqa: F401  (ui.tabel's highlighted rows; pulls in jinja2)
import plotly.graph_objects
import plotly.io  # noqa: F401
import polars  # noqa: F401
import pyarrow  # noqa: F401  (Streamlit hands data frames to the browser as Arrow)
import xlsxwriter  # noqa: F401
from streamlit.web import cli

import dashboard.charts
import dashboard.export
import dashboard.queries
import dashboard.ui  # noqa: F401


def main() -> None:
    """`python -m dashboard.launch run APP ...` is `streamlit run APP ...`."""
    sys.argv[0] = "streamlit"
    sys.exit(cli.main(prog_name="streamlit"))


if __name__ == "__main__":
    main()
