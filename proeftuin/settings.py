"""Default paths, so every command and the README agree on where things live."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path("data")
DEFAULT_SOURCE = DATA_DIR / "bron"
DEFAULT_WAREHOUSE = DATA_DIR / "proeftuin.duckdb"
DEFAULT_PORT = 8501
