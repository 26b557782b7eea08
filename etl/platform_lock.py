"""The one lock of the platform's files in the source folder (`platform/`).

Why a module of its own: the writer (`etl.platform_writer`) holds it while it appends, and
the ETL (`etl.load`) holds it while it reads the platform's files, so a run sees every
submission whole: an opdracht together with its deelnemers, never one without the other.
The writer imports the ETL's reader, so the lock lives below both.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

MAP = "platform"
LOCK = f"{MAP}/.schrijven.lock"
LOCK_TIMEOUT_S = 60.0


class SlotBezet(RuntimeError):
    """The platform's files stayed locked longer than `LOCK_TIMEOUT_S` (Dutch message)."""


def schrijfslot(source: Path) -> FileLock:
    """One writer at a time per source folder, across threads and processes."""
    (source / MAP).mkdir(parents=True, exist_ok=True)
    return FileLock(source / LOCK, timeout=LOCK_TIMEOUT_S, thread_local=False)


@contextlib.contextmanager
def leesslot(source: Path) -> Iterator[None]:
    """Hold the writers' lock while the ETL reads `platform/`, if the platform writes there.

    No `platform/` folder: nothing to guard (and the ETL never creates one). A folder this
    process may not write in: no platform can write there either, and `filelock` would
    wait for a lock file it can never create.
    """
    folder = source / MAP
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        yield
        return
    lock = FileLock(source / LOCK, timeout=LOCK_TIMEOUT_S, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise SlotBezet(
            f"{MAP}/ bleef langer dan {LOCK_TIMEOUT_S:.0f} s vergrendeld door een schrijvend "
            "formulier; probeer het zo opnieuw"
        ) from exc
    try:
        yield
    finally:
        lock.release()
