"""Default paths and the environment variable: a leaf every room may import.

Why here and not in the CLI package: the dashboard, the CLI and the benchmarks all need
the same default warehouse, and the dashboard must not import the command that sits on
top of it. The default is resolved in one function, `warehouse_path`.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR = Path("data")
DEFAULT_SOURCE = DATA_DIR / "bron"
DEFAULT_WAREHOUSE = DATA_DIR / "proeftuin.duckdb"
DEFAULT_PORT = 8501

WAREHOUSE_ENV = "PROEFTUIN_WAREHOUSE"
"""Tells the dashboard (a separate Streamlit process) which warehouse file to show."""


SOURCE_ENV = "PROEFTUIN_SOURCE"
"""Tells the dashboard the source folder its forms write to (`--source`); unset: no forms."""


def source_path() -> Path | None:
    """The source folder the platform's forms append to, or None: writing is off."""
    value = os.environ.get(SOURCE_ENV)
    return Path(value).resolve() if value else None


def warehouse_path(path: Path | str | None = None) -> Path:
    """The warehouse file as an absolute path: `path` when given, else
    `$PROEFTUIN_WAREHOUSE`, else the default `data/proeftuin.duckdb`."""
    return Path(path or os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE).resolve()
