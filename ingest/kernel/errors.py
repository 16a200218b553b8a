"""The one exception tree of aisoc.

Every error aisoc raises on purpose derives from ``AisocError``; the CLI catches that one class
and prints it as one line (``path:line: message`` when a file is at fault), exiting with the
error's ``exit_code``. Each package hangs its own branch below it::

    AisocError                  base of every deliberate error; exit_code 1 unless a class says
    ├── WarehouseError          the warehouse folder or state database is unusable
    │   └── LockBusy            another process holds a lock the caller would not wait for
    ├── SecretKeyError          the secret key cannot be read or created (kernel.secretkey)
    ├── IngestError             ingest (aisoc.ingest.errors) ...
    └── ...                     one base per subsystem, each drawn in its package's docstring
"""

from __future__ import annotations

__all__ = ["AisocError", "WarehouseError", "LockBusy"]


class AisocError(Exception):
    """A deliberate, explained failure: one line for the user, optionally at ``path:line``."""

    exit_code: int = 1

    def __init__(self, message: str = "", *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line

    @property
    def location(self) -> str | None:
        """``path:line`` (or ``path``) of the file at fault, when one is."""
        if self.path is None:
            return None
        return f"{self.path}:{self.line}" if self.line is not None else self.path


class WarehouseError(AisocError):
    """The warehouse cannot be opened or written."""


class LockBusy(WarehouseError):
    """Another live process holds the lock (a dead one cannot: the OS drops its lock)."""
