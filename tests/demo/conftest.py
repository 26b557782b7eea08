"""One realistic demo folder of the plan's year per test session (about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo.generate import DemoSummary, write_demo


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """(folder, summary) of `write_demo --jaar 2012` with the default seed."""
    map_ = tmp_path_factory.mktemp("demo") / "bron"
    return map_, write_demo(map_, jaar=2012)
