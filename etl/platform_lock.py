"""The one lock of the platform's files in the source folder (`platform/`).

Why a module of its own: the writer (`invoer.schrijven`) holds it while it appends, and
the ETL (`etl.load`) takes it while it reads the platform's files, so a run sees every
submission whole: an opdracht together with its deelnemers, never one without the other.
The writer imports the ETL's reader, so the lock lives below both.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from filelock import FileLock

MAP = "platform"
LOCK = f"{MAP}/.schrijven.lock"
LOCK_TIMEOUT_S = 60.0
T = TypeVar("T")


class SlotBezet(RuntimeError):
    """The platform's files stayed locked longer than `LOCK_TIMEOUT_S` (Dutch message)."""


@contextmanager
def schrijfslot(source: Path) -> Iterator[None]:
    """One writer at a time per source folder, across threads and processes; a lock held
    longer than `LOCK_TIMEOUT_S` raises `SlotBezet`."""
    from filelock import FileLock  # here: an ETL run over a folder without forms never needs it

    (source / MAP).mkdir(parents=True, exist_ok=True)
    with _vergrendeld(FileLock(source / LOCK, timeout=LOCK_TIMEOUT_S, thread_local=False)):
        yield


@contextmanager
def _vergrendeld(slot: FileLock) -> Iterator[None]:
    from filelock import Timeout

    try:
        slot.acquire()
    except Timeout as exc:
        raise SlotBezet(
            f"{MAP}/ bleef langer dan {LOCK_TIMEOUT_S:.0f} s vergrendeld door een ander "
            "formulier of een ETL-run; probeer het zo opnieuw"
        ) from exc
    try:
        yield
    finally:
        slot.release()


def onder_slot(source: Path, lees: Callable[[], T]) -> T:
    """`lees()` (the ETL reading `platform/`) at a moment no writer is writing.

    Without a lock file no writer has ever written here (a writer creates it before it
    writes, and it is never removed): read, and if one appeared meanwhile, read again under
    the lock. So a run never creates a file in a folder it only reads. A lock file this
    process may not open for writing: `filelock` would wait for it in vain; read without.
    """
    pad = source / LOCK
    if not pad.exists():
        gelezen = lees()
        if not pad.exists():
            return gelezen
    if not os.access(pad, os.W_OK):
        return lees()
    from filelock import FileLock  # only when a form ever wrote here (~15 ms)

    with _vergrendeld(FileLock(pad, timeout=LOCK_TIMEOUT_S, thread_local=False)):
        return lees()
