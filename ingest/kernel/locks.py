"""Named process locks beside the warehouse's files: OS file locks (flock), so a dead holder
cannot leave one behind, with the holder's pid written inside for the message of a refused wait.

A lock is re-entrant within one thread: an ingest run holds the ingest lock and, on a fresh
warehouse, its first state connection needs that same lock to create the tables. A second
``flock`` on a new descriptor of the same file would block against its own process, so the
process keeps one descriptor per lock file and counts how deep the holding thread is. Other
threads of the process wait (or are refused) as another process would be.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from aisoc.ingest.kernel.errors import LockBusy

__all__ = ["hold_lock"]


class _ProcessHold:
    """This process's hold on one lock file: the thread that has it, how deep, and the descriptor."""

    def __init__(self) -> None:
        self.mutex = threading.RLock()
        self.depth = 0
        self.handle: BinaryIO | None = None


_HOLDS: dict[str, _ProcessHold] = {}
_HOLDS_GUARD = threading.Lock()


@contextmanager
def hold_lock(
    path: Path, holder_label: str, *, on_wait: Callable[[], object] | None = None, wait: bool = True
) -> Iterator[None]:
    """Hold the lock file ``path``. Busy and ``wait`` false: ``LockBusy`` at once, naming the
    holder's pid after ``holder_label``; busy and ``wait`` true: ``on_wait()`` is called, then it blocks.
    The thread that holds it may take it again (nested); the lock is released by the outermost exit."""
    hold = _process_hold(path)
    waited = False
    if not hold.mutex.acquire(blocking=False):
        if not wait:
            raise LockBusy(f"{holder_label} holds the lock (pid {os.getpid()})")
        if on_wait is not None:
            on_wait()
            waited = True
        hold.mutex.acquire()
    try:
        if hold.depth == 0:
            hold.handle = _take_file_lock(path, holder_label, None if waited else on_wait, wait)
        hold.depth += 1
        try:
            yield
        finally:
            hold.depth -= 1
            if hold.depth == 0 and hold.handle is not None:
                fcntl.flock(hold.handle, fcntl.LOCK_UN)
                hold.handle.close()
                hold.handle = None
    finally:
        hold.mutex.release()


def _process_hold(path: Path) -> _ProcessHold:
    key = os.path.abspath(path)
    with _HOLDS_GUARD:
        return _HOLDS.setdefault(key, _ProcessHold())


def _take_file_lock(path: Path, holder_label: str, on_wait: Callable[[], object] | None, wait: bool) -> BinaryIO:
    handle = open(path, "a+b")  # noqa: SIM115 - held open across the caller's block, closed on release
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                handle.seek(0)
                holder = handle.read(32).decode("ascii", "replace").strip() or "unknown"
                raise LockBusy(f"{holder_label} holds the lock (pid {holder})") from None
            if on_wait is not None:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.truncate(0)
        handle.write(str(os.getpid()).encode())
        handle.flush()
    except BaseException:
        handle.close()
        raise
    return handle
