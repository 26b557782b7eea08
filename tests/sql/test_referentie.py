"""The SQL names the six gemeenten and the open statuses as `warehouse.referentie` does.

Why: the reference data lives once in Python, but a few SQL files cannot import it; this
test reads the lists those files spell out and compares them, so a change in one place
fails here until the other follows.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warehouse import referentie

SQL = Path(__file__).resolve().parents[2] / "sql"


def _lijst(pad: str, voor: str) -> tuple[str, ...]:
    """The quoted values of the list that follows `voor` in the SQL file `pad`."""
    tekst = (SQL / pad).read_text(encoding="utf-8")
    gevonden = re.search(re.escape(voor) + r"\s*[\(\[]([^\)\]]*)[\)\]]", tekst)
    assert gevonden, f"{voor} staat niet meer in {pad}"
    return tuple(re.findall(r"'([^']*)'", gevonden.group(1)))


@pytest.mark.parametrize(
    ("pad", "voor"),
    [
        ("staging/stg_gemeenten.sql", "code in"),
        ("checks/check_urenbalans_alle_gemeenten.sql", "unnest"),
    ],
)
def test_the_sql_names_the_six_gemeenten(pad, voor):
    assert _lijst(pad, voor) == tuple(referentie.GEMEENTEN)


def test_the_sql_names_the_open_statuses():
    assert _lijst("staging/stg_opdrachten.sql", "o.status in") == referentie.OPEN_STATUSSEN
