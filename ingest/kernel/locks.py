"""Named process locks beside the warehouse's files: OS file locks (flock), so a dead holder
cannot leave one behind, with the holder's pid written inside for the message of a refused wait."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from aisoc.ingest.kernel.errors import LockBusy

__all__ = ["hold_lock"]


@contextmanager
def hold_lock(
    path: Path, holder_label: str, *, on_wait: Callable[[], object] | None = None, wait: bool = True
) -> Iterator[None]:
    """Hold the lock file ``path``. Busy and ``wait`` false: ``LockBusy`` at once, naming the
    holder's pid after ``holder_label``; busy and ``wait`` true: ``on_wait()`` is called, then it blocks."""
    with open(path, "a+b") as handle:
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
        try:
            handle.truncate(0)
            handle.write(str(os.getpid()).encode())
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
