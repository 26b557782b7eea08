"""ETL runs the platform asks for: in the background, one at a time, requests joined.

Why: after a form appends a row, the submitter should see it on the next page load
without waiting for the run, and two people saving at once must not start two runs on
one warehouse. A request while a run is busy is covered by exactly one follow-up run
(the busy one may have read the folder before the new row was there); any number of
requests during a run share that follow-up. The run is `etl.load.run_etl`, the same entry
point as `proeftuin etl`, so it builds a new file and swaps it in: a failed run leaves
the warehouse as it was, and its Dutch message is kept for the form to show.

The run itself happens in a worker process of each runner (`invoer.etl_werker`, which
says why), at a lower priority than the page.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from invoer.etl_werker import EtlWerker


@dataclass(frozen=True)
class Uitkomst:
    """How the last background run ended."""

    gestart_op: datetime
    gelukt: bool
    melding: str  # Dutch: what was loaded, or what failed
    afgekeurd: int = 0
    duur_s: float = 0.0


class Achtergrond:
    """The background ETL of one source folder and warehouse."""

    def __init__(self, source: Path, warehouse: Path) -> None:
        self.source, self.warehouse = Path(source), Path(warehouse)
        self._cond = threading.Condition()
        self._gevraagd = 0  # requests so far
        self._gedekt = 0  # requests covered by a finished run
        self._bezig = False
        self._gevraagd_op = 0.0  # time.time() of the last request
        self.laatste: Uitkomst | None = None
        self._werker = EtlWerker()

    def klaarzetten(self) -> None:
        """Start the process the runs happen in before the first run is asked for (the
        served dashboard does, `dashboard.launch`), so no click waits for it."""
        self._werker.start()

    @property
    def bezig(self) -> bool:
        with self._cond:
            return self._bezig

    def vraag(self) -> int:
        """Ask for a run that reads the folder as it is now; returns a ticket for `wacht`."""
        with self._cond:
            self._gevraagd += 1
            self._gevraagd_op = time.time()
            ticket = self._gevraagd
            if not self._bezig:
                self._bezig = True
                threading.Thread(target=self._werk, name="proeftuin-etl", daemon=True).start()
            return ticket

    def gevraagd_na(self, moment: float) -> bool:
        """Was a run asked for after `moment` (seconds since the epoch, e.g. a file's
        mtime)? Then a run that reads the folder as it was at that moment is coming or done:
        a request while a run is busy gets a follow-up run."""
        with self._cond:
            return self._gevraagd_op > moment

    def wacht(self, ticket: int, timeout: float | None = None) -> Uitkomst | None:
        """Wait until a run that started after request `ticket` has finished."""
        with self._cond:
            self._cond.wait_for(lambda: self._gedekt >= ticket, timeout)
            return self.laatste if self._gedekt >= ticket else None

    def _werk(self) -> None:
        while True:
            with self._cond:
                if self._gedekt >= self._gevraagd:
                    self._bezig = False
                    self._cond.notify_all()
                    return
                dekt = self._gevraagd
            uitkomst = self._run()
            with self._cond:
                self._gedekt = dekt
                self.laatste = uitkomst
                self._cond.notify_all()

    def _run(self) -> Uitkomst:
        gestart, start = datetime.now(), time.perf_counter()
        gelukt, melding, afgekeurd = self._werker.draai(self.source, self.warehouse)
        return Uitkomst(gestart, gelukt, melding, afgekeurd, time.perf_counter() - start)


_achtergronden: dict[tuple[Path, Path], Achtergrond] = {}
_registry_lock = threading.Lock()


def achtergrond(source: Path, warehouse: Path) -> Achtergrond:
    """The one background runner of this process for a source folder and warehouse."""
    key = (Path(source).resolve(), Path(warehouse).resolve())
    with _registry_lock:
        if key not in _achtergronden:
            _achtergronden[key] = Achtergrond(*key)
        return _achtergronden[key]
