"""One realistic demo folder per test session (writing it takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo.generate import DemoSummary, write_demo


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """(folder, summary) of `write_demo` with the default seed."""
    map_ = tmp_path_factory.mktemp("demo") / "bron"
    return map_, write_demo(map_)
