"""How many examples a Hypothesis test tries: all of them in the full run (what CI runs),
a fifth in the fast lane (`pytest -m "not slow"`), so the loop while developing stays short.

`tests/conftest.py` chooses the profile once per run: `$HYPOTHESIS_PROFILE` when set
("volledig" or "snel"), else "snel" when the run deselects slow tests, else "volledig".
Neither profile has a deadline: a per-example time limit is a wall-clock assertion, and a
loaded machine breaks it.

"The full number" (issue 25) is each test's own `voorbeelden(n)`, 12 to 25, not
Hypothesis' default of 100: every example of these tests builds a database (a scratch
warehouse, an ETL run), ~0,3–0,8 CPU s, so 100 would be 4–8× the CPU of the suite's
largest non-browser files. Not derandomized: each run tries new examples, so over many
CI runs far more cases are tried than one run's number; a failure is kept in the local
example database (`.hypothesis/`) and tried first by the next run on that machine, and
Hypothesis prints the `@reproduce_failure` line to pin it in a test.
"""

from __future__ import annotations

import os

from hypothesis import settings

PROFIEL_ENV = "HYPOTHESIS_PROFILE"
VOLLEDIG = "volledig"
SNEL = "snel"

settings.register_profile(VOLLEDIG, deadline=None)
settings.register_profile(SNEL, deadline=None, max_examples=20)


def kies_profiel(markeringen: str) -> str:
    """Load and return the profile for a run selected by the `-m` expression `markeringen`."""
    profiel = os.environ.get(PROFIEL_ENV) or (SNEL if "not slow" in markeringen else VOLLEDIG)
    settings.load_profile(profiel)
    os.environ[PROFIEL_ENV] = profiel
    return profiel


def voorbeelden(aantal: int) -> int:
    """`aantal` examples in the full run; in the fast lane a fifth of it (at least 5)."""
    if os.environ.get(PROFIEL_ENV) == SNEL:
        return max(5, aantal // 5)
    return aantal
